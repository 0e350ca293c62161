"""The model stage's batches shared between this process and a forked twin.

spaCy's model keeps one core busy and Python's global interpreter lock held, so a
second core can only be used by a second process. Forked once the pipeline is
loaded, the twin shares the pipeline's memory with this process (copy on write;
both keep their garbage collector off the objects that existed at the fork:
``gc.freeze``) instead of loading a second copy. The two take batches from the two
ends of the list, this process from the front (the first screen's batch is first),
the twin from the back, until they meet; the twin sends each batch's spans back
through a pipe, and this process hands every batch's spans to ``done`` in its own
thread, between its batches.

What a batch's arrays and docs took is handed back to the system after each batch,
in both processes (:func:`give_back_freed`; the model's big arrays mapped apart:
:func:`lean_heap`), so neither keeps more than its batches need.

Only on Linux (where forking a process is the usual way) with two usable cores;
if the twin cannot start, fails or dies, this process does the batches it left.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
import warnings
from collections.abc import Callable
from typing import Any, BinaryIO

from reader.core.entities import EntitySpan
from reader.nlp.types import CancelCheck, Cancelled

Work = Callable[[int], list[EntitySpan]]
Done = Callable[[int, list[EntitySpan]], None]
MIN_BATCHES = 4  # fewer: the fork costs more than the second core gives back
WAIT_S = 0.1  # polling ``cancelled`` while the twin finishes its last batch


M_MMAP_THRESHOLD = -3  # the GNU C library's mallopt parameter
MMAP_THRESHOLD = 256 * 1024


@functools.cache
def _libc() -> Any:
    try:
        libc = ctypes.CDLL(None)
        _ = libc.malloc_trim, libc.mallopt  # GNU C library only
    except (AttributeError, OSError, TypeError):
        return None
    return libc


def lean_heap() -> None:
    """Before the model's batches: blocks of 256 KiB and more (the model's arrays)
    are mapped for themselves and unmapped when freed, instead of the C library's
    threshold rising with them up to 32 MiB and keeping them in its heap; what was
    freed before is handed back (GNU C library only; elsewhere nothing)."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    give_back_freed()


def give_back_freed() -> None:
    """Hand the memory C code freed back to the system (``malloc_trim``, GNU C library
    only; elsewhere nothing). The C library keeps what spaCy's model freed after a
    batch for its next allocations; given back, it stops counting in this process's
    (and a twin's) resident memory until a batch needs it again. A few milliseconds."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def twin_possible(batches: int) -> bool:
    """Worth forking a twin for ``batches`` batches here?"""
    if batches < MIN_BATCHES or not sys.platform.startswith("linux"):
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except OSError:
        return False


def share_batches(
    count: int, here: Work, there: Work, done: Done, cancelled: CancelCheck | None = None
) -> int:
    """Run batches ``0 .. count - 1``: ``here(i)`` in this process, ``there(i)`` in the
    twin (the same work, without this process's thread locks); ``done(i, spans)``
    for each, in this thread. ``cancelled()`` is polled before each batch done here
    and while waiting for the twin (raises :class:`Cancelled`). Returns the number
    of batches the twin did."""
    ends: Any = multiprocessing.get_context("fork").Array("i", [0, count])
    read_fd, write_fd = os.pipe()
    froze = gc.get_freeze_count() == 0
    if froze:
        gc.freeze()  # this process's collections must not write into shared pages
    try:
        with warnings.catch_warnings():
            # Python 3.12+ warns of fork() with threads running (e.g. a queue's feeder
            # thread): the twin uses none of their locks, only the pipeline, the
            # shared ends and its pipe, and leaves with os._exit.
            warnings.filterwarnings(
                "ignore", "This process .* is multi-threaded", DeprecationWarning
            )
            pid = os.fork()
    except OSError:
        pid = -1
    if pid == 0:  # the twin: never returns
        os.close(read_fd)
        _twin(ends, there, write_fd)
    os.close(write_fd)
    finished: set[int] = set()  # done here or by the twin
    arrived: queue.SimpleQueue[tuple[int, list[EntitySpan]] | None] = queue.SimpleQueue()
    receiver = threading.Thread(
        target=_receive, args=(os.fdopen(read_fd, "rb"), arrived), name="twin-receiver"
    )
    receiver.start()
    try:
        while (index := _take(ends, front=True)) is not None:
            if cancelled is not None and cancelled():
                raise Cancelled
            done(index, here(index))
            finished.add(index)
            _deliver(arrived, done, finished)  # after this process's first: the screen's
        while receiver.is_alive():  # the twin's last batch
            receiver.join(WAIT_S)
            _deliver(arrived, done, finished)
            if receiver.is_alive() and cancelled is not None and cancelled():
                raise Cancelled
        _deliver(arrived, done, finished)
    finally:
        _end(pid, killed=receiver.is_alive())
        receiver.join()
        if froze:
            gc.unfreeze()
    twin_did = len(finished) - int(ends[0])  # ends[0]: the batches taken here
    for index in range(count):  # those a failed twin left
        if index not in finished:
            if cancelled is not None and cancelled():
                raise Cancelled
            done(index, here(index))
    return twin_did


def _take(ends: Any, *, front: bool) -> int | None:
    with ends.get_lock():
        if ends[0] >= ends[1]:
            return None
        if front:
            ends[0] += 1
            return int(ends[0] - 1)
        ends[1] -= 1
        return int(ends[1])


def _deliver(
    arrived: queue.SimpleQueue[tuple[int, list[EntitySpan]] | None],
    done: Done,
    finished: set[int],
) -> None:
    while True:
        try:
            item = arrived.get_nowait()
        except queue.Empty:
            return
        if item is not None:
            done(*item)
            finished.add(item[0])


def _receive(
    pipe: BinaryIO, arrived: queue.SimpleQueue[tuple[int, list[EntitySpan]] | None]
) -> None:
    """The receiver thread: the twin's batches until it closes the pipe."""
    with pipe:
        while True:
            try:
                index, rows = pickle.load(pipe)
            except (EOFError, pickle.UnpicklingError, ValueError, OSError):
                break  # the twin ended (or died mid-message: its batch is redone here)
            arrived.put((index, [EntitySpan(*row) for row in rows]))
    arrived.put(None)


def _end(pid: int, *, killed: bool) -> None:
    """Reap the twin: it has closed the pipe and is exiting, or (``killed``: this
    process stops early) is killed first."""
    if pid <= 0:
        return
    with contextlib.suppress(OSError):
        if killed:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def _twin(ends: Any, there: Work, write_fd: int) -> None:
    """The forked twin: batches from the back until the two ends meet, then exit
    without running any of the parent's clean-up (``os._exit``)."""
    gc.freeze()  # what the parent had stays shared: the twin's collections skip it
    code = 1
    try:
        parent = os.getppid()
        with os.fdopen(write_fd, "wb") as out:
            while os.getppid() == parent and (index := _take(ends, front=False)) is not None:
                rows = [(s.start, s.end, s.label, s.text, s.source) for s in there(index)]
                pickle.dump((index, rows), out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()
        code = 0
    finally:  # on an error too, silently: the parent redoes the batches left
        os._exit(code)

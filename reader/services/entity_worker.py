"""Entity recognition in a process of its own, for the window.

spaCy's model runs for long stretches in compiled code that keeps Python's global
interpreter lock, and loading it fills the heap with objects every full garbage
collection then walks: run in a thread of the window's process, both hold up the
UI thread (hundreds of milliseconds at a time on a novel). In a separate process
they cannot. :class:`EntityWorker` starts one (spawned, so nothing of Qt is in it)
the first time it is needed, loads the pipeline there once, and asks it to
:meth:`~reader.services.entities.EntityService.compute` documents; progress, the
first screen's entities and cancelling cross over through queues. The result is
stored by the caller (:meth:`~reader.services.entities.EntityService.keep`), so the
process only reads the library (any library: each request names it).

One process serves the whole program (:func:`shared_worker`): the pipeline is loaded
once, however many windows there are. It is started with the program
(:meth:`EntityWorker.start`) and imports spaCy while the library opens. On a long
text the model there also uses the second core: a twin forked from it for the
time of one document (:mod:`reader.nlp.twin`; ``os.fork``, which a daemon process
may use, unlike :mod:`multiprocessing`'s children).
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from multiprocessing.synchronize import Event
from typing import Any

from reader.core.entities import EntitySpan
from reader.core.errors import Cancelled, ReaderError
from reader.core.messages import Msg, message
from reader.services.entities import Recognised

POLL_S = 0.1


class EntityWorkerError(ReaderError):
    """The recognition process failed or stopped."""


class EntityWorker:
    """One recognition process; :meth:`compute` may be called from any thread, one
    request at a time (others wait their turn)."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process: Any = None
        self._requests: Any = None
        self._replies: Any = None
        self._cancel: Event | None = None
        self._asked = False  # anything asked of the process since it started

    def _start(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._requests = self._context.Queue()
        self._replies = self._context.Queue()
        self._cancel = self._context.Event()
        self._process = self._context.Process(
            target=_serve,
            args=(self._requests, self._replies, self._cancel),
            name="reader-entities",
            daemon=True,
        )
        self._asked = False
        self._process.start()

    def start(self) -> None:
        """Start the process now, before anything is asked (the program's start): it
        imports spaCy while the library opens, then waits for :meth:`warm_up`."""
        with self._lock:
            self._start()

    def warm_up(self, language: str | None) -> None:
        """Start the process and load the language's pipeline there (seconds)."""
        self._ask(("warm_up", language), None, None, None)

    def compute(
        self,
        database_url: str,
        document_id: int,
        *,
        first: tuple[int, int] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        on_partial: Callable[[list[EntitySpan]], None] | None = None,
    ) -> Recognised:
        """As :meth:`EntityService.compute` on the library at ``database_url``, in the
        worker process."""
        request = ("compute", database_url, document_id, first)
        result = self._ask(request, progress, cancelled, on_partial)
        assert isinstance(result, Recognised)
        return result

    def _ask(
        self,
        request: tuple[Any, ...],
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        on_partial: Callable[[list[EntitySpan]], None] | None,
    ) -> object:
        with self._lock:
            self._start()
            assert self._cancel is not None
            self._cancel.clear()
            self._asked = True
            self._requests.put(request)
            while True:
                try:
                    reply = self._replies.get(timeout=POLL_S)
                except queue.Empty:
                    if cancelled is not None and cancelled():
                        self._cancel.set()  # the process stops at its next batch
                    if not self._process.is_alive():
                        self._process = None
                        raise EntityWorkerError(message(Msg.ENTITY_WORKER_STOPPED)) from None
                    continue
                kind = reply[0]
                if kind == "progress" and progress is not None:
                    progress(reply[1], reply[2])
                elif kind == "partial" and on_partial is not None:
                    on_partial(reply[1])
                elif kind == "done":
                    return reply[1]
                elif kind == "cancelled":
                    raise Cancelled
                elif kind == "error":
                    raise EntityWorkerError(reply[1])

    def close(self) -> None:
        """Stop the process (it is a daemon: it also ends with this one); at once if it
        was never asked anything (it may still be importing)."""
        process, self._process = self._process, None
        if process is None:
            return
        if not self._asked:
            process.terminate()
            process.join(timeout=3)
            return
        try:
            self._requests.put(None)
            process.join(timeout=3)
        finally:
            if process.is_alive():
                process.terminate()
                process.join(timeout=3)


_shared: EntityWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> EntityWorker:
    """The program's recognition process (started when first asked something)."""
    global _shared  # noqa: PLW0603  (one process for the program)
    with _shared_lock:
        if _shared is None:
            _shared = EntityWorker()
        return _shared


def _serve(requests: Any, replies: Any, cancel: Event) -> None:
    """The worker process: answer requests until told to stop (None)."""
    from reader.services.app import Services  # noqa: PLC0415  (in the new process)
    from reader.services.entities import EntityService  # noqa: PLC0415

    _preload()
    opened: dict[str, Services] = {}
    try:
        while True:
            request = requests.get()
            if request is None:
                return
            try:
                if request[0] == "warm_up":
                    EntityService.warm_up_pipeline(request[1])
                    replies.put(("done", None))
                    continue
                _, url, document_id, first = request
                if url not in opened:
                    if len(opened) >= 4:  # libraries seen before: keep a few open
                        opened.pop(next(iter(opened))).close()
                    opened[url] = Services.open(url, check=False, backups=False)
                recognised = opened[url].entities.compute(
                    document_id,
                    first=first,
                    progress=lambda done, total: replies.put(("progress", done, total)),
                    cancelled=cancel.is_set,
                    on_partial=lambda spans: replies.put(("partial", spans)),
                )
                replies.put(("done", recognised))
            except Cancelled:
                replies.put(("cancelled",))
            except ReaderError as exc:
                replies.put(("error", str(exc)))
            except Exception as exc:  # reported to the window as one line
                replies.put(("error", f"Entity recognition failed: {exc}"))
    finally:
        for services in opened.values():
            services.close()


def _preload() -> None:
    """Import spaCy before the first request when a pipeline is installed (a second
    or two of the pipeline's loading, done while the program opens its library)."""
    from reader.nlp.pipelines import installed_pipelines  # noqa: PLC0415

    if installed_pipelines():
        import spacy  # noqa: F401, PLC0415

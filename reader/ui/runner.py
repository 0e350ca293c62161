"""The one way work leaves the UI thread: reads on a small pool, writes on one thread.

- :meth:`Runner.read` runs a job on the reading pool (opening files, searching,
  exporting: anything slow that writes nothing), or, for jobs that wait on the entity
  recognition process, on a pool of their own.
- :meth:`Runner.write` runs a job on the single writer thread, so the process's
  writes to the library happen one after another, in the order asked; while one
  waits for another program to let go of the library, :attr:`Runner.waiting`
  says so.
- :meth:`Runner.run` runs an :class:`~reader.services.ops.Op` there.

Results come back by queued signal to the callbacks, on the UI thread. This is the
boundary where every exception of a job becomes a message
(:func:`reader.ui.problem_dialog.problem_of`: a
:class:`~reader.core.errors.ReaderError` as its own text, a database fault as its
plain sentence, anything else as "Unexpected error while ..."; the technical text
rides along as the :class:`~reader.ui.problem_dialog.Problem`'s ``detail``); it goes
to the job's ``on_failed`` or, by default, to :attr:`Runner.failed`. An exception
raised by a callback is caught and reported the same way: none escapes a Qt slot.
A cancelled job reports nothing. Cancel stops only the jobs that can stop halfway:
a write, and a read started with ``stoppable=False`` (a backup, a check, a recovery:
they do not look at their :class:`JobControl`, and their result must be shown), go on
to the end and report; :meth:`Runner.cancel_all` names them. Closing the window
drops every job's result.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from reader.core.errors import Cancelled
from reader.services.app import Services
from reader.services.ops import Op, OpResult
from reader.ui.problem_dialog import problem_of
from reader.ui.service_messages import translated

log = logging.getLogger(__name__)
T = TypeVar("T")
Failure = Callable[[str], object]


class JobControl:
    """What a job gets: a way to report progress and partial results, and to know
    whether it was cancelled."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def partial(self, result: object) -> None:
        """Hand over a first part of the result before the job finishes."""
        if not self._cancelled.is_set():
            self._signals.partial.emit(result)


class JobSignals(QObject):
    progress = Signal(int, int)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    """A :class:`~reader.ui.problem_dialog.Problem` (a str with its details)."""
    finished = Signal()


class Job(QRunnable):
    def __init__(
        self, name: str, work: Callable[[JobControl], Any], *, stoppable: bool = True
    ) -> None:
        super().__init__()
        self.name = name
        self.stoppable = stoppable
        """Cancel stops it (else it goes on to the end and reports)."""
        self.signals = JobSignals()
        self.control = JobControl(self.signals)
        self._work = work
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._work(self.control)
        except Cancelled:
            pass
        except Exception as exc:
            problem = problem_of(exc, self.name)
            if problem.bug:
                log.exception("%s failed", self.name)
            if not self.control.cancelled():
                self.signals.failed.emit(problem)
        else:
            if not self.control.cancelled():
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class Runner(QObject):
    busy_changed = Signal(bool)
    waiting = Signal(bool)
    """A write started (True) or stopped (False) waiting for another program."""
    failed = Signal(str, object)
    """(what was being done, a :class:`~reader.ui.problem_dialog.Problem`): a job failed
    and had no ``on_failed`` of its own."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._waiting = QThreadPool(self)  # jobs that mostly wait on another process
        self._waiting.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one writer: writes happen in the order asked
        self._writer.setExpiryTimeout(-1)
        self._running: set[Job] = set()
        self._writes: set[Job] = set()

    # -- starting work ------------------------------------------------------------------

    def read(
        self,
        name: str,
        work: Callable[[JobControl], T],
        on_done: Callable[[T], object],
        on_failed: Failure | None = None,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
        waits: bool = False,
        stoppable: bool = True,
    ) -> Job:
        """Run ``work`` on the reading pool; ``on_done(result)`` on the UI thread.
        ``waits``: the job mostly waits for another process (entity recognition), so it
        gets a pool of its own and never keeps a quick read waiting. ``stoppable=False``:
        Cancel does not stop it, it goes on and reports."""
        job = self._job(
            name, work, on_done, on_failed, (on_progress, on_partial), stoppable=stoppable
        )
        (self._waiting if waits else self._readers).start(job)
        return job

    def write(
        self,
        name: str,
        work: Callable[[Services], T],
        on_done: Callable[[T], object],
        on_failed: Failure | None = None,
    ) -> Job:
        """Run ``work(services)`` on the writer thread, lock waits reported."""
        services = self.services

        def run(_control: JobControl) -> T:
            with services.lock_waits_reported_to(self.waiting.emit):
                return work(services)

        job = self._job(name, run, on_done, on_failed, (None, None), stoppable=False)
        self._writes.add(job)
        job.signals.finished.connect(lambda: self._writes.discard(job))
        self._writer.start(job)
        return job

    def run(
        self,
        op: Op[T],
        on_done: Callable[[OpResult[T]], object],
        on_failed: Failure | None = None,
    ) -> Job:
        """Run an operation on the writer thread; its result to ``on_done``."""
        return self.write(translated(op.message).lower(), op.run, on_done, on_failed)

    def _job(
        self,
        name: str,
        work: Callable[[JobControl], Any],
        on_done: Callable[[Any], object],
        on_failed: Failure | None,
        reports: tuple[Callable[[int, int], None] | None, Callable[[Any], None] | None],
        *,
        stoppable: bool,
    ) -> Job:
        on_progress, on_partial = reports
        job = Job(name, work, stoppable=stoppable)
        job.signals.succeeded.connect(self._guarded(name, on_done))
        failure: Callable[[str], object] = on_failed or (
            lambda message: self.failed.emit(name, message)
        )
        job.signals.failed.connect(self._guarded(name, failure))
        if on_progress is not None:
            job.signals.progress.connect(self._guarded(name, on_progress))
        if on_partial is not None:
            job.signals.partial.connect(self._guarded(name, on_partial))
        job.signals.finished.connect(lambda: self._done(job))
        self._running.add(job)
        self.busy_changed.emit(True)
        return job

    def _guarded(self, name: str, callback: Callable[..., object]) -> Callable[..., None]:
        """The callback, with any exception it raises turned into a message; nothing
        once the runner (its window) is gone."""

        def call(*args: Any) -> None:
            if not isValid(self):
                return
            try:
                callback(*args)
            except Exception as exc:
                problem = problem_of(exc, name)
                if problem.bug:
                    log.exception("showing the result of %s failed", name)
                self.failed.emit(name, problem)

        return call

    def _done(self, job: Job) -> None:
        self._running.discard(job)
        if not self._running and isValid(self):
            self.busy_changed.emit(False)

    # -- state ------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return bool(self._running)

    def writing(self) -> bool:
        """Some write is queued or running, or its result is still to be shown."""
        return bool(self._writes)

    def cancel_all(self, *, closing: bool = False) -> list[str]:
        """Stop the jobs that can stop (every job when ``closing``: nothing is reported
        any more); the names of those that go on to the end."""
        going_on = []
        for job in self._running:
            if job.stoppable or closing:
                job.control.cancel()
            else:
                going_on.append(job.name)
        return sorted(set(going_on))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every job to finish (closing the window, tests)."""
        return all(pool.waitForDone(msecs) for pool in (self._readers, self._waiting, self._writer))

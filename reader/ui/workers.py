"""Run slow work off the UI thread; results come back by queued signal.

A job gets a ``JobControl`` to report progress and to ask whether it was
cancelled. Stale results (the user opened another document meanwhile) are the
caller's to drop: a cancelled job emits neither ``succeeded`` nor ``failed``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.core.errors import Cancelled, ReaderError

log = logging.getLogger(__name__)


class JobControl:
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
    failed = Signal(str)
    finished = Signal()


class Job(QRunnable):
    def __init__(self, name: str, work: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.name = name
        self.signals = JobSignals()
        self.control = JobControl(self.signals)
        self._work = work
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._work(self.control)
        except Cancelled:
            pass
        except ReaderError as exc:
            if not self.control.cancelled():
                self.signals.failed.emit(str(exc))
        except Exception as exc:
            log.exception("%s failed", self.name)
            if not self.control.cancelled():
                self.signals.failed.emit(f"Unexpected error while {self.name}: {exc}")
        else:
            if not self.control.cancelled():
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they finish."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Job] = set()

    def start(
        self,
        name: str,
        work: Callable[[JobControl], Any],
        on_success: Callable[[Any], object],
        on_failure: Callable[[str], object],
        *,
        on_progress: Callable[[int, int], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
    ) -> Job:
        job = Job(name, work)
        job.signals.succeeded.connect(on_success)
        job.signals.failed.connect(on_failure)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        if on_partial is not None:
            job.signals.partial.connect(on_partial)
        job.signals.finished.connect(lambda: self._done(job))
        self._running.add(job)
        self.busy_changed.emit(True)
        self._pool.start(job)
        return job

    def _done(self, job: Job) -> None:
        self._running.discard(job)
        if not self._running:
            self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for job in self._running:
            job.control.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

"""Undo and Redo: thin adapters over the services' undo operations.

Every operation's result carries ``undo``, the operation that reverts it, built by
the service. An :class:`OpCommand` keeps that operation; undoing runs it (on the
writer thread, like any operation) and keeps the ``undo`` of *its* result as the
redo, and so on. The command's operations are only read and replaced on the writer
thread, which runs jobs one after another in the order asked: pressing Ctrl+Z three
times quickly queues three steps that each find what the previous one left.

A step that fails (another program deleted the highlight meanwhile, say) is
reported; the command is then dropped from the stack and later steps of it do
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from reader.core.errors import Cancelled
from reader.services.app import Services
from reader.services.ops import Op, OpResult

Step = Callable[[Services], OpResult[Any]]
Perform = Callable[[str, Step, Callable[[str], None]], None]
"""How a step is run: (its name, the work on the writer thread, what to do if it fails)."""


class OpCommand(QUndoCommand):
    def __init__(self, text: str, undo: Op[Any], perform: Perform) -> None:
        super().__init__(text)
        self._ops: dict[str, Op[Any] | None] = {"undo": undo, "redo": None}
        self._perform = perform
        self._pushed = False
        self._broken = False  # written on the writer thread, read there

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push redoes at once: the operation already ran
            self._pushed = True
            return
        self._step("redo", "undo")

    def undo(self) -> None:
        self._step("undo", "redo")

    def _step(self, which: str, other: str) -> None:
        if self.isObsolete():
            return

        def work(services: Services) -> OpResult[Any]:
            op = self._ops[which]
            if self._broken or op is None:
                raise Cancelled
            try:
                result = op.run(services)
            except Exception:
                self._broken = True
                raise
            self._ops[which], self._ops[other] = None, result.undo
            return result

        def failed(_message: str) -> None:
            self.setObsolete(True)

        self._perform(f"{which} {self.text()[0].lower()}{self.text()[1:]}", work, failed)

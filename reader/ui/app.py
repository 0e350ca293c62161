"""Start the GUI, or render it offscreen to a PNG."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_NAME, __version__
from reader.core.errors import ReaderError
from reader.services.app import Services
from reader.services.entity_worker import shared_worker
from reader.ui.entity_controller import settle_memory
from reader.ui.main_window import MainWindow
from reader.ui.paths import app_icon, sample_article
from reader.ui.theme import THEMES, apply_theme

SCREENSHOT_TIMEOUT_MS = 120_000


def make_app() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.reader.Reader")
    app.setWindowIcon(QIcon(str(app_icon())))
    return app


def run(args: argparse.Namespace) -> int:
    if args.command == "screenshot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    try:
        services = Services.open(args.db)
    except ReaderError as exc:
        return _fatal(args, f"Cannot open the library database: {exc}")
    except Exception as exc:  # a corrupt or foreign database file
        return _fatal(args, f"Cannot open the library database: {exc}")
    path = Path(args.file) if args.file else sample_article()
    try:
        if args.command == "screenshot":
            return screenshot(
                services,
                path,
                Path(args.output),
                args.size,
                args.theme,
                pages=args.pages,
                index=args.index,
            )
        window = MainWindow(services, QSettings())
        apply_theme(app, window.view.theme)
        window.show()
        settle_memory()  # what start-up loaded stays: keep it out of full GC passes
        window.entity.warm_up()
        window.open_path(path)
        return app.exec()
    finally:
        shared_worker().close()
        services.close()


def _fatal(args: argparse.Namespace, message: str) -> int:
    print(f"reader: error: {message}", file=sys.stderr)
    if args.command != "screenshot":
        box = QMessageBox(QMessageBox.Icon.Critical, "reader", message)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path is text, never markup
        box.exec()
    return 2


def screenshot(
    services: Services,
    path: Path,
    output: Path,
    size: tuple[int, int],
    theme: str,
    *,
    pages: bool = False,
    index: bool = False,
) -> int:
    """Render the window as a user would see it once everything has loaded (``index``:
    with the Index shown and its first entry's mentions)."""
    app = make_app()
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.set_dark(theme == "dark")
        apply_theme(app, THEMES[theme])
        window.resize(*size)
        window.show()
        errors: list[str] = []
        loop = QEventLoop()
        window.document_shown.connect(loop.quit)
        window.open_failed.connect(errors.append)
        window.open_failed.connect(loop.quit)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
        window.open_path(path)
        loop.exec()
        if errors:
            print(f"reader: error: {errors[0]}", file=sys.stderr)
            return 2
        if pages:
            window.pdf.toggle_action.setChecked(True)
        if index:
            window.index_dock.show()
            window.index_dock.raise_()
            _settle(window)
            window.index_panel.choose(0)
        _settle(window)
        image = window.grab()
        window.close()
    if not image.save(str(output), "PNG"):
        print(f"reader: error: cannot write {output}", file=sys.stderr)
        return 2
    print(output)
    return 0


def _settle(window: MainWindow) -> None:
    """Let background work finish and the layout settle before grabbing."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(50)

    def check() -> None:
        if not window.runner.is_busy() and not window.view.pictures.pending():
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    loop.exec()
    timer.stop()
    for _ in range(5):
        QApplication.processEvents()
        window.pdf.wait()  # page bitmaps, asked for as the page view paints

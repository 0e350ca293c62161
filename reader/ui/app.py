"""Start the GUI, or render it offscreen to a PNG."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtWidgets import QApplication

from reader import APP_NAME, __version__
from reader.core.errors import ReaderError
from reader.services.app import Services
from reader.services.entity_worker import shared_worker
from reader.ui.i18n import install_translations
from reader.ui.library_session import LibrarySession
from reader.ui.main_window import MainWindow
from reader.ui.paths import app_icon, sample_article

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
    language = args.language if args.command == "screenshot" else _preferred_language()
    install_translations(app, language)
    requested = Path(args.file) if args.file else None
    if args.command != "screenshot":
        shared_worker().start()  # the entity pipeline starts loading with the program
        session = LibrarySession(app, args.db, QSettings(), requested, new_window=args.new_window)
        try:
            if not session.start():
                return 2
            if session.window is None:
                return 0  # the window already open on this library shows it
            session.window.entity.warm_up()  # the entity pipeline, for what comes next
            return app.exec()
        finally:
            shared_worker().close()
            session.close()
    try:
        services = Services.open(args.db)
    except ReaderError as exc:
        print(f"reader: error: Cannot open the library database: {exc}", file=sys.stderr)
        return 2
    try:
        return screenshot(
            services,
            requested or sample_article(),
            Path(args.output),
            args.size,
            args.theme,
            pages=args.pages,
            preferences=args.preferences,
            index=args.index,
        )
    finally:
        shared_worker().close()
        services.close()


def _preferred_language() -> str:
    return str(QSettings().value("interface/language", "") or "")


def screenshot(
    services: Services,
    path: Path,
    output: Path,
    size: tuple[int, int],
    theme: str,
    *,
    pages: bool = False,
    preferences: bool = False,
    index: bool = False,
) -> int:
    """Render the window as a user would see it once everything has loaded (``index``:
    with the Index shown and its first entry's mentions)."""
    make_app()
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.prefs.set_theme(theme)
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
            _settle(window)  # the entities recognised and kept
            window.index.refresh()  # what the window does 300 ms after they arrive
            _settle(window)
            window.index_panel.choose(0)
        _settle(window)
        image = window.grab().toImage()
        if preferences:
            _paint_over(image, window.prefs.show_dialog().grab().toImage())
        window.close()
    if not image.save(str(output), "PNG"):  # type: ignore[call-overload]
        print(f"reader: error: cannot write {output}", file=sys.stderr)
        return 2
    print(output)
    return 0


def _paint_over(image: QImage, dialog: QImage) -> None:
    """A dialog drawn in the middle of the window's picture, as the window manager would."""
    painter = QPainter(image)
    x = max(0, (image.width() - dialog.width()) // 2)
    y = max(0, (image.height() - dialog.height()) // 3)
    painter.fillRect(x - 1, y - 1, dialog.width() + 2, dialog.height() + 2, QColor(0, 0, 0, 90))
    painter.drawImage(x, y, dialog)
    painter.end()


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

"""The interface's words in the user's language (Qt's translation system).

Every string the window shows goes through :func:`tr` (or a class's ``self.tr``);
``pyside6-lupdate`` finds them and files them in ``resources/translations/reader_fr.ts``
(under the empty context for :func:`tr`), ``pyside6-lrelease`` makes the ``.qm`` the
app loads. Placeholders are named (``{name}``) and filled with ``str.format`` after
translation; ``%n`` is a count whose plural form the translation picks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reader.ui.paths import resource

APP_CATALOGUE = "reader"
QT_CATALOGUE = "qtbase"
INSTALLED = "readerCatalogue"
"""The object name of the translators :func:`install_translations` installs."""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def translations_dir() -> Path:
    return resource("translations")


def interface_locale(language: str) -> QLocale:
    """The locale for a Preferences choice (``""``: the system's)."""
    return QLocale(language) if language else QLocale.system()


def install_translations(
    app: QApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Load reader's translation for ``language`` (from ``folder``, by default the
    app's own) and Qt's (standard buttons, file dialog) in place of those installed
    before; the translators installed. English has one too: the plural forms of its
    counts ("1 highlight", "2 highlights")."""
    for previous in app.findChildren(QTranslator, INSTALLED):
        app.removeTranslator(previous)
        previous.setParent(None)  # freed once nothing holds it
    locale = interface_locale(language)
    QLocale.setDefault(locale)
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    ours = QTranslator(app)
    ours.setObjectName(INSTALLED)
    found = ours.load(
        QLocale(QLocale.Language.English) if english else locale,
        APP_CATALOGUE,
        "_",
        str(folder or translations_dir()),
    )
    if not found:
        return []  # reader is not translated to it: Qt's alone would mix languages
    app.installTranslator(ours)
    loaded = [ours]
    qt = QTranslator(app)
    qt.setObjectName(INSTALLED)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not english and qt.load(locale, QT_CATALOGUE, "_", qt_folder):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded


def duration_text(minutes: int) -> str:
    """A reading time as people say it: "45 min" under an hour, "8 h 30 min" above."""
    if minutes < 60:
        return tr("%n min", "duration", minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return tr("{hours} h", "duration").format(hours=hours)
    return tr("{hours} h {minutes} min", "duration").format(hours=hours, minutes=rest)

"""A document's language named in the interface's language ("anglais (en)" in French).

Qt names languages in English (``QLocale.languageToString``) or in themselves
(``nativeLanguageName``: "American English"), never in a third language; the English
names of the languages langdetect tells apart are translated here, under the
``language`` context, and a name with no translation stays in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from reader.ui.i18n import tr

CONTEXT = "language"
NAMES = (
    QT_TRANSLATE_NOOP("language", "Afrikaans"),
    QT_TRANSLATE_NOOP("language", "Albanian"),
    QT_TRANSLATE_NOOP("language", "Arabic"),
    QT_TRANSLATE_NOOP("language", "Bangla"),
    QT_TRANSLATE_NOOP("language", "Bulgarian"),
    QT_TRANSLATE_NOOP("language", "Catalan"),
    QT_TRANSLATE_NOOP("language", "Chinese"),
    QT_TRANSLATE_NOOP("language", "Croatian"),
    QT_TRANSLATE_NOOP("language", "Czech"),
    QT_TRANSLATE_NOOP("language", "Danish"),
    QT_TRANSLATE_NOOP("language", "Dutch"),
    QT_TRANSLATE_NOOP("language", "English"),
    QT_TRANSLATE_NOOP("language", "Estonian"),
    QT_TRANSLATE_NOOP("language", "Filipino"),
    QT_TRANSLATE_NOOP("language", "Finnish"),
    QT_TRANSLATE_NOOP("language", "French"),
    QT_TRANSLATE_NOOP("language", "German"),
    QT_TRANSLATE_NOOP("language", "Greek"),
    QT_TRANSLATE_NOOP("language", "Gujarati"),
    QT_TRANSLATE_NOOP("language", "Hebrew"),
    QT_TRANSLATE_NOOP("language", "Hindi"),
    QT_TRANSLATE_NOOP("language", "Hungarian"),
    QT_TRANSLATE_NOOP("language", "Indonesian"),
    QT_TRANSLATE_NOOP("language", "Italian"),
    QT_TRANSLATE_NOOP("language", "Japanese"),
    QT_TRANSLATE_NOOP("language", "Kannada"),
    QT_TRANSLATE_NOOP("language", "Korean"),
    QT_TRANSLATE_NOOP("language", "Latvian"),
    QT_TRANSLATE_NOOP("language", "Lithuanian"),
    QT_TRANSLATE_NOOP("language", "Macedonian"),
    QT_TRANSLATE_NOOP("language", "Malayalam"),
    QT_TRANSLATE_NOOP("language", "Marathi"),
    QT_TRANSLATE_NOOP("language", "Nepali"),
    QT_TRANSLATE_NOOP("language", "Norwegian Bokmål"),
    QT_TRANSLATE_NOOP("language", "Persian"),
    QT_TRANSLATE_NOOP("language", "Polish"),
    QT_TRANSLATE_NOOP("language", "Portuguese"),
    QT_TRANSLATE_NOOP("language", "Punjabi"),
    QT_TRANSLATE_NOOP("language", "Romanian"),
    QT_TRANSLATE_NOOP("language", "Russian"),
    QT_TRANSLATE_NOOP("language", "Slovak"),
    QT_TRANSLATE_NOOP("language", "Slovenian"),
    QT_TRANSLATE_NOOP("language", "Somali"),
    QT_TRANSLATE_NOOP("language", "Spanish"),
    QT_TRANSLATE_NOOP("language", "Swahili"),
    QT_TRANSLATE_NOOP("language", "Swedish"),
    QT_TRANSLATE_NOOP("language", "Tamil"),
    QT_TRANSLATE_NOOP("language", "Telugu"),
    QT_TRANSLATE_NOOP("language", "Thai"),
    QT_TRANSLATE_NOOP("language", "Turkish"),
    QT_TRANSLATE_NOOP("language", "Ukrainian"),
    QT_TRANSLATE_NOOP("language", "Urdu"),
    QT_TRANSLATE_NOOP("language", "Vietnamese"),
    QT_TRANSLATE_NOOP("language", "Welsh"),
)
"""The English names (as ``QLocale.languageToString`` gives them) to translate."""


def language_name(code: str | None) -> str:
    """``code`` (``en``, ``zh-cn``) with its language's name: "English (en)"."""
    if not code:
        return tr("unknown")
    language = QLocale(code.replace("-", "_")).language()
    if language is QLocale.Language.C:
        return code
    english = QLocale.languageToString(language)
    return f"{QCoreApplication.translate(CONTEXT, english)} ({code})"

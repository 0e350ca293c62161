"""Language detection with langdetect, made deterministic."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

from langdetect import DetectorFactory, detect, detector_factory
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0  # langdetect is random unless seeded: seed once, at import
MIN_LETTERS = 25
SAMPLE_LETTERS = 4000
_LETTER = re.compile(r"[^\W\d_]")
# Runs of letters (words, elisions, hyphenated words): what langdetect should see.
_WORDS = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
# langdetect codes that differ from the ISO 639-1 code spaCy uses.
_ALIASES = {"no": "nb"}
_LOCK = threading.Lock()  # langdetect loads its profiles lazily into a global


def language_sample(text: str, letters: int = SAMPLE_LETTERS) -> str:
    """The first ``letters`` letters' worth of words, without URLs, digits or symbols."""
    words: list[str] = []
    count = 0
    for match in _WORDS.finditer(_URL.sub(" ", text[: letters * 3])):
        word = match.group()
        words.append(word)
        count += len(word)
        if count >= letters:
            break
    return " ".join(words)


def normalise_language(code: str) -> str:
    """'fr-FR', 'FR', 'zh-cn' -> 'fr', 'fr', 'zh'; langdetect's 'no' -> spaCy's 'nb'."""
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return _ALIASES.get(base, base)


def release_profiles() -> None:
    """Drop langdetect's language profiles if loaded (some 60 MB of n-gram tables, kept
    by langdetect for the life of the process); the next detection loads them again
    (about 0.3 s). For a process about to need its memory for something bigger."""
    with _LOCK:
        detector_factory._factory = None  # langdetect's lazily loaded global


def _load_profiles() -> None:
    """Load langdetect's profiles as its own loader does (same files, same order), but
    read every file before the first table is built: the n-gram tables then fill memory
    of their own, which :func:`release_profiles` gives back whole. Read file by file
    between the tables, the small objects each read leaves behind kept some 28 MiB of
    freed tables from going back to the system."""
    if detector_factory._factory is not None:
        return
    directory = detector_factory.PROFILES_DIRECTORY
    texts = [
        Path(directory, name).read_text("utf-8")
        for name in os.listdir(directory)
        if not name.startswith(".") and Path(directory, name).is_file()
    ]
    factory = DetectorFactory()
    factory.load_json_profile(texts)
    detector_factory._factory = factory


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text.

    Deterministic: the same text always gives the same answer.
    """
    sample = language_sample(text)
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    try:
        with _LOCK:
            _load_profiles()
            code: str = detect(sample)
    except LangDetectException:
        return None
    return normalise_language(code)

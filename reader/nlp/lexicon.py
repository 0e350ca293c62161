"""Small per-language word lists for cleanup and consistency.

Curated by hand rather than read from spaCy (importing ``spacy.lang.fr`` costs ~3 s,
and these stages must stay cheap). Add a language by adding a :class:`Lexicon` to
``LEXICONS``; a language without one falls back to spaCy's stop words if spaCy has
them, else to an empty lexicon (cleanup then only trims punctuation).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lexicon:
    # Words never part of a name at its edges: articles, possessives, demonstratives.
    determiners: frozenset[str] = frozenset()
    # Function words: prepositions, conjunctions, pronouns, auxiliaries (lower case).
    stop_words: frozenset[str] = frozenset()
    # Elided forms written with an apostrophe: "d", "l", "qu" for d’, l’, qu’.
    elisions: frozenset[str] = frozenset()
    # Lower-case nouns naming a kind of place, dropped before a place name
    # ("comté de Zhangbei") or after it ("Hebei province").
    place_designators: frozenset[str] = frozenset()
    # Lower-case heads that do belong to an organisation's name ("ministère de ...").
    org_heads: frozenset[str] = frozenset()
    # Titles dropped before a person's name ("M.", "président").
    person_titles: frozenset[str] = frozenset()
    # Name particles kept before a capitalised word in a person's name ("de Gaulle").
    person_particles: frozenset[str] = frozenset()
    # Abbreviations whose final full stop belongs to the name ("Inc.", "Jr.").
    abbreviations: frozenset[str] = frozenset()
    # Written in a script with case (Latin, Cyrillic, Greek): its pipeline cannot judge
    # text in a script without case, such as a Japanese paragraph in a French book.
    cased_script: bool = False
    # Endings of the nouns of peoples ("Suisses", "Allemands"): such a capitalised word
    # whose lower-case form the text uses as an adjective names a people, not a place.
    demonym_endings: tuple[str, ...] = ()
    # Plural determiners: "les Suédois" with a people's ending is a people.
    plural_determiners: frozenset[str] = frozenset()
    # Definite articles, alone or joined to a preposition ("du", "au"; "l" for "l’").
    definite_articles: frozenset[str] = frozenset()
    # Nouns that start the title of a newspaper or a review ("Gazette de Lausanne").
    publication_heads: frozenset[str] = frozenset()
    # The name of God, capitalised: a person who acts and is spoken to in the text
    # (the model's "some name", MISC, otherwise).
    deity_names: frozenset[str] = frozenset()

    @property
    def function_words(self) -> frozenset[str]:
        """Stop words, determiners and elisions: never a name on their own."""
        return self.stop_words | self.determiners | self.elisions


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FR_DETERMINERS = _words(
    """le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs
    notre nos votre vos mon ma mes ton ta tes quelques plusieurs chaque tout toute
    tous toutes aucun aucune certains certaines"""
)
_FR_STOP = _words(
    """à a au aux de du des d en et ou où pour par sur sous dans avec sans chez vers
    selon entre contre depuis pendant avant après malgré parmi dès jusque jusqu
    il elle ils elles on nous vous je j tu lui leur eux moi toi soi se s me m te t y
    qui que qu quoi dont ce c cela ça ceci celui celle ceux celles ne n pas plus
    est sont était été être a ont avait avoir fait mais donc or ni car si comme
    aussi très tout tous toute toutes même mêmes autre autres alors ainsi puis
    cependant toutefois lorsque lorsqu puisque puisqu quand tandis notamment
    voici voilà oui non"""
)
_FR_ELISIONS = _words("l d j m t n s c qu jusqu lorsqu puisqu quoiqu presqu")

_EN_DETERMINERS = _words(
    """the a an this that these those his her its their our my your some any each
    every no all both several"""
)
_EN_STOP = _words(
    """of in on at to for by with from into onto upon about over under between
    through during before after since until against among within without and or
    but nor so yet as if than then when while where because although though
    he she it they we you i him her them us me who whom whose which what that
    is are was were be been being has have had do does did will would shall
    should can could may might must not also very just only even here there
    however meanwhile according said says"""
)


LEXICONS: dict[str, Lexicon] = {
    "fr": Lexicon(
        determiners=_FR_DETERMINERS,
        stop_words=_FR_STOP,
        elisions=_FR_ELISIONS,
        place_designators=_words(
            """comté comtés province provinces ville villes région régions pays
            département commune village localité municipalité préfecture district
            canton arrondissement quartier capitale métropole agglomération
            territoire état bourg hameau île"""
        ),
        org_heads=_words(
            """ministère université banque parti conseil commission agence institut
            fondation syndicat fédération tribunal cour comité office école musée
            hôpital assemblée sénat observatoire académie"""
        ),
        person_titles=_words(
            """m. mr mr. mme mlle mmes mm. me dr pr mgr mad. monsieur madame mademoiselle docteur
            professeur maître président présidente directeur directrice ministre
            pdg patron patronne général générale sénateur sénatrice député députée
            maire juge chef roi reine prince princesse pape saint sainte monseigneur
            messieurs mesdames mesdemoiselles sire capitaine colonel lieutenant
            commandant sergent caporal maréchal amiral baron baronne comte comtesse
            vicomte vicomtesse marquis marquise duc duchesse abbé curé évêque
            archevêque cardinal chevalier empereur impératrice"""
        ),
        person_particles=_words(
            "de du des d van von der den da di del della dos das ben bin ibn al el"
        ),
        abbreviations=_words("Inc Corp Co Ltd Jr Sr Cie St Ste"),
        cased_script=True,
        plural_determiners=_words("les des aux ces deux trois quelques plusieurs"),
        definite_articles=_words("le la les l du des au aux"),
        publication_heads=_words(
            """gazette journal revue courrier tribune feuille écho echo moniteur mercure
            bulletin magazine"""
        ),
        deity_names=_words("dieu"),
        demonym_endings=tuple(
            sorted(
                _words(
                    """ais aise ois oise ien ienne ain aine and ande ol ole éen éenne in ine
                an ane ote ite ique"""
                )
            )
        ),
    ),
    "en": Lexicon(
        determiners=_EN_DETERMINERS,
        stop_words=_EN_STOP,
        elisions=frozenset(),
        place_designators=_words(
            """county counties province provinces city region state country town
            village district municipality prefecture capital"""
        ),
        org_heads=frozenset(),
        person_titles=_words(
            """mr. mrs. ms. mr mrs ms dr. dr prof. prof sir dame lord lady president
            chairman chairwoman ceo minister senator sen. rep. gov. governor mayor
            judge general gen. king queen prince princess pope saint st."""
        ),
        person_particles=_words("de du van von der den da di del della dos das bin ibn al el"),
        abbreviations=_words("Inc Corp Co Ltd Jr Sr St Bros Mt"),
        cased_script=True,
        demonym_endings=tuple(sorted(_words("an ian ese ish ic i"))),
        definite_articles=_words("the"),
        publication_heads=_words("gazette journal review courier tribune herald chronicle"),
        deity_names=_words("god"),
    ),
}

_FALLBACK: dict[str, Lexicon] = {}
_FALLBACK_LOCK = threading.Lock()
_CODE = re.compile(r"[a-z]{2,3}")


def lexicon(language: str | None) -> Lexicon:
    """The word lists of ``language``; spaCy's stop words for other languages."""
    if language is None:
        return Lexicon()
    found = LEXICONS.get(language)
    if found is not None:
        return found
    with _FALLBACK_LOCK:
        if language not in _FALLBACK:
            _FALLBACK[language] = Lexicon(stop_words=_spacy_stop_words(language))
        return _FALLBACK[language]


def _spacy_stop_words(language: str) -> frozenset[str]:
    if not _CODE.fullmatch(language):
        return frozenset()
    try:
        module = __import__(f"spacy.lang.{language}.stop_words", fromlist=["STOP_WORDS"])
    except ImportError:
        return frozenset()
    words = getattr(module, "STOP_WORDS", ())
    return frozenset(str(word).lower() for word in words)

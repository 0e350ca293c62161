"""Cue words for the consistency stage, per language: words right around a mention
that vote for its type ("le groupe chinois X" -> ORG, "comté de X" -> PLACE,
"X, directeur" -> PERSON, "dit X" after a quotation -> PERSON).

Add a language by adding its entry to ``CUES``. Nothing here knows any particular name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.entities import EntityLabel

PERSON, ORG, PLACE = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE
MISC = EntityLabel.MISC
STRONG = 1.5  # a cue that names the kind of thing: "le groupe X", "province du X"


@dataclass(frozen=True, slots=True)
class Cue:
    """``pattern`` found at the end of the left window (``left``) or the start of the right."""

    label: EntityLabel
    pattern: re.Pattern[str]
    weight: float = 1.0
    left: bool = True


def _left(label: EntityLabel, pattern: str, weight: float = 1.0) -> Cue:
    return Cue(label, re.compile(rf"(?:{pattern})\s*$", re.IGNORECASE), weight, left=True)


def _right(label: EntityLabel, pattern: str, weight: float = 1.0) -> Cue:
    return Cue(label, re.compile(rf"^\s*(?:{pattern})", re.IGNORECASE), weight, left=False)


_FR_ORG_NOUNS = (
    r"groupe|société|entreprise|compagnie|firme|constructeur|opérateur|fabricant|géant"
    r"|start-?up|enseigne|marque|filiale|banque|assureur|distributeur|éditeur|holding"
    r"|conglomérat|laboratoire|cabinet|chaîne|club|parti|syndicat"
    r"|ONG|agence|plateforme|plate-forme|site|réseau|concurrent|rival"
)
# A publication's title follows these: "le correspondant du Times", "lu dans le Figaro".
_FR_PUBLICATION_CUES = (
    r"\b(?:journal|quotidien|hebdomadaire|revue|magazine|correspondants?|rédacteurs?"
    r"|rédaction|colonnes|abonnés|lecteurs|numéro)\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|d['’])"
    r"|\b(?:lit|lisait|lu|lire|publié|publiée|paru|parue)\s+dans\s+(?:le\s+|la\s+|l['’]|les\s+)"
)
_FR_PLACE_NOUNS = (
    r"province|comté|ville|région|pays|département|commune|village|capitale|localité"
    r"|municipalité|préfecture|district|quartier|île|état|canton|arrondissement|métropole"
)
_FR_PERSON_TITLES = (
    r"directeur|directrice|président|présidente|ministre|PDG|patron|patronne|porte-parole"
    r"|fondateur|fondatrice|secrétaire|député|députée|sénateur|sénatrice|maire|juge"
    r"|professeur|chercheur|chercheuse|analyste|économiste|avocat|avocate|responsable"
    r"|dirigeant|dirigeante|chef|cofondateur|cofondatrice|vice-président|vice-présidente"
)
_FR_SPEECH = (
    r"déclaré|expliqué|affirmé|indiqué|précisé|ajouté|souligné|estimé|confié|dit|assuré"
    r"|poursuivi|conclu|rappelé|noté|reconnu|insisté|raconté|martelé"
)
_FR_SPEECH_PRESENT = (
    r"explique|déclare|affirme|indique|précise|ajoute|souligne|estime|confie|assure"
    r"|poursuit|conclut|raconte|rappelle|note|reconnaît|insiste|martèle"
)
_FR_NOBLE_TITLES = (
    r"comte|comtesse|vicomte|vicomtesse|baron|baronne|marquis|marquise|duc|duchesse"
    r"|prince|princesse|chevalier|abbé|capitaine|colonel|lieutenant|général|maréchal"
)
_FR_KIN = r"père|mère|oncle|tante|veuve|cousin|cousine|grand-père|grand-mère"
_FR_SPEECH_INCISE = (
    r"dit|répondit|demanda|reprit|s['’]écria|murmura|continua|ajouta|fit|cria|répliqua"
    r"|poursuivit|observa|interrompit|répéta|balbutia|soupira|déclara|hurla|gronda"
    r"|interrogea|riposta|approuva|proposa|objecta|insista|conclut|expliqua|affirma"
    r"|s['’]exclama|bégaya|ricana|grommela|dit-il|songea|pensa|avoua|protesta|supplia"
)
_EN_ORG_NOUNS = (
    r"company|firm|giant|maker|retailer|operator|bank|start-?up|carrier|conglomerate"
    r"|manufacturer|brand|subsidiary|insurer|airline|newspaper|broadcaster|agency|rival"
    r"|competitor|platform|lender|group"
)
_EN_PLACE_NOUNS = r"city|province|county|state|region|country|town|village|capital|district"
_EN_PERSON_TITLES = (
    r"President|CEO|chief\s+executive|executive|director|minister|spokesman|spokeswoman"
    r"|spokesperson|founder|co-founder|chairman|chairwoman|Senator|Sen\.|Rep\.|Gov\.|Governor"
    r"|Mayor|Judge|analyst|professor|economist|lawyer|head"
)
_EN_SPEECH = r"said|says|told|added|explained|noted|wrote|argued|stated|recalled"

CUES: dict[str, tuple[Cue, ...]] = {
    "fr": (
        _left(ORG, rf"\b(?:{_FR_ORG_NOUNS})(?:\s+[^\W\d_][\w-]*)?\s+(?:d[e’']\s*|du\s+)?", STRONG),
        _left(
            ORG,
            r"\b(?:chez|(?:ancien|ancienne|anciens)?\s*(?:chercheur|chercheuse|ingénieur"
            r"|ingénieure|employé|employée|salarié|salariée|actionnaire|cadre|dirigeant"
            r"|dirigeante|PDG|patron|patronne|fondateur|fondatrice|porte-parole|filiale"
            r"|directeur|directrice|président|présidente|administrateur|administratrice)s?"
            r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]))",
        ),
        _left(MISC, _FR_PUBLICATION_CUES, STRONG),
        _left(
            PLACE,
            rf"\b(?:{_FR_PLACE_NOUNS})\s+"
            r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?",
            STRONG,
        ),
        _left(
            PLACE,
            r"\b(?:basée?s?|située?s?|installée?s?|née?s?|originaires?|implantée?s?)"
            r"\s+(?:à|en|au|aux)\s+",
        ),
        _left(PLACE, r"(?<!\w)(?:à|en|au|aux)\s+", 0.5),
        _left(
            PERSON,
            r"(?<!\w)(?:M\.|Mr\.?|Mme|Mlle|MM\.|Dr|Pr|Me|monsieur|madame|mademoiselle|messieurs"
            r"|mesdames|mesdemoiselles)\s+(?:de\s+(?:la\s+)?|d['’]|du\s+|des\s+)?",
            2.0,
        ),
        _left(
            PERSON, rf"\b(?:{_FR_NOBLE_TITLES})\s+(?:de\s+(?:la\s+)?|d['’]|du\s+|des\s+)?", STRONG
        ),
        _left(PERSON, rf"\b(?:{_FR_KIN})\s+", STRONG),
        # "le directeur général X"; "le directeur du X" names what X runs (below).
        _left(
            PERSON,
            rf"\b(?:{_FR_PERSON_TITLES})(?:\s+(?!(?:de|du|des|d)\b)[^\W\d_][\w-]*)?\s+",
        ),
        _left(PERSON, rf"\b(?:a|avait|ont)\s+(?:{_FR_SPEECH})\s+"),
        _left(PERSON, rf"\b(?:{_FR_SPEECH_PRESENT})\s+"),
        # The speaker after a quotation in a narrative: "- Eh bien, dit Porthos."
        _left(PERSON, rf"(?:^|[,!?…]\s*)(?:{_FR_SPEECH_INCISE})(?:-t-il|-t-elle)?\s+", STRONG),
        _left(PERSON, r"\bselon\s+", 0.5),
        _right(PERSON, rf",\s*(?:(?:le|la|l['’]|un|une|son|sa)\s*)?(?:{_FR_PERSON_TITLES})\b", 1.5),
        _right(PERSON, r",\s*\d{1,3}\s+ans\b", 1.5),
        _right(PERSON, rf"(?:,\s*)?(?:a|avait)\s+(?:{_FR_SPEECH})\b", 0.5),
        _right(ORG, rf",\s*(?:(?:le|la|l['’]|un|une)\s*)?(?:{_FR_ORG_NOUNS})\b"),
        _right(ORG, r"(?:Inc|Corp|Ltd|SA|SAS|SARL|AG|GmbH|plc|LLC)\b"),
        _right(PLACE, rf",\s*(?:(?:le|la|l['’]|une?)\s*)?(?:{_FR_PLACE_NOUNS})\b"),
    ),
    "en": (
        _left(ORG, rf"\b(?:{_EN_ORG_NOUNS})\s+", STRONG),
        _left(
            ORG,
            r"\b(?:researcher|engineer|employee|staff|executive|shareholder|analyst|CEO"
            r"|founder|spokesman|spokeswoman|spokesperson|subsidiary)s?\s+(?:at|of)\s+",
        ),
        _left(PLACE, rf"\b(?:{_EN_PLACE_NOUNS})\s+of\s+", STRONG),
        _left(PLACE, r"\b(?:based|located|born|headquartered)\s+in\s+"),
        _left(PLACE, r"(?<!\w)(?:in|near)\s+", 0.5),
        _left(PERSON, r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+", 2.0),
        _left(PERSON, rf"\b(?:{_EN_PERSON_TITLES})\s+"),
        _left(PERSON, r"\bsaid\s+"),
        _left(PERSON, r"\baccording\s+to\s+", 0.5),
        _right(PERSON, rf"(?:,\s*)?(?:{_EN_SPEECH})\b", 0.5),
        _right(PERSON, rf",\s*(?:the\s+|a\s+)?(?:{_EN_PERSON_TITLES})\b", 1.5),
        _right(PERSON, r",\s*(?:who|aged\s+\d+|\d{1,3},)", 1.0),
        _right(ORG, r"(?:Inc|Corp|Corporation|Ltd|LLC|plc|Co|Group|Holdings)\b"),
        _right(ORG, r"['’]s\s+(?:shares|stock|board|chief|CEO|headquarters|subsidiary|revenue)\b"),
        _right(ORG, r"(?:shares|stock)\b"),
        _right(PLACE, rf"(?:{_EN_PLACE_NOUNS})\b", STRONG),
    ),
}

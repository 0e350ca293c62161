"""What kind of name a cleaned span is, beyond what the model said: a people, a
publication, God, or no name at all but an institution's common noun.

- "Suisses", "Allemand" called a place are a people (MISC) when the text also writes
  the word in lower case, as the adjective, or after a plural determiner with a
  people's ending ("les Suédois").
- "Gazette de Lausanne", "Tribune de Genève" called an organisation are the title
  of a publication (MISC, as the model's PRODUCT and WORK_OF_ART are): their first
  word is one of the language's publication nouns.
- "Dieu" (the language's name of God, capitalised) is a person, whatever the model
  said: a being who acts and is spoken to, as the novels' gold labels it, and as
  OntoNotes-style schemes count deities; "mon Dieu" is the same name addressed.
- "le Conseil", "la Banque", "du Parlement": one capitalised word after a definite
  article whose lower-case form is a common word of the pipeline's lexicon names an
  institution by its kind, not by its name ("Conseil fédéral" and "Orange" stay).
"""

from __future__ import annotations

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.casing import CaseEvidence
from reader.nlp.lexicon import Lexicon
from reader.nlp.vocabulary import Vocabulary

MISC = EntityLabel.MISC
RULE = "rule"  # the source of a span whose label a rule changed


class KindOfName:
    """Judges the spans of one text, in one language."""

    def __init__(
        self, text: str, lex: Lexicon, evidence: CaseEvidence, vocabulary: Vocabulary | None
    ) -> None:
        self.text = text
        self.lex = lex
        self.evidence = evidence
        self.vocabulary = vocabulary

    def judge(self, span: EntitySpan) -> EntitySpan | None:
        """``span``, relabelled if it is a people or a publication; None if no name."""
        if self.people_noun(span) or self.publication(span):
            return EntitySpan(span.start, span.end, MISC, span.text, RULE)
        if span.label is not EntityLabel.PERSON and self.deity(span):
            return EntitySpan(span.start, span.end, EntityLabel.PERSON, span.text, RULE)
        if self.institution_noun(span):
            return None
        return span

    def people_noun(self, span: EntitySpan) -> bool:
        """A people called a place (see the module's docstring)."""
        word = span.text
        endings = self.lex.demonym_endings
        if span.label is not EntityLabel.PLACE or not word.isalpha() or not endings:
            return False
        low = word.lower()
        plural = low.endswith(("s", "x"))
        singular = low[:-1] if plural else low
        people = plural or low.endswith(endings)
        ending = low.endswith(endings) or singular.endswith(endings)
        if plural and ending and self._word_before(span) in self.lex.plural_determiners:
            return True  # "les Suédois", "des Vaudois"
        return (
            people
            and singular.endswith((*endings, "e", "é"))
            and self.evidence.used_in_lower_case(word)
        )

    def publication(self, span: EntitySpan) -> bool:
        """An organisation whose name starts with a publication noun ("Gazette de ...")."""
        if span.label is not EntityLabel.ORG or not self.lex.publication_heads:
            return False
        first = span.text.split()[0].lower()
        return first in self.lex.publication_heads

    def deity(self, span: EntitySpan) -> bool:
        """The name of God, capitalised ("Dieu"; not "dieu", "DIEU" in a heading)."""
        word = span.text
        return word[:1].isupper() and not word.isupper() and word.lower() in self.lex.deity_names

    def institution_noun(self, span: EntitySpan) -> bool:
        """An organisation named by one common noun after a definite article."""
        word = span.text
        if (
            span.label is not EntityLabel.ORG
            or self.vocabulary is None
            or not word.isalpha()
            or word.isupper()
            or not word[0].isupper()
        ):
            return False
        return self._word_before(span) in self.lex.definite_articles and self.vocabulary.has(word)

    def _word_before(self, span: EntitySpan) -> str:
        """The word right before ``span`` in lower case ("l" for "l’"), or ""."""
        before = self.text[max(0, span.start - 16) : span.start].rstrip("'’ \u00a0").split()
        return before[-1].lower() if before else ""

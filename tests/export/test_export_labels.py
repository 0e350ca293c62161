"""The words an export adds, in English (the default) or French."""

from __future__ import annotations

from reader.export.html import export_html
from reader.export.labels import ENGLISH, FRENCH, labels_for
from reader.export.markdown import export_highlights_markdown, export_markdown
from reader.export.model import ExportOptions
from tests.export.export_samples import article_document, sample_annotations

FR = ExportOptions(labels="fr")


def test_markdown_in_french() -> None:
    document = article_document(sample_annotations())
    english, french = export_markdown(document), export_markdown(document, FR)
    assert "## Highlights" in english and "## Surlignages" not in english
    assert "## Surlignages" in french and "## Highlights" not in french
    assert "## Surlignages non placés" in french and FRENCH.unplaced_note in french
    assert "[dans le texte](#a-" in french and "- colour: jaune" in french
    assert '<mark class="hl-yellow"' in french  # class names stay: tools read any language
    only = export_highlights_markdown(document, FR)
    assert "# Surlignages: Alibaba ouvre" in only


def test_html_in_french() -> None:
    document = article_document(sample_annotations())
    english, french = export_html(document), export_html(document, FR)
    assert ">Highlights<" in english and ">Surlignages<" in french
    assert 'aria-label="Retour au texte"' in french
    assert '<p class="meta">jaune · ' in french and '<p class="meta">yellow · ' in english
    assert "exporté le " in french and " UTC" in french and "surlignages" in french


def test_counts_and_dates_in_each_language() -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 8, 3, 9, 5, 7, tzinfo=UTC)
    assert FRENCH.exported(moment) == "exporté le 3 août 2026 à 09:05 UTC"
    assert ENGLISH.exported(moment) == "exported August 3, 2026 at 09:05 UTC"
    assert [FRENCH.count(n) for n in (0, 1, 2)] == ["0 surlignage", "1 surlignage", "2 surlignages"]
    assert [ENGLISH.count(n) for n in (0, 1, 2)] == ["0 highlights", "1 highlight", "2 highlights"]


def test_labels_follow_a_language_tag() -> None:
    assert labels_for("fr-CA") is FRENCH and labels_for("fr_FR") is FRENCH
    assert labels_for("de") is ENGLISH and labels_for(None) is ENGLISH

"""Re-anchoring through DocumentService.open when a file changes: shifted, reworded, gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations import Annotation, Colour, quote_at
from reader.core.document import content_hash
from reader.services.annotation_json import annotation_to_json
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from reader.services.reanchoring import ReanchorReport
from reader.services.validation import find_occurrence
from tests.raw_sql import raw_rows
from tests.services.conftest import TEXT


def only_local(services: Services) -> None:
    """Re-anchoring onto a changed file is a local library's: a team library keeps its
    shared text whatever a member's file holds (``test_member_copies``)."""
    if services.team:
        pytest.skip("a team library keeps its shared text when a file changes")


SECOND_LINE = "Alibaba Cloud y installera des serveurs pour ses clients chinois et étrangers.\n"


def annotate(services: Services, doc: OpenedDocument, passage: str, **kwargs: Any) -> Annotation:
    start, end = find_occurrence(TEXT, passage)
    return services.annotations.create(doc.id, start, end, **kwargs).value


def vars_of(report: ReanchorReport) -> tuple[int, int, int]:
    return report.kept, report.moved, report.orphaned


def stored_hashes(library_url: str) -> set[str]:
    return {str(h) for (h,) in raw_rows(library_url, "SELECT content_hash FROM annotations")}


def test_unchanged_file_touches_nothing(
    services: Services, doc: OpenedDocument, doc_path: Path
) -> None:
    a = annotate(services, doc, "Hebei")
    again = services.documents.open(doc_path).value
    assert not again.content_changed
    assert again.reanchor is None
    assert services.annotations.for_document(doc.id) == [a]


def test_text_inserted_before_shifts_the_annotations(
    services: Services, doc: OpenedDocument, doc_path: Path, library_url: str
) -> None:
    only_local(services)
    first = annotate(services, doc, "Jeff Zhang", note="qui", tags=["personne"])
    second = annotate(services, doc, "Alibaba Cloud", colour=Colour.GREEN)
    third = annotate(services, doc, "Reuters")
    lead = "Un chapeau ajouté au début de l'article, avant tout le reste.\n\n"
    new_text = lead + TEXT
    doc_path.write_text(new_text, "utf-8")

    opened = services.documents.open(doc_path).value
    assert opened.content_changed
    assert opened.reanchor == ReanchorReport(kept=0, moved=3, orphaned=0)
    listed = services.annotations.for_document(doc.id)
    assert [a.id for a in listed] == [first.id, second.id, third.id]
    for before, after in zip((first, second, third), listed, strict=True):
        assert (after.start, after.end) == (before.start + len(lead), before.end + len(lead))
        assert new_text[after.start : after.end] == before.quote.exact
        assert after.quote == quote_at(new_text, after.start, after.end)  # new context
        assert (after.colour, after.note, after.tags) == (before.colour, before.note, before.tags)
        assert after.updated == before.updated  # re-anchoring is not an edit
        assert not after.orphan
    assert stored_hashes(library_url) == {content_hash(new_text)}
    assert services.documents.open(doc_path).value.reanchor is None  # done once


def test_text_added_after_keeps_the_annotations(
    services: Services, doc: OpenedDocument, doc_path: Path
) -> None:
    only_local(services)
    a = annotate(services, doc, "Jeff Zhang")
    doc_path.write_text(TEXT + "Un paragraphe ajouté à la fin.\n", "utf-8")
    opened = services.documents.open(doc_path).value
    assert opened.reanchor == ReanchorReport(kept=1, moved=0, orphaned=0)
    assert services.annotations.get(a.id) == a


def test_a_slightly_reworded_passage_is_still_found(
    services: Services, doc: OpenedDocument, doc_path: Path
) -> None:
    only_local(services)
    passage = "Les analystes saluent une stratégie prudente, mais coûteuse"
    a = annotate(services, doc, passage, note="à nuancer")
    reworded = "Les analystes saluaient une stratégie prudente mais coûteuse"
    new_text = "Une phrase de plus.\n" + TEXT.replace(passage, reworded)
    doc_path.write_text(new_text, "utf-8")

    opened = services.documents.open(doc_path).value
    assert opened.reanchor == ReanchorReport(kept=0, moved=1, orphaned=0)
    placed = services.annotations.get(a.id)
    assert not placed.orphan
    assert new_text[placed.start : placed.end] == reworded
    assert placed.quote == quote_at(new_text, placed.start, placed.end)
    assert placed.note == "à nuancer"


def test_a_deleted_passage_leaves_an_orphan_that_comes_back_with_it(
    services: Services, doc: OpenedDocument, doc_path: Path, library_url: str
) -> None:
    only_local(services)
    jeff = annotate(services, doc, "Jeff Zhang")
    gone = annotate(
        services, doc, "installera des serveurs", colour=Colour.RED, note="chiffres ?", tags=["x"]
    )
    reuters = annotate(services, doc, "Reuters")
    cut = TEXT.replace(SECOND_LINE, "")
    doc_path.write_text(cut, "utf-8")

    opened = services.documents.open(doc_path).value
    assert opened.reanchor == ReanchorReport(kept=1, moved=1, orphaned=1)
    listed = services.annotations.for_document(doc.id)
    assert [a.id for a in listed] == [jeff.id, reuters.id, gone.id]  # the orphan last
    orphan = listed[-1]
    assert orphan.orphan
    assert orphan.quote == gone.quote  # what it highlighted, to show the user
    assert (orphan.note, orphan.tags, orphan.colour) == ("chiffres ?", ("x",), Colour.RED)
    as_json = annotation_to_json(orphan)
    assert (as_json["start"], as_json["end"], as_json["orphan"]) == (None, None, True)
    assert as_json["quote"] == "installera des serveurs"

    # Orphans stay orphans while the text stays the same...
    assert services.documents.open(doc_path).value.reanchor is None
    assert services.annotations.get(gone.id).orphan
    # ...another change that does not bring the passage back leaves it an orphan...
    doc_path.write_text(cut + "Encore une ligne.\n", "utf-8")
    assert services.documents.open(doc_path).value.reanchor == ReanchorReport(2, 0, 1)
    # ...and a later version that has the passage again places it again.
    doc_path.write_text("Nouveau titre.\n" + TEXT, "utf-8")
    again = services.documents.open(doc_path).value
    assert again.reanchor == ReanchorReport(kept=0, moved=3, orphaned=0)
    back = services.annotations.get(gone.id)
    assert not back.orphan
    assert ("Nouveau titre.\n" + TEXT)[back.start : back.end] == "installera des serveurs"
    assert stored_hashes(library_url) == {content_hash("Nouveau titre.\n" + TEXT)}


def test_an_orphan_is_reattached_by_moving_it(
    services: Services, doc: OpenedDocument, doc_path: Path
) -> None:
    only_local(services)
    gone = annotate(services, doc, "installera des serveurs", note="garde")
    cut = TEXT.replace(SECOND_LINE, "")
    doc_path.write_text(cut, "utf-8")
    services.documents.open(doc_path)
    assert services.annotations.get(gone.id).orphan
    start, end = find_occurrence(cut, "stratégie prudente")
    moved = services.annotations.move(gone.id, start, end).value
    assert (moved.start, moved.end, moved.orphan, moved.note) == (start, end, False, "garde")
    assert moved.quote == quote_at(cut, start, end)
    assert services.annotations.for_document(doc.id) == [moved]
    assert services.documents.open(doc_path).value.reanchor is None


def test_a_new_process_reanchors_what_an_interrupted_open_left(
    services: Services, doc: OpenedDocument, doc_path: Path, library_url: str
) -> None:
    """Annotations whose hash is not the document's are re-anchored at the next open even
    if the content looks unchanged (e.g. restored from an older copy of the database)."""
    a = annotate(services, doc, "Reuters")
    raw_rows(library_url, "UPDATE annotations SET content_hash = 'old', start = 0, \"end\" = 7")
    opened = services.documents.open(doc_path).value
    assert not opened.content_changed
    assert opened.reanchor == ReanchorReport(kept=0, moved=1, orphaned=0)
    assert services.annotations.get(a.id) == a


def test_many_annotations_through_edits_in_several_places(
    services: Services, tmp_path: Path
) -> None:
    only_local(services)
    paragraphs = [
        f"Paragraphe {n} : le groupe ouvre un centre de données, dit-on (§{n})." for n in range(300)
    ]
    path = tmp_path / "long.txt"
    old_text = "\n".join(paragraphs) + "\n"
    path.write_text(old_text, "utf-8")
    doc = services.documents.open(path).value
    made = {}
    for n in range(0, 300, 3):
        start, end = find_occurrence(old_text, f"centre de données, dit-on (§{n})")
        made[n] = services.annotations.create(doc.id, start, end - len(f" (§{n})")).value
    edited = list(paragraphs)
    edited[10] = "Paragraphe 10 réécrit entièrement, sans rapport."
    edited[151] = edited[151].replace("ouvre", "ferme")
    edited[152] = edited[152].replace("groupe", "groupe chinois")
    del edited[200:203]
    edited.insert(0, "Un titre ajouté.")
    new_text = "\n".join(edited) + "\n"
    path.write_text(new_text, "utf-8")

    opened = services.documents.open(path).value
    assert opened.reanchor is not None
    assert sum(vars_of(opened.reanchor)) == len(made)
    for n, before in made.items():
        if n in (10, 201):  # their passage is gone: the same words elsewhere may be taken
            continue
        after = services.annotations.get(before.id)
        assert not after.orphan, n
        assert new_text[after.start : after.end] == before.quote.exact
        # the same paragraph, not an identical passage in a neighbour
        assert new_text[after.end : after.end + len(f" (§{n})")] == f" (§{n})"

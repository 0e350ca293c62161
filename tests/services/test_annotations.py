"""AnnotationService on both engines (an SQLite file, a PostgreSQL library): each action
saved on return, validation, tags."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.annotations import Annotation, Colour, TextQuote, quote_at
from reader.core.document import content_hash
from reader.core.errors import InputError, NotFoundError
from reader.core.tags import MAX_TAG_LENGTH, TagCount
from reader.services.annotation_json import annotation_to_json
from reader.services.annotations import AnnotationExistsError
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from reader.services.ops import DeleteAnnotations, EditAnnotation, RestoreAnnotations
from reader.services.validation import find_occurrence
from tests.raw_sql import raw_rows
from tests.services.conftest import TEXT


def span(word: str, occurrence: int = 1) -> tuple[int, int]:
    return find_occurrence(TEXT, word, occurrence)


# -- create / get ------------------------------------------------------------------------


def test_create_saves_at_once_with_both_selectors(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    before = datetime.now(UTC)
    start, end = span("Alibaba Cloud")
    a = services.annotations.create(doc.id, start, end, Colour.GREEN, "À vérifier", ["chine"]).value
    assert uuid.UUID(a.id).version == 4
    assert (a.document_id, a.start, a.end) == (doc.id, start, end)
    assert a.quote == quote_at(TEXT, start, end)
    assert a.quote.exact == "Alibaba Cloud"
    assert a.quote.prefix == TEXT[start - 32 : start]
    assert a.quote.suffix == TEXT[end : end + 32]
    assert (a.colour, a.note, a.tags, a.orphan) == (Colour.GREEN, "À vérifier", ("chine",), False)
    assert a.created.tzinfo is not None and a.created.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=1) <= a.created <= datetime.now(UTC)
    assert a.updated == a.created
    # Committed when create() returned: another connection sees it, with the text's hash.
    sql = "SELECT id, exact, colour, note, content_hash, orphan FROM annotations"
    rows = raw_rows(library_url, sql)
    assert rows == [(a.id, "Alibaba Cloud", "green", "À vérifier", content_hash(TEXT), 0)]


def test_get_and_a_new_process_see_the_same_annotation(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    a = services.annotations.create(doc.id, *span("Reuters"), tags=["source"]).value
    assert services.annotations.get(a.id) == a
    again = Services.open(library_url)
    try:
        assert again.annotations.get(a.id) == a
        assert again.annotations.for_document(doc.id) == [a]
    finally:
        again.close()


def test_a_quote_at_the_edges_of_the_text_has_short_context(
    services: Services, doc: OpenedDocument
) -> None:
    first = services.annotations.create(doc.id, 0, 4).value
    assert first.quote == TextQuote("Jeff", "", TEXT[4:36])
    last = services.annotations.create(doc.id, len(TEXT) - 9, len(TEXT)).value
    assert last.quote.suffix == ""
    assert last.quote.exact == "Reuters.\n"


def test_colour_names_are_accepted_in_any_case(services: Services, doc: OpenedDocument) -> None:
    assert services.annotations.create(doc.id, 0, 4, colour="Blue").value.colour is Colour.BLUE


@pytest.mark.parametrize(
    ("selection", "words"),
    [
        ((5, 5), "empty"),
        ((10, 4), "ends before it starts"),
        ((-1, 4), "outside the text"),
        ((0, len(TEXT) + 1), "outside the text"),
        ((4, 5), "only whitespace"),  # the space after "Jeff"
        ((TEXT.index("\n"), TEXT.index("\n") + 1), "only whitespace"),
    ],
)
def test_bad_selections_are_refused(
    services: Services,
    doc: OpenedDocument,
    library_url: str,
    selection: tuple[int, int],
    words: str,
) -> None:
    with pytest.raises(InputError, match=words) as caught:
        services.annotations.create(doc.id, *selection)
    assert "\n" not in str(caught.value)
    assert raw_rows(library_url, "SELECT count(*) FROM annotations") == [(0,)]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"colour": "pink"}, "unknown colour 'pink': choose one of yellow, green"),
        ({"colour": ""}, "unknown colour"),
        ({"tags": [""]}, "a tag cannot be blank"),
        ({"tags": [" \t\n "]}, "a tag cannot be blank"),
        ({"tags": ["ok", "/"]}, "a tag cannot be blank"),
        ({"tags": ["chine//cloud"]}, "empty level"),
        ({"tags": ["chine/ /cloud"]}, "empty level"),
        ({"tags": ["x" * (MAX_TAG_LENGTH + 1)]}, "too long"),
        ({"tags": ["bell\x07"]}, "control characters"),
        ({"note": "bad \udcff byte"}, "not valid Unicode"),
        ({"tags": ["bad \ud800"]}, "not valid Unicode"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(
    services: Services,
    doc: OpenedDocument,
    library_url: str,
    kwargs: dict[str, object],
    words: str,
) -> None:
    with pytest.raises(InputError, match=words) as caught:
        services.annotations.create(doc.id, 0, 4, **kwargs)  # type: ignore[arg-type]
    assert "\n" not in str(caught.value)
    assert raw_rows(library_url, "SELECT count(*) FROM annotations") == [(0,)]
    assert raw_rows(library_url, "SELECT count(*) FROM tags") == [(0,)]


def test_a_tag_of_the_longest_length_is_accepted(services: Services, doc: OpenedDocument) -> None:
    name = "é" * MAX_TAG_LENGTH
    assert services.annotations.create(doc.id, 0, 4, tags=[name]).value.tags == (name,)


def test_unknown_document_and_annotation(services: Services, doc: OpenedDocument) -> None:
    with pytest.raises(NotFoundError, match="no document with id 999"):
        services.annotations.create(999, 0, 4)
    with pytest.raises(NotFoundError):
        services.annotations.for_document(999)
    missing = str(uuid.uuid4())
    for action in (
        lambda: services.annotations.get(missing),
        lambda: services.annotations.edit(missing, note="x"),
        lambda: services.annotations.edit(missing, tags=["x"]),
        lambda: services.annotations.delete([missing]),
        lambda: services.annotations.move(missing, 0, 4).value,
    ):
        with pytest.raises(NotFoundError, match=f"no annotation with id {missing}"):
            action()


def test_for_document_is_in_reading_order(services: Services, doc: OpenedDocument) -> None:
    words = ["Reuters", "Hebei", "Jeff", "Jeff Zhang", "Alibaba", "analystes"]
    created = {w: services.annotations.create(doc.id, *span(w)).value for w in words}
    listed = services.annotations.for_document(doc.id)
    assert [a.quote.exact for a in listed] == [
        "Jeff",
        "Jeff Zhang",
        "Hebei",
        "Alibaba",
        "analystes",
        "Reuters",
    ]
    assert {a.id for a in listed} == {a.id for a in created.values()}
    assert listed[0] == services.annotations.get(listed[0].id)


def test_annotations_of_another_document_are_not_listed(
    services: Services, doc: OpenedDocument, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.txt"
    other_path.write_text("Un tout autre texte, sur un autre sujet, assez long pour la langue.\n")
    other = services.documents.open(other_path).value
    services.annotations.create(other.id, 0, 2, tags=["ailleurs"])
    mine = services.annotations.create(doc.id, 0, 4).value
    assert services.annotations.for_document(doc.id) == [mine]
    assert services.tags.counts(doc.id) == []
    assert services.tags.counts(other.id) == [TagCount("ailleurs", 1)]


# -- update, delete, restore, move -------------------------------------------------------


def test_update_colour_and_note(services: Services, doc: OpenedDocument, library_url: str) -> None:
    a = services.annotations.create(doc.id, 0, 4, note="first").value
    b = services.annotations.edit(a.id, colour=Colour.RED).value
    assert (b.colour, b.note) == (Colour.RED, "first")
    assert b.updated > a.updated and b.created == a.created
    c = services.annotations.edit(a.id, note="second").value
    assert (c.colour, c.note) == (Colour.RED, "second")
    assert raw_rows(library_url, "SELECT colour, note FROM annotations") == [("red", "second")]
    same = services.annotations.edit(a.id, colour="red", note="second")
    assert same.value == c  # nothing changed: not even the time
    assert not same.changes and same.undo is None
    assert services.annotations.edit(a.id, note="").value.note == ""
    with pytest.raises(InputError, match="unknown colour"):
        services.annotations.edit(a.id, colour="mauve")
    assert services.annotations.get(a.id).colour is Colour.RED


def test_colour_note_and_tags_are_one_operation(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    a = services.annotations.create(doc.id, 0, 4, Colour.BLUE, "avant", ["ancien"]).value
    edited = services.annotations.edit(a.id, colour="red", note="après", tags=["neuf"])
    assert (edited.value.colour, edited.value.note, edited.value.tags) == (
        Colour.RED,
        "après",
        ("neuf",),
    )
    assert edited.changes.annotations == {a.id} and edited.changes.tags
    assert services.tags.counts() == [TagCount("neuf", 1)]  # "ancien" is gone
    # A refused tag refuses the whole edit: colour and note stay as they were.
    with pytest.raises(InputError, match="too long"):
        services.annotations.edit(a.id, colour="green", note="jamais", tags=["x" * 200])
    assert raw_rows(library_url, "SELECT colour, note FROM annotations") == [("red", "après")]
    undone = edited.undo.run(services)  # type: ignore[union-attr]
    assert (undone.value.colour, undone.value.note, undone.value.tags) == (
        Colour.BLUE,
        "avant",
        ("ancien",),
    )
    assert isinstance(undone.undo, EditAnnotation)
    assert undone.undo.run(services).value.tags == ("neuf",)  # redo


def test_delete_returns_what_restore_brings_back(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    a = services.annotations.create(doc.id, *span("Hebei"), Colour.PURPLE, "note", ["lieu"]).value
    a = services.annotations.edit(a.id, note="edited").value
    result = services.annotations.delete([a.id])
    assert result.value == (a,)
    assert isinstance(result.undo, RestoreAnnotations)
    assert services.annotations.for_document(doc.id) == []
    assert services.tags.counts() == []  # its only tag went with it
    with pytest.raises(NotFoundError):
        services.annotations.get(a.id)
    [restored] = result.undo.run(services).value
    assert restored == a  # same id, timestamps, colour, note, tags, place
    assert services.annotations.get(a.id) == a
    assert services.tags.counts() == [TagCount("lieu", 1)]
    with pytest.raises(AnnotationExistsError, match="exists already"):
        services.annotations.restore([a])
    assert raw_rows(library_url, "SELECT count(*) FROM annotations") == [(1,)]


def test_restore_of_an_imported_annotation_places_it_in_the_current_text(
    services: Services, doc: OpenedDocument
) -> None:
    start, end = span("Alibaba Cloud")
    imported = Annotation(
        id=str(uuid.uuid4()),
        document_id=doc.id,
        start=start + 40,  # made on another version of the text
        end=end + 40,
        quote=TextQuote("Alibaba Cloud", "", ""),
        colour=Colour.ORANGE,
        note="importée",
        tags=("Chine",),
        created=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        updated=datetime(2025, 1, 3, 3, 4, 5, tzinfo=UTC),
    )
    [restored] = services.annotations.restore([imported]).value
    assert (restored.start, restored.end, restored.orphan) == (start, end, False)
    assert restored.quote == quote_at(TEXT, start, end)
    assert (restored.created, restored.updated) == (imported.created, imported.updated)
    lost = replace(imported, id=str(uuid.uuid4()), quote=TextQuote("pas dans le texte", "", ""))
    assert services.annotations.restore([lost]).value[0].orphan
    with pytest.raises(InputError, match="not an annotation id"):
        services.annotations.restore([replace(imported, id="nope")])
    with pytest.raises(NotFoundError):
        services.annotations.restore([replace(imported, id=str(uuid.uuid4()), document_id=999)])


def test_a_failing_restore_saves_none_of_them(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    good = services.annotations.create(doc.id, *span("Hebei")).value
    services.annotations.delete([good.id])
    bad = replace(good, id=str(uuid.uuid4()), tags=("",))
    with pytest.raises(InputError, match="blank"):
        services.annotations.restore([good, bad])
    assert raw_rows(library_url, "SELECT count(*) FROM annotations") == [(0,)]


def test_move_attaches_to_another_selection(services: Services, doc: OpenedDocument) -> None:
    a = services.annotations.create(doc.id, *span("Jeff"), note="qui ?").value
    result = services.annotations.move(a.id, *span("Reuters"))
    moved = result.value
    assert moved.quote == quote_at(TEXT, *span("Reuters"))
    assert (moved.note, moved.orphan) == ("qui ?", False)
    assert moved.updated > a.updated
    with pytest.raises(InputError, match="only whitespace"):
        services.annotations.move(a.id, 4, 5)
    assert services.annotations.get(a.id) == moved
    assert result.undo is not None
    [back] = result.undo.run(services).value
    assert (back.start, back.end, back.note) == (a.start, a.end, "qui ?")


# -- tags ---------------------------------------------------------------------------------


def test_tags_are_shared_case_insensitively_in_their_first_spelling(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    a = services.annotations.create(doc.id, 0, 4, tags=["Chine", "chine", "CHINE/Cloud"]).value
    assert a.tags == ("Chine", "CHINE/Cloud")
    b = services.annotations.create(doc.id, 5, 10, tags=["chine", "chine/cloud", "Été"]).value
    assert b.tags == ("Chine", "CHINE/Cloud", "Été")
    c = services.annotations.create(
        doc.id, 12, 20, tags=["ÉTÉ"]
    ).value  # not ASCII: NOCASE would miss it
    assert c.tags == ("Été",)
    decomposed = services.annotations.edit(c.id, tags=["Été", "e\u0301te\u0301"]).value
    assert decomposed.tags == ("Été",)  # same letters, other form: one tag
    assert raw_rows(library_url, "SELECT count(*) FROM tags") == [(3,)]
    assert services.tags.counts() == [
        TagCount("Chine", 2),
        TagCount("CHINE/Cloud", 2),
        TagCount("Été", 2),
    ]


def test_replacing_tags(services: Services, doc: OpenedDocument) -> None:
    a = services.annotations.create(doc.id, 0, 4, tags=["b", "a"]).value
    assert a.tags == ("a", "b")
    b = services.annotations.edit(a.id, tags=["c", " b "]).value
    assert b.tags == ("b", "c") and b.updated > a.updated
    assert services.tags.counts() == [TagCount("b", 1), TagCount("c", 1)]  # "a" is gone
    same = services.annotations.edit(a.id, tags=["C", "B"])
    assert same.value == b and same.undo is None  # same tags: no change
    with pytest.raises(InputError, match="blank"):
        services.annotations.edit(a.id, tags=["  "])
    e = services.annotations.edit(a.id, tags=[]).value
    assert e.tags == ()
    assert services.tags.counts() == []


def test_a_tag_used_elsewhere_survives_its_removal_here(
    services: Services, doc: OpenedDocument
) -> None:
    a = services.annotations.create(doc.id, 0, 4, tags=["x"]).value
    b = services.annotations.create(doc.id, 5, 10, tags=["x"]).value
    services.annotations.edit(a.id, tags=[])
    assert services.tags.counts() == [TagCount("x", 1)]
    services.annotations.delete([b.id])
    assert services.tags.counts() == []


def test_rename_tag(services: Services, doc: OpenedDocument) -> None:
    a = services.annotations.create(doc.id, 0, 4, tags=["chine", "chine/cloud"]).value
    assert services.tags.rename("CHINE", "Chine").value == TagCount("Chine", 1)
    result = services.tags.rename("chine", " asie ")
    assert result.value == TagCount("asie", 1)
    assert result.changes.annotations == {a.id} and result.changes.tags
    renamed = services.annotations.get(a.id)
    assert renamed.tags == ("asie", "chine/cloud")  # only that tag, not its children
    assert renamed.updated > a.updated
    assert result.undo is not None
    result.undo.run(services)
    assert services.annotations.get(a.id).tags == ("Chine", "chine/cloud")
    with pytest.raises(NotFoundError, match="no tag named 'inconnu'"):
        services.tags.rename("inconnu", "x")
    with pytest.raises(InputError, match="blank"):
        services.tags.rename("Chine", "")


def test_renaming_onto_an_existing_tag_merges_and_undo_splits_again(
    services: Services, doc: OpenedDocument
) -> None:
    a = services.annotations.create(doc.id, 0, 4, tags=["Personne"]).value
    b = services.annotations.create(doc.id, 5, 10, tags=["people"]).value
    c = services.annotations.create(doc.id, 12, 20, tags=["people", "personne"]).value
    result = services.tags.rename("people", "PERSONNE")
    assert result.value == TagCount("Personne", 3)
    for item in (a, b, c):
        assert services.annotations.get(item.id).tags == ("Personne",)
    assert services.tags.counts() == [TagCount("Personne", 3)]
    assert result.undo is not None
    redo = result.undo.run(services).undo
    assert [services.annotations.get(i.id).tags for i in (a, b, c)] == [
        ("Personne",),
        ("people",),
        ("people", "Personne"),
    ]
    assert redo is not None
    redo.run(services)
    assert services.tags.counts() == [TagCount("Personne", 3)]


def test_merge_tags(services: Services, doc: OpenedDocument) -> None:
    a = services.annotations.create(doc.id, 0, 4, tags=["pékin", "beijing"]).value
    b = services.annotations.create(doc.id, 5, 10, tags=["Peking", "autre"]).value
    merged = services.tags.merge(["beijing", "peking", "pékin"], "Pékin")
    assert merged.value == TagCount("pékin", 2)
    assert services.annotations.get(a.id).tags == ("pékin",)
    assert services.annotations.get(b.id).tags == ("autre", "pékin")
    assert services.tags.merge(["autre"], "chine/pékin").value == TagCount("chine/pékin", 1)
    assert services.tags.counts() == [TagCount("chine/pékin", 1), TagCount("pékin", 2)]
    with pytest.raises(NotFoundError):
        services.tags.merge(["pékin", "absent"], "x")
    assert services.tags.counts() == [TagCount("chine/pékin", 1), TagCount("pékin", 2)]
    with pytest.raises(InputError, match="at least one"):
        services.tags.merge([], "x")


def test_delete_tag_keeps_the_annotations_and_is_undone(
    services: Services, doc: OpenedDocument
) -> None:
    a = services.annotations.create(doc.id, 0, 4, tags=["x", "y"]).value
    b = services.annotations.create(doc.id, 5, 10, tags=["X"]).value
    result = services.tags.delete(["x"])
    assert result.value == 2
    assert services.annotations.get(a.id).tags == ("y",)
    assert services.annotations.get(b.id).tags == ()
    assert services.annotations.get(b.id).updated > b.updated
    assert services.tags.counts() == [TagCount("y", 1)]
    with pytest.raises(NotFoundError):
        services.tags.delete(["x"])
    assert result.undo is not None
    result.undo.run(services)
    assert services.annotations.get(a.id).tags == ("x", "y")
    assert services.annotations.get(b.id).tags == ("x",)  # the first spelling


def test_every_operation_says_what_it_changed_and_its_undo(
    services: Services, doc: OpenedDocument
) -> None:
    created = services.annotations.create(doc.id, *span("Hebei"), tags=["lieu"])
    assert created.changes.document_id == doc.id
    assert created.changes.annotations == {created.value.id}
    assert created.changes.tags
    assert isinstance(created.undo, DeleteAnnotations)
    deleted = created.undo.run(services)
    assert services.annotations.for_document(doc.id) == []
    assert isinstance(deleted.undo, RestoreAnnotations)
    deleted.undo.run(services)  # redo
    assert services.annotations.for_document(doc.id) == [created.value]


# -- Unicode -------------------------------------------------------------------------------

NOTES = [
    "Emoji 😀👩‍👩‍👧 et drapeau 🇫🇷",
    "עברית מימין לשמאל, mêlé de français, et العربية",
    "lignes\nmultiples\r\net\ttabulations\t",
    "  espaces autour  ",
    "combinés: e\u0301 vs é, zéro largeur\u200b, NBSP\u00a0fin",
    "中文笔记，日本語のメモ、한국어 메모",
    "",
]


def test_notes_and_tags_keep_any_unicode_exactly(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    tags = ["😀", "עברית", "中国/云", "e\u0301té", "Ωmega"]
    ids = [
        services.annotations.create(doc.id, i, i + 3, note=note, tags=tags).value.id
        for i, note in enumerate(NOTES)
    ]
    again = Services.open(library_url)
    try:
        for annotation_id, note in zip(ids, NOTES, strict=True):
            saved = again.annotations.get(annotation_id)
            assert saved.note == note
            assert set(saved.tags) == set(tags)
            as_json = annotation_to_json(saved)
            assert as_json["note"] == note
            assert set(as_json["tags"]) == set(tags)
        updated = again.annotations.edit(ids[0], note=NOTES[1] + "\n" + NOTES[0]).value
        assert again.annotations.get(ids[0]).note == updated.note == NOTES[1] + "\n" + NOTES[0]
    finally:
        again.close()
    assert {name for (name,) in raw_rows(library_url, "SELECT name FROM tags")} == set(tags)


def test_json_shape(services: Services, doc: OpenedDocument) -> None:
    a = services.annotations.create(doc.id, *span("Hebei"), "blue", "n", ["t2", "t1"]).value
    as_json = annotation_to_json(a)
    assert list(as_json) == [
        "id",
        "start",
        "end",
        "quote",
        "color",
        "note",
        "tags",
        "orphan",
        "created",
        "updated",
    ]
    assert as_json["tags"] == ["t1", "t2"]
    assert (as_json["start"], as_json["end"], as_json["quote"]) == (*span("Hebei"), "Hebei")
    assert as_json["color"] == "blue"
    assert as_json["orphan"] is False
    created = as_json["created"]
    assert created.endswith("Z")
    parsed = datetime.fromisoformat(created.replace("Z", "+00:00"))
    assert abs(parsed - a.created) < timedelta(milliseconds=1)


def test_find_occurrence() -> None:
    text = "aa bb aa bb aaa"
    assert find_occurrence(text, "aa") == (0, 2)
    assert find_occurrence(text, "aa", 3) == (12, 14)  # non-overlapping, like a search
    with pytest.raises(InputError, match="occurs only 3 times"):
        find_occurrence(text, "aa", 4)
    with pytest.raises(InputError, match="does not occur"):
        find_occurrence(text, "cc")
    with pytest.raises(InputError, match="counts from 1"):
        find_occurrence(text, "aa", 0)
    with pytest.raises(InputError, match="empty"):
        find_occurrence(text, "")
    with pytest.raises(InputError) as caught:
        find_occurrence(text, "two\nlines")
    assert "\n" not in str(caught.value)

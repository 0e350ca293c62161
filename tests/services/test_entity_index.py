"""The Index on a real SQLite library with several documents recognised by the real
pipeline: counts, grouping, filters, mentions in context, the user's choices (undoable,
surviving a re-recognition) and incremental upkeep."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.core.entities import EntityLabel
from reader.core.errors import InputError, NotFoundError
from reader.services.app import Services
from reader.services.entity_index import IndexEntry, SortBy
from reader.services.index_ops import (
    HideEntry,
    HighlightMentions,
    MergeEntries,
    RenameEntry,
    SplitEntry,
)
from reader.services.ops import Op, SetInLibrary

FIRST = (
    "M. Emmanuel Macron a reçu Jeff Zhang à l'Élysée. Zhang est venu de Pékin avec Alibaba."
    " Macron a parlé d’Alibaba.\n"
)
SECOND = "Le président Macron visite Pékin. Alibaba répond.\n"


def add(services: Services, path: Path, text: str) -> int:
    path.write_text(text, "utf-8")
    document_id = services.documents.open(path).value.id
    services.entities.recognise(document_id)
    return document_id


@pytest.fixture
def library(services: Services, tmp_path: Path) -> tuple[int, int]:
    return add(services, tmp_path / "a.txt", FIRST), add(services, tmp_path / "b.txt", SECOND)


def by_name(services: Services, **options: object) -> dict[str, IndexEntry]:
    return {e.name: e for e in services.index.entries(**options)}  # type: ignore[arg-type]


def run(services: Services, op: Op[Any]) -> Op[Any]:
    result = op.run(services)
    assert result.undo is not None
    return result.undo


def test_one_name_one_entry_across_documents(services: Services, library: tuple[int, int]) -> None:
    entries = by_name(services)
    macron = entries["Emmanuel Macron"]
    assert (macron.label, macron.mentions, macron.documents) == (EntityLabel.PERSON, 3, 2)
    assert macron.aliases == ("Macron",)  # "M. Macron", "le président Macron" folded
    assert (entries["Jeff Zhang"].mentions, entries["Jeff Zhang"].aliases) == (2, ("Zhang",))
    assert (entries["Alibaba"].mentions, entries["Alibaba"].documents) == (3, 2)  # d’Alibaba
    assert entries["Pékin"].documents == 2
    assert "Macron" not in entries and "Zhang" not in entries


def test_sorting_filtering_and_one_document(services: Services, library: tuple[int, int]) -> None:
    names = [e.name for e in services.index.entries(sort=SortBy.NAME)]
    assert names == sorted(names, key=str.casefold)
    counts = [e.mentions for e in services.index.entries(sort=SortBy.MENTIONS)]
    assert counts == sorted(counts, reverse=True)
    assert [e.name for e in services.index.entries(text="PEKIN")] == ["Pékin"]
    assert [e.name for e in services.index.entries(text="elysee")] == ["Élysée"]
    assert {e.label for e in services.index.entries(labels={EntityLabel.PLACE})} == {
        EntityLabel.PLACE
    }
    second = by_name(services, document_id=library[1])
    assert "Jeff Zhang" not in second and second["Emmanuel Macron"].mentions == 1


def test_every_mention_in_context_with_the_highlights_over_it(
    services: Services, library: tuple[int, int]
) -> None:
    first, _second = library
    start = FIRST.index("Zhang est")
    services.annotations.create(first, start, start + 5, note="le même ?")
    zhang = services.index.find("jeff zhang")
    mentions = services.index.mentions(zhang.id)
    assert [(m.text, m.start) for m in mentions] == [
        ("Jeff Zhang", FIRST.index("Jeff")),
        ("Zhang", start),
    ]
    assert mentions[0].context.startswith("M. Emmanuel Macron a reçu Jeff Zhang à")
    assert mentions[0].highlights == () and mentions[1].highlights[0].note == "le même ?"
    for m in services.index.mentions(services.index.find("Macron").id):
        assert m.before + m.text + m.after == m.context and m.text in {"Emmanuel Macron", "Macron"}


def test_merge_split_rename_hide_are_undoable(services: Services, library: tuple[int, int]) -> None:
    entries = by_name(services)
    undo = run(services, MergeEntries((entries["Élysée"].id,), entries["Pékin"].id))
    merged = by_name(services)["Pékin"]
    assert (merged.mentions, merged.aliases) == (3, ("Élysée",)) and "Élysée" not in by_name(
        services
    )
    run(services, undo)
    assert by_name(services)["Élysée"].mentions == 1 and by_name(services)["Pékin"].mentions == 2

    undo = run(services, SplitEntry(entries["Jeff Zhang"].id))
    split = by_name(services)
    assert split["Jeff Zhang"].mentions == 1 and split["Zhang"].mentions == 1
    run(services, undo)
    assert by_name(services)["Jeff Zhang"].mentions == 2

    undo = run(services, RenameEntry(entries["Emmanuel Macron"].id, "Emmanuel  Macron (président)"))
    assert by_name(services)["Emmanuel Macron (président)"].mentions == 3
    run(services, undo)
    undo = run(services, HideEntry(entries["Alibaba"].id))
    assert "Alibaba" not in by_name(services)
    assert by_name(services, include_hidden=True)["Alibaba"].hidden
    run(services, undo)
    assert set(by_name(services)) == set(entries)


def test_choices_survive_a_re_recognition_and_apply_to_new_documents(
    services: Services, library: tuple[int, int], tmp_path: Path
) -> None:
    entries = by_name(services)
    MergeEntries((entries["Élysée"].id,), entries["Pékin"].id).run(services)
    SplitEntry(entries["Jeff Zhang"].id).run(services)
    add(services, tmp_path / "a.txt", "Une phrase de plus.\n" + FIRST)  # new text, recognised again
    add(services, tmp_path / "c.txt", "Jeff Zhang est à l'Élysée. Zhang rit.\n")
    after = by_name(services)
    assert after["Pékin"].aliases == ("Élysée",) and "Élysée" not in after
    assert after["Jeff Zhang"].mentions == 2 and after["Zhang"].mentions == 2


def test_the_index_follows_corrections_removals_and_only_redoes_one_document(
    services: Services, library: tuple[int, int]
) -> None:
    first, second = library
    with services.uow.read() as store:
        before = store.entity_index.states()
    start = SECOND.index("Alibaba")
    services.entities.correct(second, start, start + len("Alibaba"), None)  # not an entity here
    assert by_name(services)["Alibaba"].documents == 1
    with services.uow.read() as store:
        assert store.entity_index.states()[first] == before[first]
    SetInLibrary(second, in_library=False).run(services)
    assert by_name(services)["Pékin"].documents == 1
    assert services.index.stale_documents() == []
    services.library.remove(first, delete_annotations=True)
    assert services.index.entries() == []


def test_refresh_indexes_documents_recognised_before_the_index(
    services: Services, library: tuple[int, int]
) -> None:
    expected = services.index.entries()
    with services.uow.write() as store:
        for document_id in library:
            store.entity_index.drop_document(document_id)
    assert services.index.entries() == [] and services.index.stale_documents() == sorted(library)
    assert services.index.refresh() == 2
    assert services.index.entries() == expected


def test_highlight_every_mention_then_undo(services: Services, library: tuple[int, int]) -> None:
    first, _second = library
    macron = services.index.find("macron")
    services.annotations.create(first, FIRST.index("Macron a parlé"), FIRST.index(" a parlé"))
    result = HighlightMentions(macron.id, first, "green", ("politique",)).run(services)
    assert [a.quote.exact for a in result.value] == ["Emmanuel Macron"]  # the other is highlighted
    assert result.value[0].tags == ("politique",)
    assert result.undo is not None
    result.undo.run(services)
    assert len(services.annotations.for_document(first)) == 1


def test_export_mentions_as_markdown_and_csv(
    services: Services, library: tuple[int, int], tmp_path: Path
) -> None:
    macron = services.index.find("Macron")
    markdown = services.index_choices.export(macron.id, "md", tmp_path / "macron.md")
    assert (tmp_path / "macron.md").read_text("utf-8") == markdown
    assert markdown.startswith("# Emmanuel Macron\n\nPERSON · 3 mentions in 2 documents\n")
    assert "> M. **Emmanuel Macron** a reçu" in markdown
    assert f"#char={FIRST.index('Emmanuel')},{FIRST.index(' a reçu')}>" in markdown
    lines = services.index_choices.export(macron.id, "csv").splitlines()
    assert lines[0] == "document,path,start,end,text,context" and len(lines) == 4


def test_user_errors_are_refused_and_change_nothing(
    services: Services, library: tuple[int, int]
) -> None:
    alibaba = services.index.find("alibaba")
    with pytest.raises(InputError):
        services.index_choices.merge((alibaba.id,), alibaba.id)
    with pytest.raises(InputError, match="nothing to split"):
        services.index_choices.split(alibaba.id)
    with pytest.raises(NotFoundError):
        services.index.find("Personne")
    with pytest.raises(NotFoundError):
        services.index_choices.hide(10_000)
    with pytest.raises(InputError):
        services.index_choices.export(alibaba.id, "pdf")
    assert by_name(services)["Alibaba"] == alibaba

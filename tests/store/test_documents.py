"""Recording opened documents through the services, on both engines."""

from pathlib import Path

import pytest

from reader.services.app import Services


def test_same_file_finds_the_same_record(library_url: str, sample_path: Path) -> None:
    services = Services.open(library_url)
    first = services.documents.open(sample_path).value
    second = services.documents.open(sample_path).value
    assert first.id == second.id
    assert first.language == "fr"
    assert not second.content_changed
    recent = services.documents.recent()
    assert [r.id for r in recent] == [first.id]
    assert recent[0].title == "Alibaba ouvre ses centres de données du Hebei"
    services.close()


def test_a_changed_file_updates_its_record(library_url: str, tmp_path: Path) -> None:
    if "://" in library_url:
        pytest.skip("a team library keeps its text when a file changes (test_member_copies)")
    path = tmp_path / "doc.txt"
    path.write_text("The first version of this English text is long enough to detect.\n")
    services = Services.open(library_url)
    first = services.documents.open(path).value
    path.write_text("The second version of this English text is long enough to detect.\n")
    second = services.documents.open(path).value
    assert second.id == first.id
    assert second.content_changed
    assert second.document.text.startswith("The second")
    services.close()


def test_record_survives_a_new_process(library_url: str, sample_path: Path) -> None:
    services = Services.open(library_url)
    opened = services.documents.open(sample_path).value
    services.close()
    again = Services.open(library_url)
    assert [r.id for r in again.documents.recent()] == [opened.id]
    again.close()


def test_list_numbers_and_task_states_are_kept_in_the_record(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "liste.md"
    path.write_text(
        "57. cinquante-sept\n58. cinquante-huit\n\n- [x] fait\n- [ ] à faire\n", "utf-8"
    )
    opened = services.documents.open(path).value
    stored = services.documents.stored(opened.id)
    assert stored.blocks == opened.document.blocks
    assert [(b.number, b.checked) for b in stored.blocks] == [
        (57, None),
        (58, None),
        (None, True),
        (None, False),
    ]

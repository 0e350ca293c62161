"""Entity corrections follow their words when the file changes, and survive upgrades."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text as sql

from reader.core.entities import EntityLabel
from reader.services.app import Services
from reader.store.schema import migrate
from tests.conftest import NewEngine

TEXT = (
    "Le groupe Alibaba a ouvert deux centres dans la province du Hebei, au nord de la Chine.\n"
    "Son rival JD.com est basé à Beijing, selon le directeur Jeff Zhang.\n"
)


def labels(services: Services, document_id: int) -> dict[str, EntityLabel]:
    view = services.entities.cached(document_id) or services.entities.recognise(document_id)
    return {s.text: s.label for s in view.spans}


def test_a_correction_follows_its_words_and_goes_with_them(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, "utf-8")
    opened = services.documents.open(path).value
    start = TEXT.index("Beijing")
    services.entities.correct(opened.id, start, start + len("Beijing"), EntityLabel.ORG)
    assert labels(services, opened.id)["Beijing"] is EntityLabel.ORG

    path.write_text("Une phrase ajoutée en tête du texte.\n" + TEXT, "utf-8")
    moved = services.documents.open(path).value
    assert labels(services, moved.id)["Beijing"] is EntityLabel.ORG  # followed the shift
    if services.team:  # the shared text stays, and the correction with it
        assert moved.document.text == TEXT and moved.copy is not None
        return
    new_text = moved.document.text
    assert new_text[start : start + 7] != "Beijing"  # the old range holds other words now

    path.write_text(TEXT.replace("basé à Beijing", "basé au sud"), "utf-8")
    gone = services.documents.open(path).value
    view = services.entities.cached(gone.id) or services.entities.recognise(gone.id)
    assert all(span.source != "user" for span in view.spans)  # dropped, not misplaced


@pytest.mark.sqlite_only("an SQLite library of revision 0004: team libraries start at 0013")
def test_upgrade_fills_in_the_corrected_words(db_path: Path, new_engine: NewEngine) -> None:
    engine = new_engine(f"sqlite:///{db_path}")
    migrate(engine, "0004")
    with engine.begin() as connection:
        connection.execute(
            sql(
                "INSERT INTO documents (id, path, title, format, content_hash, text,"
                " word_count, created, updated, opened) VALUES (1, '/a.txt', 'A', 'text',"
                " 'h', :text, 10, '2026-01-01', '2026-01-01', '2026-01-01')"
            ),
            {"text": "😀 Jeff Zhang à Beijing"},
        )
        connection.execute(
            sql(
                'INSERT INTO entity_corrections (document_id, start, "end", label, created)'
                " VALUES (1, 15, 22, 'ORG', '2026-01-01')"
            )
        )
    migrate(engine)
    with engine.connect() as connection:
        exact = connection.execute(sql("SELECT exact FROM entity_corrections")).scalar()
    assert exact == "Beijing"  # code points, the emoji counted as one


def test_marking_a_selection_snaps_it_to_whole_words(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, "utf-8")
    opened = services.documents.open(path).value
    start = TEXT.index("Beijing")
    # A drag from inside "Beijing" to inside "selon", with the space after it.
    result = services.entities.correct(
        opened.id, start + 2, start + len("Beijing, se"), EntityLabel.PLACE, snap=True
    )
    assert labels(services, opened.id)["Beijing, selon"] is EntityLabel.PLACE
    assert result.undo is not None
    services.entities.correct(opened.id, start + 2, start + 5, EntityLabel.ORG)  # unsnapped
    assert labels(services, opened.id)["iji"] is EntityLabel.ORG

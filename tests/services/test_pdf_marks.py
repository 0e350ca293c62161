"""A PDF's own annotations (made in another viewer) become reader annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations import Colour
from reader.formats.pdf import PdfFile
from reader.formats.pdf_marks import nearest_colour, read_marks
from reader.services.app import Services
from reader.services.ops import ImportPdfMarks
from reader.services.pdf_marks import PdfMarkSurvey
from tests.cli.runner import reader
from tests.formats.pdf_samples import annotated_article

pytestmark = pytest.mark.usefixtures("qapp")


def test_marks_are_read_from_the_file(tmp_path: Path) -> None:
    path = annotated_article(tmp_path)
    with PdfFile(path) as pdf:
        marks = read_marks(pdf)
    assert [(m.page, m.kind, m.note) for m in marks] == [
        (0, "highlight", "Où exactement ?"),
        (1, "underline", ""),
        (1, "note", "Vérifier la source"),
    ]
    assert len(marks[0].areas) == 2 and marks[0].colour == (255, 255, 0)


def test_marks_become_annotations_on_the_text_under_them(
    services: Services, tmp_path: Path
) -> None:
    path = annotated_article(tmp_path)
    opened = services.documents.open(path).value
    assert services.pdf_marks.survey(opened.id, opened.document) == PdfMarkSurvey(3, 0)
    report = services.pdf_marks.import_marks(opened.id, opened.document).value
    assert (report.imported, report.skipped, report.unanchored) == (3, 0, 0)
    found = [
        (a.quote.exact, a.colour, a.note) for a in services.annotations.for_document(opened.id)
    ]
    assert found == [
        ("province du Hebei", Colour.YELLOW, "Où exactement ?"),
        ("Le froid comme ressource", Colour.GREEN, ""),
        ("Tencent", Colour.RED, "Vérifier la source"),
    ]
    again = services.pdf_marks.import_marks(opened.id, opened.document)
    assert (again.value.imported, again.value.skipped) == (0, 3)
    assert again.undo is None and not again.changes  # nothing done, nothing to undo
    assert services.pdf_marks.survey(opened.id, opened.document) == PdfMarkSurvey(3, 3)


def test_importing_is_one_operation_that_undo_takes_back(
    services: Services, tmp_path: Path
) -> None:
    opened = services.documents.open(annotated_article(tmp_path)).value
    result = ImportPdfMarks(opened.id, opened.document).run(services)
    ids = {a.id for a in services.annotations.for_document(opened.id)}
    assert len(ids) == 3 and result.changes.annotations == ids
    assert result.undo is not None
    result.undo.run(services)
    assert services.annotations.for_document(opened.id) == []


def test_colours_go_to_the_nearest_highlight_colour() -> None:
    assert nearest_colour((250, 220, 60)) is Colour.YELLOW
    assert nearest_colour((120, 190, 250)) is Colour.BLUE
    assert nearest_colour((255, 160, 80)) is Colour.ORANGE
    assert nearest_colour(None) is Colour.YELLOW


@pytest.mark.slow
def test_the_cli_imports_them(tmp_path: Path) -> None:
    path = annotated_article(tmp_path)
    db = tmp_path / "cli.sqlite3"
    first = reader("import-pdf-annotations", str(path), db=db)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "3 imported, 0 skipped (already present)"
    second = reader("import-pdf-annotations", str(path), db=db)
    assert second.stdout.strip() == "0 imported, 3 skipped (already present)"

"""PDF documents: canonical text from the text layer, boxes, metadata, bad input.

The PDFs are written by the tests with Qt's QPdfWriter (a real text layer), so
every test that builds one takes pytest-qt's ``qapp``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import BlockKind
from reader.core.errors import Cancelled, DocumentError, PasswordRequired
from reader.formats import SUPPORTED_SUFFIXES, file_limit, load_document
from reader.formats.pdf import MAX_PDF_BYTES, PdfFile, scan_warning
from tests.cli.runner import reader
from tests.formats.checks import assert_well_formed
from tests.formats.pdf_samples import HEADER, TEXT, TITLE, article_pdf
from tests.formats.pdfs import (
    Page,
    encrypt,
    restore_emoji_mapping,
    write_flowing,
    write_image_only,
    write_pages,
    write_turned,
    write_with_outline,
)

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return article_pdf(tmp_path / "article.pdf")


def test_two_columns_read_in_order_with_paragraphs_hyphens_and_headings(article: Path) -> None:
    doc = load_document(article)
    assert_well_formed(doc)
    assert doc.format == "pdf"
    assert doc.text == TEXT.replace(" 😀", "")  # Qt's writer drops the emoji's mapping
    kinds = [(b.kind, b.level) for b in doc.blocks]
    assert kinds[0] == (BlockKind.HEADING, 1)
    assert kinds[4] == (BlockKind.HEADING, 2)
    assert all(k == BlockKind.PARAGRAPH for k, _ in kinds[1:4] + kinds[5:])
    assert [e.title for e in doc.toc] == [TITLE, "Le froid comme ressource"]


def test_running_headers_and_page_numbers_are_not_text(article: Path) -> None:
    doc = load_document(article)
    assert HEADER not in doc.text
    assert not any(line.strip().isdigit() for line in doc.text.split("\n"))
    assert doc.metadata["pages"] == "3"


def test_metadata_from_the_file(article: Path) -> None:
    doc = load_document(article)
    assert doc.title == "Centres de données"
    assert doc.author == "Léa Dupont"
    assert doc.source == article.resolve()


def test_every_code_point_has_its_box_on_its_page(article: Path) -> None:
    doc = load_document(article)
    pages = doc.pages
    assert pages is not None and len(pages) == 3
    assert pages.pages[0].start == 0 and pages.pages[-1].end == len(doc.text)
    for before, after in zip(pages.pages, pages.pages[1:], strict=False):
        assert before.end == after.start
    boxed = 0
    for page in pages.pages:
        for offset in range(page.start, page.end):
            box = page.box(offset)
            if doc.text[offset] in " \n":
                continue  # reader's own spaces and line breaks have no box
            assert box is not None, (offset, doc.text[offset])
            assert 0 <= box.left < box.right <= page.width
            assert 0 <= box.top < box.bottom <= page.height
            boxed += 1
    assert boxed > 400
    # "suit en hiver" ends on page 2 a paragraph begun on page 1
    assert pages.page_of(doc.text.index("poursuit")) == 0
    assert pages.page_of(doc.text.index("en hiver")) == 1


def test_boxes_follow_the_columns(article: Path) -> None:
    doc = load_document(article)
    assert doc.pages is not None
    page = doc.pages.pages[0]
    left = page.box(doc.text.index("Alibaba a ouvert"))
    right = page.box(doc.text.index("Le porte-monnaie des"))
    assert left is not None and right is not None
    assert left.left < page.width / 2 < right.left
    assert right.top < page.box(doc.text.index("éolienne")).top  # type: ignore[union-attr]
    # one word, one rectangle, and a point inside a letter finds that letter again
    start = doc.text.index("Zhangbei")
    rects = list(doc.pages.rects(start, start + len("Zhangbei")))
    assert len(rects) == 1 and rects[0][0] == 0
    z = page.box(start)
    assert z is not None
    assert page.offset_at(z.left + 0.2 * z.width, (z.top + z.bottom) / 2) == start
    assert page.offset_at(z.left + 0.8 * z.width, (z.top + z.bottom) / 2) == start + 1


def test_a_hyphenated_word_across_lines_gets_two_rectangles(article: Path) -> None:
    doc = load_document(article)
    assert doc.pages is not None
    start = doc.text.index("province")
    rects = list(doc.pages.rects(start, start + len("province")))
    assert len(rects) == 2
    assert rects[1][1].top > rects[0][1].bottom - 1  # the second part is on the next line


def test_ligatures_are_spelt_out_and_share_the_glyph_box(article: Path) -> None:
    doc = load_document(article)
    assert doc.pages is not None
    assert "filière" in doc.text and "\ufb01" not in doc.text
    f = doc.text.index("filière")
    page = doc.pages.pages[0]
    first, second = page.box(f), page.box(f + 1)
    assert first is not None and second is not None
    assert first.right == pytest.approx(second.left)
    assert first.width == pytest.approx(second.width)


def test_characters_outside_the_bmp_keep_code_point_offsets(tmp_path: Path) -> None:
    path = article_pdf(tmp_path / "emoji.pdf")
    if not restore_emoji_mapping(path, "😀"):
        pytest.skip("qpdf is not installed (Debian package qpdf)")
    doc = load_document(path)
    assert doc.text == TEXT
    assert doc.pages is not None
    emoji = doc.text.index("😀")
    after = doc.text.index("et la filière")
    box, next_box = doc.pages.pages[0].box(emoji), doc.pages.pages[0].box(after)
    assert box is not None and next_box is not None
    assert box.right < next_box.left  # "😀 et": the offsets after it did not shift


def test_outline_and_declared_language(tmp_path: Path) -> None:
    path = write_with_outline(
        tmp_path / "outline.pdf",
        [
            ["Premier chapitre", "Texte du premier."],
            ["Second chapitre", "Texte du second.", "Suite"],
        ],
        [("Premier", 0, 60.0), ("Second", 1, 60.0), ("Suite", 1, 107.0)],
    )
    doc = load_document(path)
    assert doc.metadata["language"] == "fr-FR"
    assert [(e.title, doc.text[e.offset : e.offset + 6]) for e in doc.toc] == [
        ("Premier", "Premie"),
        ("Second", "Second"),
        ("Suite", "Suite"),
    ]


def test_a_printed_document_loses_its_page_numbers(tmp_path: Path, sample_path: Path) -> None:
    text = sample_path.read_text("utf-8").strip()
    path = write_flowing(tmp_path / "sample.pdf", text + "\n" + text, title="Alibaba")
    doc = load_document(path)
    assert doc.pages is not None and len(doc.pages) >= 2
    assert doc.text == text + "\n" + text


def test_a_scan_has_pages_and_no_text(tmp_path: Path) -> None:
    path = write_image_only(tmp_path / "scan.pdf", ["Texte seulement en image", "Page scannée"])
    doc = load_document(path)
    assert doc.text == ""
    assert doc.pages is not None and len(doc.pages) == 1 and not doc.pages.has_text
    assert doc.title == "scan"
    assert doc.warnings == (scan_warning("scan.pdf"),)


def test_the_command_line_says_a_scan_has_no_text(tmp_path: Path) -> None:
    path = write_image_only(tmp_path / "scan.pdf", ["Page scannée"])
    for command in ("text", "entities"):
        done = reader(command, str(path), db=tmp_path / "cli.sqlite3")
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip().splitlines() == [f"reader: warning: {scan_warning('scan.pdf')}"]


def test_encrypted_needs_its_password(tmp_path: Path, article: Path) -> None:
    locked = encrypt(article, tmp_path / "locked.pdf", "sésame")
    if locked is None:
        pytest.skip("qpdf is not installed (Debian package qpdf)")
    with pytest.raises(PasswordRequired) as needed:
        load_document(locked)
    assert not needed.value.wrong
    assert str(needed.value) == "locked.pdf is encrypted: it needs a password"
    with pytest.raises(PasswordRequired) as wrong:
        load_document(locked, password="faux")
    assert wrong.value.wrong
    assert load_document(locked, password="sésame").text == load_document(article).text


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n" + bytes(range(256)) * 40, b"not a pdf at all", b"%PDF-1.4\n%%EOF\n"],
)
def test_damaged_files_are_one_line_refusals(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as refused:
        load_document(path)
    message = str(refused.value)
    assert "\n" not in message and message.startswith("bad.pdf")


def test_truncated_file_is_refused_or_read_in_part(tmp_path: Path, article: Path) -> None:
    """PDFium repairs what it can; what it cannot is one line, never a traceback."""
    data = article.read_bytes()
    for cut in (0.2, 0.5, 0.9):
        path = tmp_path / f"cut{cut}.pdf"
        path.write_bytes(data[: int(len(data) * cut)])
        try:
            doc = load_document(path)
        except DocumentError as exc:
            assert "\n" not in str(exc)
        else:
            assert doc.format == "pdf"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(DocumentError, match="empty"):
        load_document(path)


def test_pages_are_read_one_by_one_with_progress_and_can_be_stopped(article: Path) -> None:
    seen: list[tuple[int, int]] = []
    load_document(article, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]

    calls = []

    def check() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        load_document(article, check=check)
    assert len(calls) == 2


def test_opens_at_once_and_draws_a_page(article: Path) -> None:
    with PdfFile(article) as pdf:
        assert pdf.page_count == 3
        assert pdf.page_size(0) == pytest.approx((595, 842), abs=1)
        width, height, stride, pixels = pdf.render(0, 0.5)
    assert (width, height) == (298, 421)
    assert stride >= width * 4 and len(pixels) == stride * height
    assert pixels[:3] == b"\xff\xff\xff"  # white paper in the corner
    assert min(pixels[n] for n in range(0, len(pixels), 4)) < 0x40  # and some dark ink


def test_pdf_is_a_supported_suffix_with_its_limit() -> None:
    assert ".pdf" in SUPPORTED_SUFFIXES
    assert file_limit(Path("a.PDF")) == MAX_PDF_BYTES


def test_a_turned_page_is_read_and_boxed_as_it_is_shown(tmp_path: Path) -> None:
    path = write_turned(tmp_path / "turned.pdf", ["Une page en paysage.", "Deuxième ligne."])
    if path is None:
        pytest.skip("qpdf is not installed (Debian package qpdf)")
    doc = load_document(path)
    assert doc.text == "Une page en paysage. Deuxième ligne."
    assert doc.pages is not None
    page = doc.pages.pages[0]
    assert (page.width, page.height) == pytest.approx((842, 595), abs=1)
    with PdfFile(path) as pdf:
        width, _height, stride, pixels = pdf.render(0, 1.0)
    assert width == 842
    for offset in (0, doc.text.index("Deuxième")):  # ink under the boxes of "U" and "D"
        box = page.box(offset)
        assert box is not None
        inside = [
            pixels[y * stride + x * 4]
            for y in range(int(box.top), int(box.bottom))
            for x in range(int(box.left), int(box.right))
        ]
        assert min(inside) < 0x40


def test_a_running_title_beside_its_page_number_is_furniture(tmp_path: Path) -> None:
    """A chapter's running title recurs on too few pages to be recognised by repetition;
    the page number on its line gives it away."""
    pages = [
        Page(
            [["Un paragraphe du chapitre, qui", "va d’une page"]],
            header="Chapitre 3 : Les outils",
            header_right="17",
        ),
        Page(
            [["à la suivante."]],
            header="Chapitre 3 : Les outils",
            header_right="18",
        ),
    ]
    doc = load_document(write_pages(tmp_path / "chapter.pdf", pages))
    assert doc.text == "Un paragraphe du chapitre, qui va d’une page à la suivante."


def test_without_a_title_in_its_metadata_the_first_page_heading_is_the_title(
    tmp_path: Path,
) -> None:
    pages = [Page([["Un texte sous le titre."]], title="Le vrai titre")]
    doc = load_document(write_pages(tmp_path / "sans-titre.pdf", pages))
    assert doc.title == "Le vrai titre"

"""PDF files made for the tests with Qt's QPdfWriter, so they have a real text layer.

Pages are laid out here line by line (one ``drawText`` per line, in points), which
fixes where every line ends: hyphenated line ends, two columns, headers and page
numbers are exactly what the test says. The right column is drawn before the left
one, so reading order can only come from the geometry. Building needs a
QGuiApplication (use pytest-qt's ``qapp`` fixture).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
)

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
MARGIN = 56.0
GUTTER = 24.0
BODY_SIZE = 11.0
LEADING = 1.35
PARAGRAPH_GAP = 8.0


@dataclass
class Page:
    """One page: an optional title across the top, then columns of lines; ``""`` in a
    column is a paragraph break (some space), a line starting with two spaces is drawn
    indented."""

    columns: list[list[str]]
    title: str = ""
    header: str = ""
    header_right: str = ""
    """Drawn at the right end of the header's line (a page number beside a running title)."""
    footer: str = ""
    fonts: dict[int, float] = field(default_factory=dict)
    """Point size of particular lines of the first column (index -> size): headings."""


def font(size: float = BODY_SIZE) -> QFont:
    f = QFont("DejaVu Serif")
    f.setPointSizeF(size)
    return f


def _writer(path: Path, title: str, author: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # one unit is one point
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(title)
    writer.setAuthor(author)
    writer.setCreator("reader tests")
    return writer


def write_pages(path: Path, pages: list[Page], *, title: str = "", author: str = "") -> Path:
    writer = _writer(path, title, author)
    painter = QPainter(writer)
    for number, page in enumerate(pages):
        if number:
            writer.newPage()
        _draw_page(painter, page)
    painter.end()
    return path


def _draw_page(painter: QPainter, page: Page) -> None:
    y = MARGIN + 20
    if page.header:
        painter.setFont(font(9))
        painter.drawText(QPointF(MARGIN, MARGIN - 12), page.header)
    if page.header_right:
        painter.setFont(font(9))
        painter.drawText(QPointF(PAGE_WIDTH - MARGIN - 20, MARGIN - 12), page.header_right)
    if page.title:
        painter.setFont(font(20))
        painter.drawText(QPointF(MARGIN, y + 10), page.title)
        y += 48
    count = len(page.columns)
    width = (PAGE_WIDTH - 2 * MARGIN - GUTTER * (count - 1)) / count
    for n in reversed(range(count)):  # the right column first: order must come from geometry
        x = MARGIN + n * (width + GUTTER)
        line_y = y
        for index, line in enumerate(page.columns[n]):
            size = page.fonts.get(index, BODY_SIZE) if n == 0 else BODY_SIZE
            if not line:
                line_y += PARAGRAPH_GAP
                continue
            painter.setFont(font(size))
            line_y += size * LEADING
            indent = 18.0 if line.startswith("  ") else 0.0
            painter.drawText(QPointF(x + indent, line_y), line.strip())
    if page.footer:
        painter.setFont(font(9))
        painter.drawText(QPointF(PAGE_WIDTH / 2 - 10, PAGE_HEIGHT - MARGIN + 20), page.footer)


def wrap(text: str, width: float, size: float = BODY_SIZE) -> list[str]:
    """``text`` broken into lines of at most ``width`` points by Qt's own line breaker."""
    layout = QTextLayout(text, font(size))
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines


def write_flowing(path: Path, text: str, *, title: str = "") -> Path:
    """Paragraphs (one per line of ``text``) wrapped by Qt in one column, paginated,
    with the page number at the foot of each page, as a word processor prints them."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += [*wrap(paragraph, PAGE_WIDTH - 2 * MARGIN), ""]
    per_page = int((PAGE_HEIGHT - 2 * MARGIN - 40) / (BODY_SIZE * LEADING))
    pages = [
        Page([lines[n : n + per_page]], footer=str(number))
        for number, n in enumerate(range(0, len(lines), per_page), start=1)
    ]
    return write_pages(path, pages, title=title)


def restore_emoji_mapping(path: Path, emoji: str) -> bool:
    """QPdfWriter writes characters outside the BMP with an empty ToUnicode map (its
    text layer loses them); rewrite that map the way a correct writer would, with qpdf.
    False when qpdf is not installed."""
    qpdf, fix = shutil.which("qpdf"), shutil.which("fix-qdf")
    if qpdf is None or fix is None:
        return False
    editable = path.with_suffix(".qdf")
    subprocess.run(
        [qpdf, "--qdf", "--object-streams=disable", str(path), str(editable)], check=True
    )
    data = editable.read_bytes()
    empty = b"1 beginbfrange\n<0000> <0000> <0000>\nendbfrange"
    assert data.count(empty) == 1, "expected one font subset without a mapping"
    units = emoji.encode("utf-16-be").hex().upper().encode()
    data = data.replace(empty, b"1 beginbfchar\n<0001> <" + units + b">\nendbfchar")
    fixed = subprocess.run([fix], input=data, capture_output=True, check=True).stdout
    path.write_bytes(fixed)
    return True


def write_image_only(path: Path, lines: list[str]) -> Path:
    """A 'scan': the text is only pixels of a picture, there is no text layer."""
    image = QImage(1190, 1684, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    with_text = QPainter(image)
    with_text.setFont(font(28))
    for n, line in enumerate(lines):
        with_text.drawText(QPointF(100, 200 + 60 * n), line)
    with_text.end()
    writer = _writer(path, "", "")
    painter = QPainter(writer)
    painter.drawImage(QRectF(0, 0, PAGE_WIDTH, PAGE_HEIGHT), image)
    painter.end()
    return path


def encrypt(source: Path, target: Path, password: str) -> Path | None:
    """``source`` encrypted (AES-256) with qpdf, or None when qpdf is not installed."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return None
    subprocess.run(
        [qpdf, "--encrypt", password, password + "-owner", "256", "--", str(source), str(target)],
        check=True,
        capture_output=True,
    )
    return target


def write_with_outline(
    path: Path, pages: list[list[str]], outline: list[tuple[str, int, float]]
) -> Path:
    """A PDF written by hand (Helvetica, one line per ``Tj``) with bookmarks:
    ``outline`` is (title, page index, y from the top of the page) per entry, all at
    the top level."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_id = add(b"")
    font_id = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    page_ids = []
    for lines in pages:
        stream = (
            b"BT /F1 12 Tf 72 770 Td 16 TL "
            + b" ".join(b"(" + line.encode("cp1252") + b") '" for line in lines)
            + b" ET"
        )
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font_id)
            )
        )
    outline_root = add(b"")
    items = [add(b"") for _ in outline]
    for n, (title, page, y) in enumerate(outline):
        links = b""
        if n > 0:
            links += b" /Prev %d 0 R" % items[n - 1]
        if n + 1 < len(items):
            links += b" /Next %d 0 R" % items[n + 1]
        objects[items[n] - 1] = b"<< /Title (%s) /Parent %d 0 R /Dest [%d 0 R /XYZ 0 %d 0]%s >>" % (
            title.encode("cp1252"),
            outline_root,
            page_ids[page],
            round(842 - y),
            links,
        )
    objects[outline_root - 1] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (
        items[0],
        items[-1],
        len(items),
    )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R /Outlines %d 0 R /Lang (fr-FR) >>" % (
        pages_id,
        outline_root,
    )
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids),
        len(page_ids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def add_annotations(
    path: Path, marks: list[tuple[int, int, list[tuple[float, float, float, float]], str, str]]
) -> Path:
    """Annotate ``path`` as another viewer would, with PDFium: each mark is (PDFium
    subtype, page, rectangles (left, top, right, bottom, in points from the page's
    top-left), RGB hex colour, comment). Highlights get one quadrilateral per rectangle;
    a sticky note (FPDF_ANNOT_TEXT) sits at its first rectangle."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(str(path))
    for subtype, index, rects, colour, comment in marks:
        page = pdf[index]
        height = page.get_height()
        annot = pdfium_c.FPDFPage_CreateAnnot(page.raw, subtype)
        for left, top, right, bottom in rects:
            if subtype == pdfium_c.FPDF_ANNOT_TEXT:
                break
            quad = pdfium_c.FS_QUADPOINTSF(
                left,
                height - top,
                right,
                height - top,
                left,
                height - bottom,
                right,
                height - bottom,
            )
            pdfium_c.FPDFAnnot_AppendAttachmentPoints(annot, ctypes.byref(quad))
        left, top, right, bottom = rects[0]
        box = pdfium_c.FS_RECTF(left, height - top, right, height - bottom)
        pdfium_c.FPDFAnnot_SetRect(annot, ctypes.byref(box))
        red, green, blue = (int(colour[n : n + 2], 16) for n in (1, 3, 5))
        pdfium_c.FPDFAnnot_SetColor(
            annot, pdfium_c.FPDFANNOT_COLORTYPE_Color, red, green, blue, 255
        )
        units = (comment + "\x00").encode("utf-16-le")
        text = (ctypes.c_ushort * (len(units) // 2)).from_buffer_copy(units)
        pdfium_c.FPDFAnnot_SetStringValue(annot, b"Contents", text)
        pdfium_c.FPDFPage_CloseAnnot(annot)
        page.close()
    annotated = path.with_name(path.stem + "-annotated.pdf")
    pdf.save(str(annotated))
    pdf.close()
    annotated.replace(path)
    return path


def write_turned(path: Path, lines: list[str]) -> Path | None:
    """A landscape page made the way many programs make one: text drawn sideways on a
    portrait page, which says /Rotate 90 (set with qpdf) to be shown upright. None
    when qpdf is not installed."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return None
    sideways = path.with_name(path.stem + "-sideways.pdf")
    writer = _writer(sideways, "", "")
    painter = QPainter(writer)
    painter.setFont(font(14))
    painter.translate(0, PAGE_HEIGHT)
    painter.rotate(-90)  # from here on, a landscape page PAGE_HEIGHT wide
    for n, line in enumerate(lines):
        painter.drawText(QPointF(60, 80 + 20 * n), line)
    painter.end()
    subprocess.run([qpdf, "--rotate=+90:1", str(sideways), str(path)], check=True)
    return path

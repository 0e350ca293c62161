"""Pictures in the reading view: decoded off the UI thread, within limits, or described.

Every picture is one object in the text (see :mod:`reader.ui.document_builder`).
Until it is decoded, and for good if it cannot be (remote, missing, broken, too
large), the object shows a *label*: its alternative text in a thin frame, drawn
once on the UI thread (a small image), placed as the slice of text holding the
picture goes in (:meth:`PictureShelf.add`, inside that slice's edit, so it costs no
layout of its own). Once the whole text is in, decoding runs in a worker thread,
one picture after the other in reading order (:meth:`PictureShelf.decode`):

- the bytes are read by :func:`reader.services.documents.picture_bytes` (the
  document's own files only, size-limited);
- the dimensions are read from the header first (``QImageReader.size()``): a picture
  over ``MAX_PIXELS`` is never decoded (a 20,000 x 20,000 PNG would take 1.6 GB);
- a picture wider than ``MAX_DECODED_WIDTH`` is decoded scaled down (JPEG decodes
  directly at the smaller size), and Qt's allocation limit stops any decoder that
  would still need more than ``ALLOCATION_LIMIT_MB``.

The UI thread only hands the finished ``QImage`` to the document and sets the
object's size, for all the pictures of a batch in one edit: pictures are shown at
most as wide as the column.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextEdit

from reader.core.document import Document
from reader.core.errors import ReaderError
from reader.services.documents import picture_bytes
from reader.ui.document_builder import Picture, picture_name
from reader.ui.i18n import tr
from reader.ui.runner import Job, JobControl
from reader.ui.service_messages import error_text

MAX_PIXELS = 24_000_000
MAX_DECODED_WIDTH = 2400
ALLOCATION_LIMIT_MB = 128
LABEL_PADDING = 6.0
PICTURE_PAPER = "#ffffff"
"""What shows through a transparent picture, in either theme."""
INLINE_LINES = 1.4
BATCH_MS = 150
"""An inline picture is scaled down to this many lines of text at most."""

QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


def decode(data: bytes, max_width: int = MAX_DECODED_WIDTH) -> QImage | str:
    """The picture, or why it cannot be shown (one phrase)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return tr("not a picture reader can show")
    if size.width() * size.height() > MAX_PIXELS:
        return tr("too large to show ({width} × {height} pixels)").format(
            width=QLocale().toString(size.width()), height=QLocale().toString(size.height())
        )
    if size.width() > max_width:
        reader.setScaledSize(
            QSize(max_width, max(1, round(size.height() * max_width / size.width())))
        )
    image = reader.read()
    if image.isNull():
        return tr("damaged or unreadable")
    if image.hasAlphaChannel():  # drawn for light paper (black text...): keep it legible
        backed = QImage(image.size(), QImage.Format.Format_RGB32)
        backed.fill(QColor(PICTURE_PAPER))
        painter = QPainter(backed)
        painter.drawImage(0, 0, image)
        painter.end()
        image = backed
    return image


def load_pictures(document: Document, pictures: list[Picture], control: JobControl) -> None:
    """Worker: decode each picture that has a source, reporting each as it is done
    with ``control.partial((index, QImage or reason))``."""
    for picture in pictures:
        if not picture.image.src:
            continue
        control.check()
        try:
            result: QImage | str = decode(picture_bytes(document, picture.image))
        except ReaderError as exc:
            result = error_text(exc)
        control.partial((picture.index, result))


def label(text: str, column: float, font: QFont, colour: str, ratio: float = 1.0) -> QImage:
    """A picture's description drawn in a thin frame, at most ``column`` wide."""
    font = QFont(font)
    font.setItalic(True)
    metrics = QFontMetricsF(font)
    inner = min(metrics.horizontalAdvance(text) + 2, max(column - 2 * LABEL_PADDING, 40.0))
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
    bounds = metrics.boundingRect(QRectF(0, 0, inner, 10_000), int(flags), text)
    width = inner + 2 * LABEL_PADDING
    height = bounds.height() + 2 * LABEL_PADDING
    image = QImage(
        max(1, round(width * ratio)),
        max(1, round(height * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    frame = QColor(ink)
    frame.setAlpha(110)
    painter.setPen(QPen(frame, 1, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 4, 4)
    painter.setPen(ink)
    painter.setFont(font)
    painter.drawText(QRectF(LABEL_PADDING, LABEL_PADDING, inner, bounds.height()), int(flags), text)
    painter.end()
    return image


def describe(picture: Picture, reason: str = "") -> str:
    """What a label says: the alternative text, else that there is a picture."""
    alt = picture.image.alt or picture.image.title
    return alt or (tr("Picture: {reason}").format(reason=reason) if reason else tr("Picture"))


class PictureShelf(QObject):
    """The pictures of the document shown in a view: labels first, then the decoded
    pictures as the worker delivers them, all sized to the view's column."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._qdoc: QTextDocument | None = None
        self._document: Document | None = None
        self._pictures: dict[int, Picture] = {}
        self._decoded: dict[int, QImage] = {}
        self._reasons: dict[int, str] = {}
        self._colour = "#6a737d"
        self._changed_to: int | None = None
        self._arrivals: list[tuple[int, QImage | str]] = []
        self._batch = QTimer(self, singleShot=True, interval=BATCH_MS)
        self._batch.timeout.connect(self._show_arrivals)

    def begin(self, qdoc: QTextDocument, document: Document) -> None:
        """A new document in ``qdoc``: no pictures yet (see :meth:`add`)."""
        self.stop()
        self._qdoc = qdoc
        self._document = document
        self._pictures = {}
        self._decoded.clear()
        self._reasons = {}
        self._changed_to = None

    def add(self, pictures: list[Picture]) -> None:
        """Pictures just placed in the document: shown as labels at once. Called inside
        the edit that inserted them, so the labels are laid out with the text."""
        for picture in pictures:
            self._pictures[picture.index] = picture
            self._reasons[picture.index] = "" if picture.image.src else tr("not available")
            self._show_label(picture, relayout=False)

    def decode(self) -> None:
        """Start decoding the pictures that have a source (once the text is all in:
        resizing a picture while Qt still lays the text out would stop that)."""
        document = self._document
        wanted = [p for p in self._pictures.values() if p.image.src]
        if document is None or not wanted:
            return
        job = Job(tr("showing pictures"), lambda control: load_pictures(document, wanted, control))
        job.signals.partial.connect(self._arrived)
        job.signals.finished.connect(lambda: self._finished(job))
        self._job = job
        self._pool.start(job)

    def stop(self) -> None:
        self._batch.stop()
        self._arrivals.clear()
        if self._job is not None:
            self._job.control.cancel()
            self._job = None

    def pending(self) -> bool:
        """Pictures are still being decoded (or about to be shown)."""
        return self._job is not None or bool(self._arrivals)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def reason(self, index: int) -> str:
        return self._reasons.get(index, "")

    def set_colour(self, colour: str) -> None:
        """The labels' ink (the theme's muted colour): labels are drawn again."""
        self._colour = colour
        with self._edit():
            for index, picture in self._pictures.items():
                if index not in self._decoded:
                    self._show_label(picture)
        self._relayout()

    def fit(self) -> None:
        """Size every picture to the column again (the view was resized or zoomed)."""
        with self._edit():
            for index, picture in self._pictures.items():
                image = self._decoded.get(index)
                if image is not None:
                    self._place(picture, image)
                else:
                    self._show_label(picture)
        self._relayout()

    def _arrived(self, result: tuple[int, QImage | str]) -> None:
        """A picture is decoded: shown with the others that come within a moment."""
        self._arrivals.append(result)
        if not self._batch.isActive():
            self._batch.start()

    def _show_arrivals(self) -> None:
        arrivals, self._arrivals = self._arrivals, []
        with self._edit():
            for index, found in arrivals:
                picture = self._pictures.get(index)
                if picture is None or self._qdoc is None:
                    continue
                if isinstance(found, QImage):
                    self._decoded[index] = found
                    self._reasons[index] = ""
                    self._place(picture, found)
                else:
                    self._reasons[index] = str(found)
                    self._show_label(picture)
        self._relayout()

    @contextmanager
    def _edit(self) -> Iterator[None]:
        """The pictures' changes as one edit of the document: laid out once, not once
        per picture (each costs a layout of its table or its part of a long book)."""
        if self._qdoc is None:
            yield
            return
        cursor = QTextCursor(self._qdoc)
        cursor.beginEditBlock()
        try:
            yield
        finally:
            cursor.endEditBlock()

    def _finished(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self._show_arrivals()

    def _relayout(self) -> None:
        """Lay out again what follows the last picture whose size changed (the edit
        that changed them lays out the part from the first to the last). Qt's
        background layout of a long document stops for good when a format changes
        while it runs (the rest of the text would stay blank): this restarts it."""
        qdoc, last = self._qdoc, self._changed_to
        self._changed_to = None
        if qdoc is not None and last is not None:
            qdoc.markContentsDirty(last, qdoc.characterCount() - last)

    def _column(self) -> float:
        qdoc = self._qdoc or self._view.document()
        width = self._view.viewport().width() - 2 * qdoc.documentMargin()
        return max(float(width), 160.0)

    def _show_label(self, picture: Picture, *, relayout: bool = True) -> None:
        reason = self._reasons.get(picture.index, "")
        image = label(
            describe(picture, reason),
            self._column(),
            self._view.font(),
            self._colour,
            self._view.devicePixelRatioF(),
        )
        self._place(picture, image, relayout=relayout)

    def _place(self, picture: Picture, image: QImage, *, relayout: bool = True) -> None:
        qdoc = self._qdoc
        if qdoc is None or picture.position < 0:
            return
        name = picture_name(picture.index)
        qdoc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        size = image.deviceIndependentSize()
        width, height = size.width(), size.height()
        column = self._column()
        if width > column:
            width, height = column, height * column / width
        if picture.image.inline:  # an icon or a formula in a line: about the text's height
            tallest = QFontMetricsF(self._view.font()).height() * INLINE_LINES
        else:  # a picture of its own: whole in the view
            tallest = max(self._view.viewport().height() - 40.0, 200.0)
        if height > tallest and not (picture.index not in self._decoded and picture.image.inline):
            width, height = width * tallest / height, tallest
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(width)
        fmt.setHeight(height)
        cursor = QTextCursor(qdoc)
        cursor.setPosition(picture.position)
        cursor.setPosition(picture.position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        if not relayout:
            return
        if self._changed_to is None or picture.position > self._changed_to:
            self._changed_to = picture.position

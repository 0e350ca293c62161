"""The two-column article the PDF tests share, and the text it must read as."""

from __future__ import annotations

from pathlib import Path

import pypdfium2.raw as pdfium_c

from reader.formats import load_document
from tests.formats.pdfs import Page, add_annotations, write_pages

HEADER = "Revue des réseaux · 2026"
TITLE = "Les centres de données du Hebei"

PAGES = [
    Page(
        title=TITLE,
        header=HEADER,
        footer="1",
        columns=[
            [
                "Alibaba a ouvert deux centres de",
                "données à Zhangbei, dans la pro-",
                "vince du Hebei. Jean-",
                "Pierre Martin, ingénieur, y voit",
                "un porte-",
                "monnaie bien rempli.",
                "",
                "  Le site consomme une électri-",
                "cité abondante 😀 et la \ufb01lière",
                "éolienne suit.",
            ],
            [
                "Le porte-monnaie des ingénieurs",
                "est plein, disent-ils à la sortie",
                "du bâtiment, et le froid qui",
                "règne à Zhangbei se pour-",
            ],
        ],
    ),
    Page(
        header=HEADER,
        footer="2",
        fonts={2: 16.0},
        columns=[
            [
                "suit en hiver.",
                "",
                "Le froid comme ressource",
                "",
                "Les serveurs profitent de l’air",
                "sec des plateaux.",
            ],
            ["Les ingénieurs de JD.com et", "de Tencent observent le site", "depuis Pékin."],
        ],
    ),
    Page(
        header=HEADER,
        footer="3",
        columns=[["Conclusion provisoire : le", "modèle s’exporte."]],
    ),
]

PARAGRAPHS = [
    TITLE,
    "Alibaba a ouvert deux centres de données à Zhangbei, dans la province du Hebei. "
    "Jean-Pierre Martin, ingénieur, y voit un porte-monnaie bien rempli.",
    "Le site consomme une électricité abondante 😀 et la filière éolienne suit.",
    "Le porte-monnaie des ingénieurs est plein, disent-ils à la sortie du bâtiment, "
    "et le froid qui règne à Zhangbei se poursuit en hiver.",
    "Le froid comme ressource",
    "Les serveurs profitent de l’air sec des plateaux.",
    "Les ingénieurs de JD.com et de Tencent observent le site depuis Pékin.",
    "Conclusion provisoire : le modèle s’exporte.",
]
TEXT = "\n".join(PARAGRAPHS)


def article_pdf(path: Path) -> Path:
    return write_pages(path, PAGES, title="Centres de données", author="Léa Dupont")


def annotated_article(folder: Path) -> Path:
    """The article with three annotations made as another viewer makes them: a yellow
    highlight over two lines, a green underline, a red sticky note with a comment."""
    path = article_pdf(folder / "article.pdf")
    doc = load_document(path)
    assert doc.pages is not None
    text = doc.text

    def rects(passage: str) -> tuple[int, list[tuple[float, float, float, float]]]:
        start = text.index(passage)
        found = list(doc.pages.rects(start, start + len(passage)))  # type: ignore[union-attr]
        return found[0][0], [(r.left, r.top, r.right, r.bottom) for _n, r in found]

    page, province = rects("province du Hebei")  # two lines: "pro-" and "vince du Hebei"
    _, froid = rects("Le froid comme ressource")
    _, tencent = rects("Tencent")
    marks = [
        (pdfium_c.FPDF_ANNOT_HIGHLIGHT, page, province, "#ffff00", "Où exactement ?"),
        (pdfium_c.FPDF_ANNOT_UNDERLINE, 1, froid, "#00c000", ""),
        (pdfium_c.FPDF_ANNOT_TEXT, 1, tencent, "#ff0000", "Vérifier la source"),
    ]
    return add_annotations(path, marks)

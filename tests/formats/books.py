"""Small real EPUB files, written with zipfile as a publisher's tool would.

``make_epub`` writes an EPUB 3 (navigation document, and optionally an NCX too) or an
EPUB 2 (NCX only) book whose chapters are XHTML files with headings, paragraphs,
lists and quotes.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path


@dataclass
class Chapter:
    title: str
    paragraphs: list[str]
    file: str = ""
    heading: bool = True  # does the XHTML open with an <h1>?
    sections: list[tuple[str, str, list[str]]] = field(default_factory=list)
    """(id, heading, paragraphs): <h2 id=...> sections after the paragraphs."""
    extra_body: str = ""


CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


def chapter_xhtml(chapter: Chapter, *, entities: bool = False) -> str:
    parts = []
    if chapter.heading:
        parts.append(f"<h1>{escape(chapter.title)}</h1>")
    for paragraph in chapter.paragraphs:
        parts.append(f"<p>{escape(paragraph)}</p>")
    for section_id, heading, paragraphs in chapter.sections:
        parts.append(f'<h2 id="{section_id}">{escape(heading)}</h2>')
        parts.extend(f"<p>{escape(p)}</p>" for p in paragraphs)
    body = "\n".join(parts) + chapter.extra_body
    if entities:
        body = body.replace("\u00a0", "&nbsp;")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!DOCTYPE html>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n'
        f"<head><title>{escape(chapter.title)}</title>"
        '<link rel="stylesheet" href="style.css"/><script>alert("no")</script></head>\n'
        f"<body>\n{body}\n</body></html>\n"
    )


def make_epub(
    path: Path,
    chapters: list[Chapter],
    *,
    version: int = 3,
    title: str = "Le Livre",
    author: str = "Victor Hugo",
    language: str = "fr",
    with_ncx: bool | None = None,
    with_nav: bool | None = None,
    entities: bool = False,
    compression: int = zipfile.ZIP_DEFLATED,
    extra_files: dict[str, bytes] | None = None,
) -> Path:
    """Write the book; chapter files are chapter1.xhtml... unless a chapter names its own."""
    with_nav = version == 3 if with_nav is None else with_nav
    with_ncx = version == 2 if with_ncx is None else with_ncx
    for n, chapter in enumerate(chapters, 1):
        chapter.file = chapter.file or f"text/chapter{n}.xhtml"
    manifest = [
        f'<item id="c{n}" href="{c.file}" media-type="application/xhtml+xml"/>'
        for n, c in enumerate(chapters, 1)
    ]
    manifest.append('<item id="css" href="style.css" media-type="text/css"/>')
    if with_nav:
        manifest.append(
            '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        )
    if with_ncx:
        manifest.append('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(1, len(chapters) + 1))
    if version == 3:
        creator = f'<dc:creator id="a1">{escape(author)}</dc:creator>'
        creator += '<meta refines="#a1" property="role" scheme="marc:relators">aut</meta>'
        creator += '<dc:creator id="t1">Un Traducteur</dc:creator>'
        creator += '<meta refines="#t1" property="role" scheme="marc:relators">trl</meta>'
    else:
        creator = f'<dc:creator opf:role="aut">{escape(author)}</dc:creator>'
        creator += '<dc:creator opf:role="trl">Un Traducteur</dc:creator>'
    opf = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="{version}.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>
    <dc:title>{escape(title)}</dc:title>
    {creator}
    <dc:language>{language}</dc:language>
    <dc:publisher>Éditions Test</dc:publisher>
  </metadata>
  <manifest>
    {"".join(manifest)}
  </manifest>
  <spine{' toc="ncx"' if with_ncx else ""}>{spine}</spine>
</package>
"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", CONTAINER, compress_type=compression)
        archive.writestr("OEBPS/content.opf", opf, compress_type=compression)
        archive.writestr("OEBPS/style.css", "body { color: red }", compress_type=compression)
        for chapter in chapters:
            archive.writestr(
                "OEBPS/" + chapter.file,
                chapter_xhtml(chapter, entities=entities),
                compress_type=compression,
            )
        if with_nav:
            archive.writestr("OEBPS/nav.xhtml", _nav(chapters), compress_type=compression)
        if with_ncx:
            archive.writestr("OEBPS/toc.ncx", _ncx(chapters, title), compress_type=compression)
        for name, data in (extra_files or {}).items():
            archive.writestr(name, data, compress_type=compression)
    return path


def _nav(chapters: list[Chapter]) -> str:
    items = []
    for chapter in chapters:
        sub = "".join(
            f'<li><a href="{chapter.file}#{sid}">{escape(heading)}</a></li>'
            for sid, heading, _ in chapter.sections
        )
        nested = f"<ol>{sub}</ol>" if sub else ""
        items.append(f'<li><a href="{chapter.file}">{escape(chapter.title)}</a>{nested}</li>')
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        "<head><title>Contents</title></head><body>"
        '<nav epub:type="landmarks"><ol><li><a href="nav.xhtml">Landmarks</a></li></ol></nav>'
        f'<nav epub:type="toc"><h1>Table</h1><ol>{"".join(items)}</ol></nav>'
        "</body></html>"
    )


def _ncx(chapters: list[Chapter], title: str) -> str:
    points = []
    order = 0
    for chapter in chapters:
        order += 1
        sub = []
        for sid, heading, _ in chapter.sections:
            order += 1
            sub.append(
                f'<navPoint id="p{order}" playOrder="{order}"><navLabel><text>{escape(heading)}'
                f'</text></navLabel><content src="{chapter.file}#{sid}"/></navPoint>'
            )
        points.append(
            f'<navPoint id="p{order}" playOrder="{order}"><navLabel><text>'
            f'{escape(chapter.title)}</text></navLabel><content src="{chapter.file}"/>'
            f"{''.join(sub)}</navPoint>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
        f"<head/><docTitle><text>{escape(title)}</text></docTitle>"
        f"<navMap>{''.join(points)}</navMap></ncx>"
    )


def sample_chapters() -> list[Chapter]:
    return [
        Chapter(
            "Chapitre premier",
            ["Il était une fois un lecteur attentif.", "Il lisait des livres\u00a0: beaucoup."],
        ),
        Chapter(
            "Chapitre deux",
            ["Le deuxième chapitre commence ici."],
            sections=[
                ("s1", "Une section", ["Texte de la section une."]),
                ("s2", "Une autre section", ["Texte de la section deux."]),
            ],
        ),
        Chapter("Chapitre trois", ["Sans titre dans le fichier."], heading=False),
    ]

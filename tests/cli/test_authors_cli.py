"""``reader annotations --mine / --author``: the annotations of one member."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import reader

pytestmark = pytest.mark.slow  # several processes each

TEXT = "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"


def test_mine_and_author_filter_the_list(library_url: str, tmp_path: Path) -> None:
    db = library_url
    document = tmp_path / "hebei.txt"
    document.write_text(TEXT, "utf-8")
    for user, quote in (("Ana", "données"), ("Ben", "Alibaba")):
        made = reader("annotate", str(document), "--quote", quote, db=db, env={"READER_USER": user})
        assert made.returncode == 0, made.stderr
    mine = reader(
        "annotations", str(document), "--mine", "--json", db=db, env={"READER_USER": "Ana"}
    )
    assert mine.returncode == 0, mine.stderr
    assert [a["quote"] for a in json.loads(mine.stdout)] == ["données"]
    his = reader("annotations", str(document), "--author", "ben", "--json", db=db)
    assert [a["quote"] for a in json.loads(his.stdout)] == ["Alibaba"]
    both = reader("annotations", str(document), "--author", "x", "--mine", db=db)
    assert both.returncode == 2

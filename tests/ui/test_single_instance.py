"""A second ``reader FILE`` hands FILE to the window open on the library."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.single_instance import InstanceServer, hand_over, server_name


def test_a_file_handed_over_opens_in_the_running_window(
    qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path
) -> None:
    name = server_name(window.services.database_url + str(tmp_path))
    assert not hand_over(name, sample_path)  # no window yet: the caller opens one
    InstanceServer(window, name)
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        assert hand_over(name, sample_path)
    assert window.opened is not None
    assert window.opened.document.title.startswith("Alibaba ouvre")


def test_each_library_has_its_own_window() -> None:
    assert server_name("sqlite:///a.db") != server_name("sqlite:///b.db")
    assert server_name("sqlite:///a.db") == server_name("sqlite:///a.db")

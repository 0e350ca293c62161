"""An encrypted PDF on the command line: --password, a clean refusal without it, and
the password asked for, unseen, when the command runs in a terminal."""

from __future__ import annotations

import os
import pty
import select
import signal
import time
from pathlib import Path

import pytest

from tests.cli.runner import command, environment, reader
from tests.formats.pdf_samples import TITLE, article_pdf
from tests.formats.pdfs import encrypt

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def locked(tmp_path: Path) -> Path:
    path = encrypt(article_pdf(tmp_path / "article.pdf"), tmp_path / "locked.pdf", "sésame")
    if path is None:
        pytest.skip("qpdf is not installed (Debian package qpdf)")
    return path


def test_without_its_password_it_is_refused_in_one_line(
    library_url: str, locked: Path, tmp_path: Path
) -> None:
    db = library_url
    refused = reader("text", str(locked), db=db)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == "reader: error: locked.pdf is encrypted: it needs a password\n"
    wrong = reader("entities", str(locked), "--password", "faux", db=db)
    assert (wrong.returncode, wrong.stderr) == (2, "reader: error: locked.pdf: wrong password\n")
    right = reader("text", str(locked), "--password", "sésame", db=db)
    assert right.returncode == 0, right.stderr
    assert right.stdout.startswith(TITLE)


def test_in_a_terminal_the_password_is_asked_for(locked: Path, tmp_path: Path) -> None:
    pid, terminal = pty.fork()
    if pid == 0:  # the child: reader, its standard streams on the terminal
        os.execvpe(
            command("text", str(locked))[0],
            command("text", str(locked)),
            environment(tmp_path / "cli.sqlite3"),
        )
    seen = b""

    def read_until(wanted: bytes, times: int = 1) -> None:
        """Read the terminal until ``wanted`` has appeared ``times`` times in all."""
        nonlocal seen
        deadline = time.monotonic() + 60
        while seen.count(wanted) < times and time.monotonic() < deadline:
            if select.select([terminal], [], [], 1)[0]:
                try:
                    seen += os.read(terminal, 4096)
                except OSError:  # the child is gone
                    break

    # Each answer is typed only once its own prompt is shown: getpass flushes what was
    # typed before it asks.
    read_until(b"Password for locked.pdf: ")
    os.write(terminal, b"faux\n")
    read_until(b"wrong password")
    read_until(b"Password for locked.pdf: ", times=2)
    os.write(terminal, "sésame\n".encode())
    read_until(TITLE.encode())
    status = _exit_status(pid, seen)
    os.close(terminal)
    text = seen.decode("utf-8", "replace")
    assert status == 0, text
    assert text.count("Password for locked.pdf: ") == 2
    assert "reader: warning: locked.pdf: wrong password" in text
    assert "sésame" not in text and "faux" not in text  # typed unseen
    assert TITLE in text


def _exit_status(pid: int, seen: bytes, wait_s: float = 60) -> int:
    """The child's exit status; a child still running after ``wait_s`` is killed and the
    test fails with what it printed (never a hang)."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    raise AssertionError(f"reader still waiting after {wait_s} s: {seen!r}")

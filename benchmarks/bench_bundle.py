"""The desktop bundle against the virtual environment: size, start-up time, peak memory.

Run by hand after ``bash packaging/dev.sh bundle`` (needs Xvfb):
    .venv/bin/python benchmarks/bench_bundle.py [--runs 5]

Times whole processes, as the user waits on them, on the sample article:
- first window: from starting ``reader SAMPLE`` to the X server reporting its window
  mapped (Xvfb, no window manager; a MapNotify event read through libX11); its CPU
  time and peak RSS are those of that moment (from /proc);
- entities in the window: ``reader screenshot SAMPLE`` from start to exit, that is
  the window shown with the document and its entities recognised and painted;
- entities on the command line: ``reader entities SAMPLE --json``.
"Cold" runs first evict the program's own files (the bundle folder, or the venv and
the source tree) from the page cache with posix_fadvise(DONTNEED): the system's
libraries stay cached, and the virtual disk may still be cached by the host.
"Warm" runs follow each other. Peak memory is the process's maximum RSS and CPU
the user and system time it used (wait4): CPU seconds do not grow with the load of
a shared machine as wall-clock seconds do.
Each run uses a fresh copy of a library made beforehand (not timed): the sample is
opened, and its entities recognised, for the first time.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "reader"
SAMPLE = ROOT / "resources" / "samples" / "Alibaba ouvre ses centres de données du Hebei.txt"
TIMEOUT_S = 120.0
_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _MapEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    )


class _XEvent(ctypes.Union):
    _fields_ = (("map", _MapEvent), ("pad", ctypes.c_long * 24))


class MapWatcher:
    """Tells when a top-level window is mapped on the X display (root's MapNotify)."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        self.x11.XSelectInput.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long)
        self.x11.XPending.argtypes = (ctypes.c_void_p,)
        self.x11.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_XEvent))
        self.x11.XConnectionNumber.argtypes = (ctypes.c_void_p,)
        self.x11.XFlush.argtypes = (ctypes.c_void_p,)
        self.dpy = self.x11.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open display {display}")
        root = self.x11.XDefaultRootWindow(self.dpy)
        self.x11.XSelectInput(self.dpy, root, _SUBSTRUCTURE_NOTIFY_MASK)
        self.x11.XFlush(self.dpy)
        self.fd = self.x11.XConnectionNumber(self.dpy)

    def drain(self) -> None:
        event = _XEvent()
        while self.x11.XPending(self.dpy):
            self.x11.XNextEvent(self.dpy, ctypes.byref(event))

    def wait_for_map(self, deadline: float) -> bool:
        event = _XEvent()
        while time.perf_counter() < deadline:
            while self.x11.XPending(self.dpy):
                self.x11.XNextEvent(self.dpy, ctypes.byref(event))
                if event.map.type == _MAP_NOTIFY and not event.map.override_redirect:
                    return True
            select.select([self.fd], [], [], max(0.0, deadline - time.perf_counter()))
        return False


def evict(folder: Path) -> None:
    """Drop ``folder``'s files from the page cache (they are clean: nothing to write)."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def wait(process: subprocess.Popen[bytes]) -> tuple[int, float]:
    """Reap ``process``; its peak RSS in KiB and the CPU seconds it used."""
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return usage.ru_maxrss, usage.ru_utime + usage.ru_stime


class Variant:
    def __init__(self, name: str, argv: Sequence[str], files: Sequence[Path], home: Path) -> None:
        self.name = name
        self.argv = list(argv)
        self.files = files
        self.home = home
        self.template = home / "template.sqlite3"
        self.db = home / "library.sqlite3"

    def fresh_library(self) -> None:
        shutil.copyfile(self.template, self.db)

    def env(self, display: str) -> dict[str, str]:
        env = {"HOME": str(self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        return env | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}

    def first_window(self, display: str, watcher: MapWatcher) -> Run:
        self.fresh_library()
        watcher.drain()
        started = time.perf_counter()
        process = subprocess.Popen(
            [*self.argv, "--db", str(self.db), "open", str(SAMPLE)],
            env=self.env(display),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            if not watcher.wait_for_map(started + TIMEOUT_S):
                raise RuntimeError(f"{self.name}: no window after {TIMEOUT_S} s")
            seconds = time.perf_counter() - started
            return Run(seconds, *so_far(process.pid))
        finally:
            process.terminate()
            wait(process)

    def timed(self, display: str, *args: str) -> Run:
        self.fresh_library()
        started = time.perf_counter()
        process = subprocess.Popen(
            [*self.argv, "--db", str(self.db), *args],
            env=self.env(display) | {"QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        peak, cpu = wait(process)
        return Run(time.perf_counter() - started, peak, cpu)


def so_far(pid: int) -> tuple[int, float]:
    """A running process's peak RSS (KiB) and CPU seconds until now, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    status = Path(f"/proc/{pid}/status").read_text()
    peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    return peak, cpu


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_kib: int
    cpu_seconds: float


def measure(variant: Variant, runs: int, display: str, scratch: Path) -> dict[str, list[float]]:
    """For each measure: cold and warm median seconds, peak RSS MiB, median CPU seconds."""
    shot = scratch / f"{variant.name}.png"
    watcher = MapWatcher(display)
    measures: dict[str, Callable[[], Run]] = {
        "first window": lambda: variant.first_window(display, watcher),
        "entities in the window": lambda: variant.timed(
            display, "screenshot", str(SAMPLE), "-o", str(shot)
        ),
        "entities on the command line": lambda: variant.timed(
            display, "entities", str(SAMPLE), "--json"
        ),
    }
    subprocess.run(  # makes the library (migrations): not timed
        [*variant.argv, "--db", str(variant.template), "search", "centre"],
        env=variant.env(display),
        stdout=subprocess.DEVNULL,
        check=True,
    )
    results: dict[str, list[float]] = {}
    for name, run in measures.items():
        cold: list[Run] = []
        for _ in range(runs):
            for folder in variant.files:
                evict(folder)
            cold.append(run())
        run()  # warms the cache for the warm runs
        warm = [run() for _ in range(runs)]
        every = cold + warm
        results[name] = [
            statistics.median(r.seconds for r in cold),
            statistics.median(r.seconds for r in warm),
            max(r.peak_kib for r in every) / 1024,
            statistics.median(r.cpu_seconds for r in every),
        ]
    return results


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each kind (default 5)")
    args = parser.parse_args(argv)
    if not (BUNDLE / "reader").is_file():
        print("no dist/reader/reader: run bash packaging/dev.sh bundle first", file=sys.stderr)
        return 2
    if shutil.which("Xvfb") is None:
        print("Xvfb is missing: apt-get install xvfb", file=sys.stderr)
        return 2
    archives = sorted((ROOT / "dist").glob("reader-*.tar.gz"))
    for archive in archives:
        print(f"archive  {archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    print(f"unpacked dist/reader: {folder_size(BUNDLE) / 1e6:.0f} MB")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            venv = Path(sys.prefix)
            variants = [
                Variant("bundle", [str(BUNDLE / "reader")], [BUNDLE], root / "bundle"),
                Variant(
                    "venv",
                    [str(venv / "bin" / "reader")],
                    [venv, Path(sys.base_prefix), ROOT / "reader"],
                    root / "venv",
                ),
            ]
            results = {}
            for variant in variants:
                variant.home.mkdir()
                results[variant.name] = measure(variant, args.runs, display, root)
    finally:
        xvfb.terminate()
        xvfb.wait()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nmedians of {args.runs} runs; cold = program files evicted from the page cache")
    print(f"{os.cpu_count()} cores; load average after the runs: {load}")
    print(f"{'':38}{'cold s':>8}{'warm s':>8}{'peak MiB':>9}{'CPU s':>7}")
    for name in results["bundle"]:
        for kind in ("bundle", "venv"):
            cold, warm, peak, cpu = results[kind][name]
            print(f"{name + ', ' + kind:38}{cold:8.2f}{warm:8.2f}{peak:9.0f}{cpu:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A real PostgreSQL server for the tests: ``initdb`` into a temporary folder, started
with ``pg_ctl`` on a Unix socket in that folder and a free TCP port on 127.0.0.1.

PostgreSQL refuses to run as root: when the tests run as root (CI does), the server
runs as the ``postgres`` user if there is one, else ``nobody``, and the folder is
theirs. Local connections (the socket) are trusted; TCP needs the password
(SCRAM), so wrong-password faults can be tested. Each test gets its own database,
copied from a template migrated once (``CREATE DATABASE ... TEMPLATE``), and dropped
after it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import psycopg

ROLE = "reader"
PASSWORD = "team-secret"
TEMPLATE = "reader_template"
_numbers = count(1)


def find_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None: ``READER_PG_BIN`` if
    set (that folder alone), else the one of ``initdb`` on the PATH, ``/usr/local/bin``
    or Debian's newest ``/usr/lib/postgresql/*/bin``."""
    if os.environ.get("READER_PG_BIN"):
        candidates = [os.environ["READER_PG_BIN"]]
    else:
        candidates = ["/usr/local/bin", *debian_bin_folders()]
        found = shutil.which("initdb")
        if found:
            candidates.insert(0, str(Path(found).parent))
    for folder in candidates:
        if folder and all(
            (Path(folder) / name).exists() for name in ("initdb", "pg_ctl", "postgres")
        ):
            return Path(folder)
    return None


def version_key(version: str) -> tuple[int, ...]:
    """A version folder's name as numbers to sort by ("9.6" -> (9, 6), "16beta2" ->
    (16, 2)): as text, "9.6" would come after "16"."""
    return tuple(int(part) for part in re.findall(r"\d+", version))


def debian_bin_folders(root: str = "/usr/lib/postgresql") -> list[str]:
    """Debian's ``ROOT/<version>/bin`` folders, newest version first (numerically)."""
    folders = glob.glob(os.path.join(glob.escape(root), "*", "bin"))
    return sorted(folders, key=lambda folder: version_key(Path(folder).parent.name), reverse=True)


def free_port() -> int:
    """A TCP port nothing listens on (now) on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> str | None:
    """Who runs the server: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root and no unprivileged user to run PostgreSQL")


@dataclass
class PostgresServer:
    bin: Path
    folder: Path
    port: int
    user: str | None

    @property
    def socket_dir(self) -> Path:
        return self.folder

    def url(self, database: str, *, password: str | None = None, tcp: bool = False) -> str:
        """A reader library URL for ``database`` (socket, trusted; or TCP with a password)."""
        secret = f":{password}" if password is not None else ""
        if tcp:
            return f"postgresql+psycopg://{ROLE}{secret}@127.0.0.1:{self.port}/{database}"
        return f"postgresql+psycopg://{ROLE}@/{database}?host={self.folder}&port={self.port}"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=str(self.folder), port=self.port, user=ROLE, dbname=database, autocommit=True
        )

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            user=self.user,
            cwd=self.folder,
            timeout=120,
        )

    def start(self) -> None:
        password_file = self.folder / "password"
        password_file.write_text(PASSWORD, "utf-8")
        if self.user is not None:
            shutil.chown(self.folder, self.user)
            shutil.chown(password_file, self.user)
        self._run(
            "initdb", "-D", str(self.folder / "data"), "-U", ROLE, "-E", "UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
            f"--pwfile={password_file}", "--no-sync",
        )  # fmt: skip
        self.restart()

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Start the server (again, after :meth:`stop`)."""
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl", "-D", str(self.folder / "data"), "-o", options,
            "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def pretend_newer(self, database: str, version: str = "9.0.0") -> None:
        """Make ``database`` look written by a newer reader (a revision this one does not
        know, and ``version`` as the writer of its schema)."""
        with self.admin(database) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
            connection.execute(
                "UPDATE library_info SET value = %s WHERE key = 'schema_written_by'", (version,)
            )

    @contextlib.contextmanager
    def read_only_role(self, database: str) -> Iterator[str]:
        """The URL of ``database`` for a new role that may only read it (``SELECT``);
        the role is dropped at the end."""
        role = f"lecteur_{database}"
        with self.admin(database) as connection:
            connection.execute(f"CREATE ROLE {role} LOGIN")
            connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
        try:
            yield self.url(database).replace(f"{ROLE}@", f"{role}@")
        finally:
            with self.admin(database) as connection:
                connection.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
                connection.execute(f"DROP ROLE {role}")

    def new_database(self, template: str | None = TEMPLATE, name: str | None = None) -> str:
        """A new database (a copy of ``template``, if given), by its name."""
        name = name or f"library_{os.getpid()}_{next(_numbers)}"
        source = f" TEMPLATE {template}" if template else ""
        with self.admin() as connection:
            connection.execute(f"CREATE DATABASE {name}{source}")
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, freeing its disk space (some 8 MB) at once, and end the
        sessions still on it: the window's recognition process keeps the last few
        libraries it read open (:mod:`reader.services.entity_worker`)."""
        with self.admin() as connection:
            connection.execute(f"DROP DATABASE {name} WITH (FORCE)")


def start_server(bin_folder: Path) -> PostgresServer:
    folder = Path(tempfile.mkdtemp(prefix="reader-pg-"))
    server = PostgresServer(bin_folder, folder, free_port(), _server_user())
    try:
        server.start()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


def remove_server(server: PostgresServer) -> None:
    with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
        server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)

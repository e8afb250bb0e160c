"""The store backends the store tests run on, and a throwaway PostgreSQL server for them.

`postgres_server` starts one server per test process: `initdb` and `pg_ctl` in a temporary
folder, a free port on 127.0.0.1, trust authentication, no fsync (nothing to keep). It stops
and its folder goes when the process ends, however it ends: a watchdog process stops it when
the test process is killed. PostgreSQL refuses to run as root, so as root the
server runs as the `postgres` user the Debian package creates. `NEWSDESK_TEST_POSTGRES`
(a server URL whose role may create databases) uses that server instead.

`postgres_url` gives each test a store of its own: an empty schema, created and dropped in
one database of the server (a URL with `options=-csearch_path=...`, a tenth of the cost of a
database each); `PostgresServer.create_database` gives a whole database where one is needed.
Tests that need PostgreSQL skip, saying why, where its binaries are not installed
(`.ci/install-postgres.sh` installs them); a server that is installed but will not start
fails the tests, so a broken CI setup is never a silent skip.

Import the fixtures into a test module (`from tests.store_backends import postgres_url`).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ENV_URL = "NEWSDESK_TEST_POSTGRES"
ROLE = "newsdesk"
START_TIMEOUT = 60  # seconds: a loaded CI machine may be slow to start a server
SERVER_OPTIONS = (  # a throwaway server: speed over durability
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
)


@dataclass
class PostgresServer:
    """A running server: where it listens, and how to stop it (None: not ours to stop)."""

    host: str
    port: int
    role: str
    folder: Path | None = None
    bin_dir: Path | None = None
    run_as: int | None = None  # the uid the server runs as, when we are root
    owner_pid: int = field(default_factory=os.getpid)
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _schemas_in: str | None = None  # the database whose schemas tests get as stores

    def url(self, database: str, schema: str | None = None) -> str:
        url = f"postgresql://{self.role}@{self.host}:{self.port}/{database}"
        return f"{url}?options=-csearch_path%3D{schema}" if schema else url

    def create_schema(self) -> str:
        """A URL to a new empty schema (a store of its own) in this process's test database."""
        if self._schemas_in is None:
            self._schemas_in = self.create_database("stores")
        name = f"s_{next(self._names)}"
        self._admin(f"CREATE SCHEMA {name}", self._schemas_in)
        return self.url(self._schemas_in, name)

    def drop_schema(self, url: str) -> None:
        name = url.rpartition("%3D")[2]
        self._admin(f"DROP SCHEMA IF EXISTS {name} CASCADE", self._schemas_in or "postgres")

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; its name. A linguistic collation (ICU 'en-US') where the
        server has ICU, so an ORDER BY that forgot the byte order SQLite uses shows."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        icu = f"TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE '{_C_LOCALE}'"
        try:
            self._admin(f"CREATE DATABASE {name} {icu}")
        except Exception:  # no ICU in this server: the default collation
            self._admin(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def _admin(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(statement)

    def stop(self) -> None:
        if self.folder is None or os.getpid() != self.owner_pid:
            return  # a server we did not start, or a forked child of the process that did
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            _run(self, "pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


_C_LOCALE = "C"
_server: PostgresServer | None = None
_failure: str | None = None


def shared_server() -> PostgresServer:
    """The one server of this test process, started on first use (skips or fails, see above)."""
    global _server, _failure
    if _server is None and _failure is None:
        try:
            _server = _existing_server() or _start_server()
        except _Unavailable as reason:
            _failure = f"skip:{reason}"
        except Exception as exc:
            _failure = f"fail:{exc}"
    if _failure is not None:
        kind, _, why = _failure.partition(":")
        if kind == "skip":
            pytest.skip(why)
        pytest.fail(f"PostgreSQL is installed but would not start: {why}")
    assert _server is not None
    return _server


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    return shared_server()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A URL to an empty store of this test's own (a schema: see the module docstring)."""
    url = postgres_server.create_schema()
    yield url
    postgres_server.drop_schema(url)


# --- starting a server ---------------------------------------------------------------------


class _Unavailable(Exception):
    """PostgreSQL cannot run here (not installed, no user to run it as): tests skip."""


def _existing_server() -> PostgresServer | None:
    given = os.environ.get(ENV_URL)
    if not given:
        return None
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(given)
    return PostgresServer(
        str(parts.get("host", "127.0.0.1")),
        int(str(parts.get("port", 5432))),
        str(parts.get("user", ROLE)),
    )


def _start_server() -> PostgresServer:
    bin_dir = _bin_dir()
    run_as = _unprivileged_uid()
    # the server's user must reach the folder: /tmp, not a TMPDIR under our own home
    shared_tmp = "/tmp" if run_as is not None and os.path.isdir("/tmp") else None
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-pg-", dir=shared_tmp))
    os.chmod(folder, 0o700)
    if run_as is not None:
        os.chown(folder, run_as, -1)
    server = PostgresServer("127.0.0.1", 0, ROLE, folder, bin_dir, run_as)
    atexit.register(server.stop)
    data = str(folder / "data")
    _run(server, "initdb", "-D", data, "-U", ROLE, "--auth=trust", "-E", "UTF8",
         f"--locale={_C_LOCALE}", "--no-sync")  # fmt: skip
    for _attempt in range(3):  # another process may take the free port first
        server.port = _free_port()
        options = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {shlex.quote(str(folder))}"
        started = _run(server, "pg_ctl", "-D", data, "-l", str(folder / "log"), "-w",
                       "-t", str(START_TIMEOUT), "-o", f"{options} {SERVER_OPTIONS}", "start",
                       check=False)  # fmt: skip
        if started.returncode == 0:
            _watch(server)
            return server
    raise RuntimeError(_log_tail(folder / "log") or started.stderr)


_WATCHDOG = """
import os, shutil, subprocess, sys, time
parent, pg_ctl, folder, user = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
while True:
    try:
        os.kill(parent, 0)
    except ProcessLookupError:
        break
    time.sleep(1)
subprocess.run([pg_ctl, "-D", folder + "/data", "-m", "immediate", "stop"], cwd=folder,
               user=int(user) if user else None, capture_output=True, check=False)
shutil.rmtree(folder, ignore_errors=True)
"""


def _watch(server: PostgresServer) -> None:
    """Stop the server once this process is gone, even killed (atexit would not run)."""
    assert server.folder is not None and server.bin_dir is not None
    user = "" if server.run_as is None else str(server.run_as)
    args = [str(os.getpid()), str(server.bin_dir / "pg_ctl"), str(server.folder), user]
    subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, *args],
        start_new_session=True,  # not in our process group: a Ctrl-C must not end it first
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _bin_dir() -> Path:
    """Where initdb and pg_ctl are: Debian's versioned folders (newest first), else PATH."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    raise _Unavailable(
        "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin or on PATH); "
        "run .ci/install-postgres.sh or set NEWSDESK_TEST_POSTGRES to a server URL"
    )


def _unprivileged_uid() -> int | None:
    """None when we are not root; else the uid of `postgres` (the server refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres").pw_uid
    except KeyError:
        raise _Unavailable(
            "running as root and there is no 'postgres' user to run the server as "
            "(install the postgresql package, which creates it)"
        ) from None


def _run(
    server: PostgresServer, program: str, *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    assert server.bin_dir is not None
    user = server.run_as
    done = subprocess.run(
        [str(server.bin_dir / program), *args],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT * 2,
        user=user,
        group=pwd.getpwuid(user).pw_gid if user is not None else None,
        cwd=server.folder,  # the server's user may not enter our working folder
        check=False,
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"{program} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _log_tail(log: Path, lines: int = 15) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    return ""

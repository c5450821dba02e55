"""A throwaway PostgreSQL cluster for the warehouse tests.

``LAZPACK_TEST_PG_DSN`` names a running server to use instead. Without it,
``start_cluster`` runs ``initdb`` + ``pg_ctl`` in a temporary folder, listening on a free
loopback port and a unix socket in that folder, with ``trust`` authentication (nothing but
this test run can reach it). PostgreSQL refuses to run as root, so as root the server runs as
the ``postgres`` user (``runuser``). When no server can be started the tests skip — except in
CI (``CI=true``), where they fail: CI must run them for real.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import asyncpg

DSN_ENV = "LAZPACK_TEST_PG_DSN"


class NoServer(Exception):
    """No PostgreSQL server can be started on this machine (why is the message)."""


@dataclass
class Cluster:
    dsn: str
    folder: Path | None  # None: a server we did not start
    run_as: list[str]
    bindir: Path | None

    def stop(self) -> None:
        if self.folder is None or self.bindir is None:
            return
        subprocess.run(
            [*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
             "-m", "immediate", "-w", "stop"],
            check=False, capture_output=True, timeout=60,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live: pg_config, Debian's versioned folders, then PATH."""
    pg_config = shutil.which("pg_config")
    candidates: list[Path] = []
    if pg_config:
        out = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if out:
            candidates.append(Path(out))
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for c in candidates:
        if (c / "initdb").exists() and (c / "pg_ctl").exists():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_cluster() -> Cluster:
    """The server named by ``LAZPACK_TEST_PG_DSN``, or a new throwaway cluster."""
    dsn = os.environ.get(DSN_ENV, "")
    if dsn:
        return Cluster(dsn=dsn, folder=None, run_as=[], bindir=None)
    bindir = find_bindir()
    if bindir is None:
        raise NoServer("PostgreSQL's initdb/pg_ctl are not installed")
    run_as: list[str] = []
    owner: tuple[int, int] | None = None
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        try:
            import pwd

            entry = pwd.getpwnam("postgres")
        except KeyError as err:
            raise NoServer("running as root and there is no 'postgres' user") from err
        if runuser is None:
            raise NoServer("running as root without runuser to drop to 'postgres'")
        run_as = [runuser, "-u", "postgres", "--"]
        owner = (entry.pw_uid, entry.pw_gid)
    folder = Path(tempfile.mkdtemp(prefix="lazpack-pg-"))
    if owner is not None:
        os.chown(folder, *owner)
    data = folder / "data"
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    init = subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
         "-E", "UTF8", "--no-sync"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    if init.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise NoServer(f"initdb failed: {init.stderr.strip()[-400:]}")
    opts = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder}"
        " -c fsync=off -c max_connections=200 -c shared_buffers=32MB"
    )
    start = subprocess.run(
        [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l",
         str(folder / "log"), "-w", "-t", "60", "start"],
        capture_output=True, text=True, env=env, check=False, timeout=90,
    )  # fmt: skip
    if start.returncode != 0:
        log = (
            (folder / "log").read_text(errors="replace")[-400:] if (folder / "log").exists() else ""
        )
        shutil.rmtree(folder, ignore_errors=True)
        raise NoServer(f"pg_ctl start failed: {start.stderr.strip()[-300:]} {log}")
    return Cluster(
        dsn=f"postgresql://postgres@127.0.0.1:{port}/postgres",
        folder=folder,
        run_as=run_as,
        bindir=bindir,
    )


def pg_ctl(cluster: Cluster, action: str) -> None:
    """``stop`` or ``start`` the cluster we started (the database-goes-away tests)."""
    if cluster.folder is None or cluster.bindir is None:
        raise NoServer("the server was not started by the tests; it cannot be stopped")
    data = cluster.folder / "data"
    args = [*cluster.run_as, str(cluster.bindir / "pg_ctl"), "-D", str(data), "-w"]
    if action == "stop":
        args += ["-m", "fast", "stop"]
    else:
        port = cluster.dsn.rsplit(":", 1)[1].split("/")[0]
        opts = (
            f"-c listen_addresses=127.0.0.1 -c port={port}"
            f" -c unix_socket_directories={cluster.folder} -c fsync=off -c max_connections=200"
        )
        args += ["-o", opts, "-l", str(cluster.folder / "log"), "start"]
    subprocess.run(args, check=True, capture_output=True, timeout=90)


class Outage:
    """Makes the test's database unreachable (connections cut, new ones refused) and back."""

    def __init__(self, admin_dsn: str, dsn: str) -> None:
        self.admin_dsn = admin_dsn
        self.name = dsn.rpartition("/")[2]

    async def _admin(self, *sql: str) -> None:
        conn = await asyncpg.connect(self.admin_dsn)
        try:
            for s in sql:
                await conn.execute(s)
        finally:
            await conn.close()

    def _run(self, *sql: str) -> None:
        # its own thread: callable from sync tests and from inside a running loop alike
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, self._admin(*sql)).result()

    def cut(self) -> None:
        self._run(
            f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false',
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"  # noqa: S608 - test's own name
            f" WHERE datname = '{self.name}'",
        )

    def restore(self) -> None:
        self._run(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')

"""Helpers shared by the store tests: the store under test, a records builder, the ingest CLI
runner, English article variants.

The store under test is an SQLite file, and a fresh PostgreSQL database on a server:
``NEWSGRAPH_TEST_PG`` is a SQLAlchemy URL of a PostgreSQL server the tests may create and drop
databases on (``.ci/run`` starts a throwaway cluster and sets it). Without it, the tests start a
throwaway cluster of their own when PostgreSQL's ``initdb`` and ``pg_ctl`` are installed (as
``.ci/run`` does: a temporary folder, a Unix socket, no TCP port; stopped when the run ends), and
otherwise skip the PostgreSQL cases, saying why; under ``CI=true`` they fail instead, so CI cannot
pass without them.
A test module imports the fixtures it uses (``from store_helpers import backend, postgres_url,
store_target``); they live here rather than in a conftest.py, which pytest would collect as a
second module named ``conftest`` next to tests/graph's when both folders are named on one
command line.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "data" / "corpus" / "english" / "moscow_talks_en.txt"
SAMPLE = ROOT / "data" / "corpus" / "sample"
PG_ENV = "NEWSGRAPH_TEST_PG"
BACKENDS = ("sqlite", "postgresql")


def postgres_server(config: pytest.Config | None = None) -> str:
    """The configured server URL, else a throwaway cluster's (started once per test run); skips
    (or, in CI, fails) the test when there is neither."""
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    message = (
        f"{PG_ENV} is not set (a postgresql+psycopg:// URL of a server the tests may create "
        "databases on)"
    )
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(f"CI=true, but {message}; .ci/run starts a cluster and sets it")
    if config is not None:
        started = throwaway_cluster(config)
        if started.startswith("postgresql"):
            return started
        message += f", and {started}"
    pytest.skip(message)


_CLUSTER = pytest.StashKey[str]()


def throwaway_cluster(config: pytest.Config) -> str:
    """The URL of a PostgreSQL cluster started for this test run (stopped and removed when it
    ends), or why none could start (one line). Started once, on first use."""
    if _CLUSTER in config.stash:
        return config.stash[_CLUSTER]
    config.stash[_CLUSTER] = outcome = _start_cluster(config)
    return outcome


def _start_cluster(config: pytest.Config) -> str:
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    found = initdb[-1] if initdb else shutil.which("initdb")
    if not found:
        return "PostgreSQL's initdb is not installed (apt-get install postgresql) to start one"
    try:
        import psycopg  # noqa: F401 - the driver the store's postgresql+psycopg URLs need
    except ImportError:
        return "psycopg is not installed"
    bin_dir = Path(found).parent
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: the server runs as the postgres user
        if shutil.which("runuser") is None:
            shutil.rmtree(folder, ignore_errors=True)
            return "the tests run as root and runuser(1) is missing to start it as postgres"
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"

    def run(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*as_user, *argv], capture_output=True, text=True, timeout=120, check=False
        )

    steps = [
        [str(bin_dir / "initdb"), "-D", str(data), "-U", "newsgraph", "--auth=trust",
         "--encoding=UTF8", "--no-locale"],
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "-s",
         "-o", f"-c listen_addresses='' -k {folder} -c fsync=off -c max_connections=50", "start"],
    ]  # fmt: skip
    for n, argv in enumerate(steps):
        done = run(*argv)
        if done.returncode != 0:
            if n:  # a half-started server: stop it if it is there at all
                run(str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-s", "-m", "immediate", "stop")
            shutil.rmtree(folder, ignore_errors=True)
            last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
            return f"a throwaway cluster did not start ({Path(argv[0]).name}: {last[0]})"

    def stop() -> None:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-s", "-m", "fast", "stop")
        shutil.rmtree(folder, ignore_errors=True)

    config.add_cleanup(stop)
    return f"postgresql+psycopg://newsgraph@/postgres?host={folder}"


def _admin(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture
def postgres_url(pytestconfig: pytest.Config) -> Iterator[str]:
    """A URL of a new, empty PostgreSQL database, dropped after the test."""
    from sqlalchemy.engine import make_url

    server = postgres_server(pytestconfig)
    name = f"newsgraph_test_{uuid.uuid4().hex[:12]}"
    admin = _admin(server)
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as err:  # noqa: BLE001 - a misconfigured server should say so once, clearly
        admin.dispose()
        pytest.fail(f"{PG_ENV}={server}: cannot create a test database: {str(err).splitlines()[0]}")
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on."""
    return request.param


@pytest.fixture
def store_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where the test's store lives: an SQLite file path, or a fresh PostgreSQL database's URL."""
    if backend == "sqlite":
        return str(tmp_path / "corpus.db")
    return request.getfixturevalue("postgres_url")


def build_records(
    doc_id: str,
    text: str,
    entities: list[dict],
    *,
    date: str | None = "2025-12-03",
    language: str = "en",
    relations: list[tuple[str, str, str]] = (),
) -> dict[str, Any]:
    """Valid one-document records: one sentence holding ``text``; each entity mentioned once by its
    label.

    ``relations`` are (actor id, type, recipient id), dated with the document.
    """
    mentions = []
    for e in entities:
        start = text.find(e["label"])
        assert start >= 0, f"{e['label']!r} is not in the text"
        mentions.append(
            {
                "entity": e["id"],
                "sentence": f"{doc_id}:0",
                "start": start,
                "end": start + len(e["label"]),
                "text": e["label"],
            }
        )
    full = [{"aliases": [e["label"]], "country": None, "mentions": 1, **e} for e in entities]
    return {
        "schema_version": 1,
        "documents": [
            {
                "id": doc_id,
                "title": doc_id,
                "language": language,
                "date": date,
                "source": f"{doc_id}.txt",
                "text": text,
            }
        ],
        "sentences": [
            {
                "id": f"{doc_id}:0",
                "doc": doc_id,
                "index": 0,
                "start": 0,
                "end": len(text),
                "text": text,
            }
        ],
        "entities": full,
        "mentions": mentions,
        "relations": [
            {
                "id": f"{doc_id}:r{n}",
                "source": a,
                "target": b,
                "type": t,
                "trigger": "met",
                "negated": False,
                "sentence": f"{doc_id}:0",
                "confidence": 0.9,
                "date": date,
                "trigger_start": 0,
                "trigger_end": 1,
            }
            for n, (a, t, b) in enumerate(relations)
        ],
    }


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """``python -m extract ingest ...`` in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "extract", "ingest", "--quiet", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def english_variants(folder: Path, count: int) -> Path:
    """A JSONL file of ``count`` different English articles (the test article plus a numbered
    line)."""
    text = ENGLISH.read_text(encoding="utf-8")
    path = folder / "variants.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            row = {
                "id": f"variant-{i:03d}",
                "title": f"Variant {i}",
                "date": "2025-12-03",
                "language": "en",
                "text": f"{text}\nThis is report number {i} from the newsroom.",
            }
            out.write(json.dumps(row) + "\n")
    return path


def comparable(records: dict[str, Any]) -> dict[str, Any]:
    """Records with every list sorted, so two stores can be compared whatever their insertion
    order."""
    return {
        key: sorted(value, key=lambda item: json.dumps(item, sort_keys=True))
        if isinstance(value, list)
        else value
        for key, value in records.items()
    }


def run_in_read_only_folder(
    folder: Path, argv: list[str], timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run ``argv`` (from the repository root) while ``folder`` cannot be written to, as a user
    meets it.

    Root may write anywhere, so for root the folder becomes a read-only bind mount in a private
    mount namespace (``unshare -m``; the test skips where that is not allowed); any other user
    gets the folder's write permission taken away for the run.
    """
    import shutil

    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        finally:
            folder.chmod(mode)
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare(1): cannot make a folder read-only for root")
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 97; shift; exec "$@"'
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", str(folder), *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode == 97:
        pytest.skip(
            "running as root, and a read-only bind mount is not allowed here: "
            f"{result.stderr.strip()}"
        )
    return result

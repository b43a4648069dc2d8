"""The store under test: an SQLite file, and a fresh PostgreSQL database when one is configured.

``NEWSGRAPH_TEST_PG`` is a SQLAlchemy URL of a PostgreSQL server the tests may create and drop
databases on (``.ci/run`` starts a throwaway cluster and sets it). Without it the PostgreSQL
cases skip, saying why; under ``CI=true`` they fail instead, so CI cannot pass without them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "NEWSGRAPH_TEST_PG"
BACKENDS = ("sqlite", "postgresql")


def postgres_server() -> str:
    """The configured server URL; skips (or, in CI, fails) the test when there is none."""
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    message = f"{PG_ENV} is not set (a postgresql+psycopg:// URL of a server the tests may create databases on)"
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(f"CI=true, but {message}; .ci/run starts a cluster and sets it")
    pytest.skip(message)


def _admin(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL of a new, empty PostgreSQL database, dropped after the test."""
    from sqlalchemy.engine import make_url

    server = postgres_server()
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

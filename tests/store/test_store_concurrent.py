"""Two processes writing one store at the same moment end with what one process would have stored.

No model: each writer adds fixture records (``store_helpers.build_records``) through the
store's API, started together behind a file barrier so their transactions really overlap.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import ROOT, backend, build_records, comparable, postgres_url, store_target  # noqa: F401 (fixtures)

from records import validate_records
from store import open_store

PEOPLE = [
    {"id": "kb:vladimir_putin", "label": "Vladimir Putin", "type": "PERSON", "country": "RUS"},
    {"id": "kb:steve_witkoff", "label": "Steve Witkoff", "type": "PERSON", "country": "USA"},
    {"id": "kb:jared_kushner", "label": "Jared Kushner", "type": "PERSON", "country": "USA"},
    {
        "id": "kb:volodymyr_zelensky",
        "label": "Volodymyr Zelensky",
        "type": "PERSON",
        "country": "UKR",
    },
]
TYPES = ["CONSULT", "SUPPORT", "ACCUSE", "THREATEN"]

#: A writer: open the store, say it is ready, wait for the barrier file, then add each records
#: file in turn; print the statuses.
WRITER = """
import json, os, pathlib, sys, time
from store import open_store
target, barrier, *files = sys.argv[1:]
statuses = []
with open_store(target) as store:
    store.counts()
    pathlib.Path(f"{barrier}.{os.getpid()}").touch()
    while not pathlib.Path(barrier).exists():
        time.sleep(0.002)
    for name in files:
        statuses += [
            o.status for o in store.add_records(json.loads(pathlib.Path(name).read_text()))
        ]
print(json.dumps(statuses))
"""


def article(n: int) -> dict:
    """Article ``n``: two of the shared people, one relation, and a person only this article
    names."""
    a, b = PEOPLE[n % 4], PEOPLE[(n + 1) % 4]
    own = {"id": f"kb:reporter_{n}", "label": f"Reporter {n}", "type": "PERSON"}
    text = f"{a['label']} and {b['label']} spoke, said {own['label']} in report {n}."
    return build_records(
        f"report-{n:02d}",
        text,
        [a, b, own],
        date=f"2025-12-{n % 28 + 1:02d}",
        relations=[(a["id"], TYPES[n % 4], b["id"]), (own["id"], "STATEMENT", a["id"])],
    )


def write_files(folder: Path, numbers: list[int]) -> list[str]:
    paths = []
    for n in numbers:
        path = folder / f"article-{n:02d}.json"
        if not path.exists():
            path.write_text(json.dumps(article(n)), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize(
    "first, second",
    [(list(range(0, 8)), list(range(8, 16))), (list(range(0, 12)), list(range(4, 16)))],
    ids=["disjoint", "overlapping"],
)
def test_store_two_writers_at_once_store_what_one_would(store_target, tmp_path, first, second):  # noqa: F811 (store_helpers fixture, see its docstring)
    files = tmp_path / "records"
    files.mkdir()
    open_store(
        store_target
    ).close()  # created (and migrated) before the race, as after a first ingest
    barrier = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                store_target,
                str(barrier),
                *write_files(files, numbers),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for numbers in (first, second)
    ]
    deadline = time.monotonic() + 120
    while (
        len(list(tmp_path.glob("go.*"))) < 2
        and time.monotonic() < deadline
        and all(w.poll() is None for w in writers)
    ):
        time.sleep(0.01)
    barrier.touch()  # both have the store open: go
    outputs = [w.communicate(timeout=300) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], [err for _, err in outputs]
    statuses = [json.loads(out) for out, _ in outputs]
    everything = sorted(set(first) | set(second))
    shared = len(set(first) & set(second))
    assert sum(s.count("added") for s in statuses) == len(everything)
    assert sum(s.count("duplicate") for s in statuses) == shared

    reference = tmp_path / "one-process.db"
    with open_store(reference) as one:
        for n in everything:
            one.add_records(article(n))
        expected = one.records()
    with open_store(store_target, read_only=True) as store:
        stored = store.records()
    validate_records(stored)
    assert comparable(stored) == comparable(expected)
    assert [d["id"] for d in stored["documents"]] == [f"report-{n:02d}" for n in everything]

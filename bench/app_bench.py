"""How long the explorer makes a user wait, measured in Debian's Chromium.

Prints one line per measurement: the median of REPEAT runs, the goal and the ratio.

- page load -> graph drawn: from navigation start to the component's first frame after
  physics froze (``window.__newsgraphDrawn.at``, in page time), on a warm server (the
  corpus is extracted and cached before timing, as after the first visit);
- click -> sentences shown: from the mouse click on a node to the frame in which the
  details panel shows that node's name and a highlighted source sentence (page time, checked
  on every animation frame, so no polling interval is added).

- find -> focused (and -> details shown): from pressing Enter on an alias typed in the find
  box to the frame in which the graph has centred on and selected that node (and the frame
  in which the details panel shows its name); 5,000 entities, each with a Dutch-style alias
  "Akteur i".

Corpora: the bundled sample corpus (real extraction; skipped with the reason if the
pipeline is missing), and synthetic records of 500 nodes (browser physics) and 1000 nodes
(server-side positions, physics off).

Run: ``python bench/app_bench.py`` (needs /usr/bin/chromium).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.support import chromium, node_point, running_app, wait_drawn  # noqa: E402

REPEAT = 5
LOAD_GOAL_S = 3.0
CLICK_GOAL_S = 0.5
JS_PANEL_SHOWN = """(name) => {
  const title = [...document.querySelectorAll('.ng-title')].find((e) => e.textContent === name);
  return title && document.querySelector('li mark') ? performance.now() : false;
}"""
TYPES = ["CONSULT", "AGREE", "ACCUSE", "THREATEN", "SUPPORT", "REQUEST", "REJECT", "COOPERATE"]
ENTITY_TYPES = ["PERSON", "ORG", "COUNTRY", "LOCATION"]


def synthetic_records(n_nodes: int, n_relations: int, seed: int = 7) -> dict:
    """Valid records with ``n_nodes`` entities and ``n_relations`` typed relations.

    Every relation has its own sentence "Actor i <verb> Actor j.", so each node has at
    least one source sentence to show.
    """
    rng = random.Random(seed)
    entities = [
        {
            "id": f"syn:{i}", "label": f"Actor {i}", "type": ENTITY_TYPES[i % 4],
            "aliases": [], "country": None, "mentions": 0,
        }
        for i in range(n_nodes)
    ]
    pairs = [(i, (i + 1) % n_nodes) for i in range(n_nodes)]  # a ring, so nobody is isolated
    while len(pairs) < n_relations:
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if a != b:
            pairs.append((a, b))
    documents, sentences, mentions, relations = [], [], [], []
    per_doc = 40
    for d in range(0, len(pairs), per_doc):
        doc_id = f"syn-doc-{d // per_doc}"
        lines, offset = [], 0
        for k, (a, b) in enumerate(pairs[d : d + per_doc]):
            kind = TYPES[(d + k) % len(TYPES)]
            text = f"Actor {a} {kind.lower()}s Actor {b}."
            sid = f"{doc_id}:{k}"
            sentences.append(
                {"id": sid, "doc": doc_id, "index": k, "start": offset, "end": offset + len(text), "text": text}
            )
            first, second = f"Actor {a}", f"Actor {b}"
            where = text.index(second, len(first))
            mentions.append({"entity": f"syn:{a}", "sentence": sid, "start": offset, "end": offset + len(first), "text": first})
            mentions.append({"entity": f"syn:{b}", "sentence": sid, "start": offset + where, "end": offset + where + len(second), "text": second})
            entities[a]["mentions"] += 1
            entities[b]["mentions"] += 1
            relations.append(
                {
                    "id": f"r{len(relations)}", "source": f"syn:{a}", "target": f"syn:{b}", "type": kind,
                    "trigger": kind.lower() + "s", "negated": False, "sentence": sid, "confidence": 0.9,
                }
            )
            lines.append(text)
            offset += len(text) + 1
        documents.append(
            {
                "id": doc_id, "title": f"Synthetic article {d // per_doc}", "language": "en",
                "date": f"2025-12-{1 + (d // per_doc) % 28:02d}", "source": "synthetic",
                "text": "\n".join(lines),
            }
        )
    return {
        "schema_version": 1, "documents": documents, "sentences": sentences,
        "entities": entities, "mentions": mentions, "relations": relations,
    }


def measure(url: str, profile: Path, click_nodes: list[str], label: str) -> tuple[list[float], list[float]]:
    """Page-load and click times (seconds) for REPEAT fresh pages on a warm server."""
    loads, clicks, builds = [], [], []
    with chromium(profile) as context:
        warm = context.new_page()
        warm.goto(url)
        wait_drawn(warm, timeout_ms=600_000)  # extraction and caches happen here, untimed
        warm.close()
        for i in range(REPEAT):
            page = context.new_page()
            page.goto(url)
            wait_drawn(page)
            loads.append(page.evaluate("() => window.__newsgraphDrawn.at") / 1000)
            builds.append(page.evaluate("() => window.__newsgraphBuilt.at") / 1000)
            node = click_nodes[i % len(click_nodes)]
            x, y = node_point(page, node)
            name = page.evaluate("(id) => window.__newsgraphNetwork.body.data.nodes.get(id).label", node)
            start = page.evaluate("() => performance.now()")
            page.mouse.click(x, y)
            shown = page.wait_for_function(JS_PANEL_SHOWN, arg=name, polling="raf", timeout=30_000)
            clicks.append((shown.json_value() - start) / 1000)
            page.close()
    print(f"  ({label}: network construction starts at a median {statistics.median(builds):.2f} s)")
    return loads, clicks


BASELINE_APP = """
import streamlit as st
st.title("baseline")
if st.button("Show"):
    st.html('<div class="ng-title">baseline</div><ul><li><mark>sentence</mark></li></ul>')
"""
JS_TITLE_SHOWN = "() => document.querySelector('h1') ? performance.now() : false"


def measure_baseline(tmp_path: Path) -> tuple[float, float]:
    """Medians for a bare Streamlit page: load -> first heading, and button click -> html shown.

    The floor any Streamlit app stands on, on this machine, in this run.
    """
    script = tmp_path / "baseline_app.py"
    script.write_text(BASELINE_APP, encoding="utf-8")
    loads, clicks = [], []
    with running_app(script=script) as url, chromium(tmp_path / "p-baseline") as context:
        warm = context.new_page()
        warm.goto(url)
        warm.wait_for_function(JS_TITLE_SHOWN, polling="raf", timeout=60_000)
        warm.close()
        for _ in range(REPEAT):
            page = context.new_page()
            page.goto(url)
            loads.append(page.wait_for_function(JS_TITLE_SHOWN, polling="raf", timeout=60_000).json_value() / 1000)
            button = page.get_by_role("button", name="Show")
            button.wait_for()
            start = page.evaluate("() => performance.now()")
            button.click()
            shown = page.wait_for_function(JS_PANEL_SHOWN, arg="baseline", polling="raf", timeout=30_000)
            clicks.append((shown.json_value() - start) / 1000)
            page.close()
    return statistics.median(loads), statistics.median(clicks)


def report(label: str, loads: list[float], clicks: list[float], baseline: tuple[float, float]) -> None:
    load, click = statistics.median(loads), statistics.median(clicks)
    print(
        f"page load -> graph drawn, {label}: median {load:.2f} s, goal {LOAD_GOAL_S:.1f} s, "
        f"ratio {load / LOAD_GOAL_S:.2f}; bare Streamlit page {baseline[0]:.2f} s (x{load / baseline[0]:.1f})"
    )
    print(
        f"click -> sentences shown, {label}: median {click:.3f} s, goal {CLICK_GOAL_S:.1f} s, "
        f"ratio {click / CLICK_GOAL_S:.2f}; bare Streamlit button {baseline[1]:.3f} s (x{click / baseline[1]:.1f})"
    )


FIND_GOAL_S = 0.5
JS_FOCUSED = """(id) => {
  const f = window.__newsgraphFocused;
  return f && f.id === id ? performance.now() : false;
}"""


def measure_find(url: str, profile: Path, targets: list[tuple[str, str, str]]) -> tuple[list[float], list[float]]:
    """Seconds from Enter in the find box to the focus, and to the details, for (id, alias, label)."""
    times, panels = [], []
    with chromium(profile) as context:
        warm = context.new_page()
        warm.goto(url)
        wait_drawn(warm, timeout_ms=600_000)
        warm.close()
        for i in range(REPEAT):
            node, alias, label = targets[i % len(targets)]
            page = context.new_page()
            page.goto(url)
            wait_drawn(page)
            page.get_by_test_id("stMain").get_by_test_id("stSelectbox").first.locator("input").click()
            page.keyboard.type(alias)
            page.get_by_role("option").first.wait_for()
            start = page.evaluate("() => performance.now()")
            page.keyboard.press("Enter")
            done = page.wait_for_function(JS_FOCUSED, arg=node, polling="raf", timeout=60_000)
            times.append((done.json_value() - start) / 1000)
            shown = page.wait_for_function(JS_PANEL_SHOWN, arg=label, polling="raf", timeout=60_000)
            panels.append((shown.json_value() - start) / 1000)
            page.close()
    return times, panels


def find_bench(tmp_path: Path, n_nodes: int = 5000, n_relations: int = 10000) -> None:
    """Search to focus on a graph of ``n_nodes`` entities whose aliases differ from their labels."""
    records = synthetic_records(n_nodes, n_relations)
    for entity in records["entities"]:
        entity["aliases"] = [entity["label"].replace("Actor", "Akteur")]
    path = tmp_path / f"find{n_nodes}.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    # aliases that match one entity only ("Akteur 17" would also find "Akteur 170")
    targets = [(f"syn:{i}", f"Akteur {i}", f"Actor {i}") for i in (2500, 3999, 1234)]
    with running_app({"NEWSGRAPH_RECORDS": str(path)}) as url:
        times, panels = measure_find(url, tmp_path / "p-find", targets)
    for what, values in (("focused", times), ("details shown", panels)):
        median = statistics.median(values)
        print(
            f"find -> {what}, {n_nodes} entities: median {median:.3f} s, "
            f"goal {FIND_GOAL_S:.1f} s, ratio {median / FIND_GOAL_S:.2f}"
        )


def top_nodes(records: dict, k: int = 3) -> list[str]:
    ranked = sorted(records["entities"], key=lambda e: -e["mentions"])
    return [e["id"] for e in ranked[:k]]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        baseline = measure_baseline(tmp_path)
        print(f"baseline, bare Streamlit: page load {baseline[0]:.2f} s, button click -> html {baseline[1]:.3f} s")
        # 1. the sample corpus, extracted by the real pipeline
        from extract.api import SAMPLE_CORPUS, extract
        from extract.documents import read_path

        result = extract(read_path(SAMPLE_CORPUS))
        if result.errors or not result.records["relations"]:
            reason = result.errors[0][1] if result.errors else "no relations extracted"
            print(f"page load -> graph drawn, sample corpus: skipped ({reason})")
        else:
            with running_app() as url:
                loads, clicks = measure(url, tmp_path / "p-sample", top_nodes(result.records), "sample")
            report(f"sample corpus ({len(result.records['entities'])} entities)", loads, clicks, baseline)
        # 2. synthetic graphs: browser physics at 500 nodes, server positions above
        for n_nodes, n_relations in ((500, 1000), (1000, 2000)):
            records = synthetic_records(n_nodes, n_relations)
            path = tmp_path / f"syn{n_nodes}.json"
            path.write_text(json.dumps(records), encoding="utf-8")
            with running_app({"NEWSGRAPH_RECORDS": str(path)}) as url:
                loads, clicks = measure(url, tmp_path / f"p-{n_nodes}", top_nodes(records), f"{n_nodes}")
            report(f"synthetic {n_nodes} nodes / {n_relations} relations", loads, clicks, baseline)
        # 3. search to focus on a big graph
        find_bench(tmp_path)


if __name__ == "__main__":
    main()

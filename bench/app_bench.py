"""How long the explorer makes a user wait, measured in Debian's Chromium, as ratios to bare
Streamlit.

Every figure is the median of REPEAT runs. The app and a bare Streamlit page (one ``st.write``
and one button, served the same way by ``tests.browser.support.running_app``) are measured in
the same run, alternately, so a loaded machine slows both; the ratios are the figures to read.

- page load -> graph drawn: from navigation start to the component's first frame after physics
  froze (``window.__newsgraphDrawn.at``, page time), on a warm server; bare: navigation start
  to the frame showing the ``st.write`` text. Goal: at most 2x.
- page load -> filters shown: from navigation start to the frame showing the sidebar's
  "Reset filters" button (a new page draws the graph first and the filters and the timeline
  in the next run, ui.first_paint); printed beside the graph's figure, no goal of its own.
- click -> sentences shown, whatever draws them (the details pane draws a click's panel in the
  browser at once, ui.details_pane, and the panel's run takes over): on a settled page (graph
  drawn, filters shown, the timeline drawn and no script running, as a reader who looked at the
  graph before clicking finds it; the timeline's first drawing, Vega's, keeps the browser busy
  for a while after the last run, and a click measured during it measured that drawing), from
  the mouse click on a node to the frame in which the details column shows that node's name
  and a highlighted source sentence, both visible (checked on every animation frame); bare:
  button click to the frame showing what the button writes. Goal: at most 2x. Printed beside
  it: the messages and bytes the page receives for the click, until its run is over.
- start -> graph drawn: a new server process, then page load to graph drawn, with the
  extraction cache (``extract.cache``) empty (first start) and filled (second start; goal 3 s).
- stored corpus of 5,000 entities and 20,000 relations (synthetic, in a temporary SQLite
  store): choosing it in the sidebar to its default view drawn (goal 5 s), and frames per
  second while a script pans (mouse drags) and zooms (wheel) the canvas: animation frames
  (``requestAnimationFrame``) and network redraws (vis ``afterDrawing``) counted in the page.

- find -> focused (and -> details shown): from pressing Enter on an alias typed in the find
  box to the frame in which the graph has centred on and selected that node (and the frame
  in which the details panel shows its name); 5,000 entities, each with a Dutch-style alias
  "Akteur i".

Run: ``python bench/app_bench.py [--synthetic] [--sample | --find | --stored]`` (needs
/usr/bin/chromium; ``--synthetic`` adds the 500- and 1000-node records files; ``--sample``
measures the sample corpus's page load and click only, against bare Streamlit; ``--find``
measures find -> focused alone; ``--stored`` the big stored corpus alone).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import os  # noqa: E402
import time  # noqa: E402
from contextlib import ExitStack  # noqa: E402

from records import ENTITY_TYPES as ALL_ENTITY_TYPES  # noqa: E402
from tests.browser.support import (  # noqa: E402
    JS_SETTLED,
    chromium,
    node_point,
    running_app,
    wait_drawn,
)

REPEAT = 5
RATIO_GOAL = 2.0  #: page load and click, against bare Streamlit
SECOND_START_GOAL_S = 3.0
STORED_GOAL_S = 5.0
STORED_SIZE = (5000, 20000)
JS_FILTERS_SHOWN = """() => [...document.querySelectorAll('[data-testid="stSidebar"] button')]
  .some((b) => b.textContent.trim() === 'Reset filters') ? performance.now() : false"""
#: The timeline under the graph has drawn (Vega's SVG or canvas is in the page).
JS_TIMELINE_DRAWN = """() => {
  const chart = document.querySelector('[data-testid="stMain"] [data-testid="stVegaLiteChart"]');
  return Boolean(chart && chart.querySelector('svg, canvas'));
}"""
#: The details column shows ``name`` and a highlighted sentence, both visible, whatever drew them
#: (the details pane at the click, ui.details_pane, or the panel's run); a panel being replaced
#: is hidden, so its sentences do not count.
JS_PANEL_SHOWN = """(name) => {
  const title = [...document.querySelectorAll('.ng-title')]
    .find((e) => e.textContent === name && e.checkVisibility());
  const column = title && title.closest('[data-testid="stColumn"]');
  const marked = column && [...column.querySelectorAll('li mark')].some((m) => m.checkVisibility());
  return marked ? performance.now() : false;
}"""
TYPES = ["CONSULT", "AGREE", "ACCUSE", "THREATEN", "SUPPORT", "REQUEST", "REJECT", "COOPERATE"]
#: Synthetic entities are actors and places; events come only from extraction.
ENTITY_TYPES = [t for t in ALL_ENTITY_TYPES if t != "EVENT"]


def synthetic_records(
    n_nodes: int, n_relations: int, seed: int = 7, pairs: list[tuple[int, int]] | None = None
) -> dict:
    """Valid records with ``n_nodes`` entities and ``n_relations`` typed relations (between
    the entities ``pairs`` numbers, when given: then ``n_relations`` is not used).

    Every relation has its own sentence "Actor i <verb> Actor j.", so each node has at
    least one source sentence to show.
    """
    rng = random.Random(seed)
    entities = [
        {
            "id": f"syn:{i}",
            "label": f"Actor {i}",
            "type": ENTITY_TYPES[i % 4],
            "aliases": [],
            "country": None,
            "mentions": 0,
        }
        for i in range(n_nodes)
    ]
    if pairs is None:
        pairs = [(i, (i + 1) % n_nodes) for i in range(n_nodes)]  # a ring: nobody is isolated
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
                {
                    "id": sid,
                    "doc": doc_id,
                    "index": k,
                    "start": offset,
                    "end": offset + len(text),
                    "text": text,
                }
            )
            first, second = f"Actor {a}", f"Actor {b}"
            where = text.index(second, len(first))
            mentions.append(
                {
                    "entity": f"syn:{a}",
                    "sentence": sid,
                    "start": offset,
                    "end": offset + len(first),
                    "text": first,
                }
            )
            mentions.append(
                {
                    "entity": f"syn:{b}",
                    "sentence": sid,
                    "start": offset + where,
                    "end": offset + where + len(second),
                    "text": second,
                }
            )
            entities[a]["mentions"] += 1
            entities[b]["mentions"] += 1
            relations.append(
                {
                    "id": f"r{len(relations)}",
                    "source": f"syn:{a}",
                    "target": f"syn:{b}",
                    "type": kind,
                    "trigger": kind.lower() + "s",
                    "negated": False,
                    "sentence": sid,
                    "confidence": 0.9,
                }
            )
            lines.append(text)
            offset += len(text) + 1
        documents.append(
            {
                "id": doc_id,
                "title": f"Synthetic article {d // per_doc}",
                "language": "en",
                "date": f"2025-12-{1 + (d // per_doc) % 28:02d}",
                "source": "synthetic",
                "text": "\n".join(lines),
            }
        )
    return {
        "schema_version": 1,
        "documents": documents,
        "sentences": sentences,
        "entities": entities,
        "mentions": mentions,
        "relations": relations,
    }


BARE_APP = """
import streamlit as st
st.write("bare Streamlit")
if st.button("Show"):
    st.write("clicked")
"""
JS_TEXT_SHOWN = """(text) => [...document.querySelectorAll('[data-testid="stMarkdownContainer"]')]
  .some((e) => e.textContent.trim() === text) ? performance.now() : false"""


class Bare:
    """A bare Streamlit page served like the app: page load and button round trip, one run at a
    time."""

    def __init__(self, url: str, context) -> None:
        self.url, self.context = url, context
        self.loads: list[float] = []
        self.clicks: list[float] = []

    def once(self) -> None:
        page = self.context.new_page()
        page.goto(self.url)
        self.loads.append(
            page.wait_for_function(
                JS_TEXT_SHOWN, arg="bare Streamlit", polling="raf", timeout=60_000
            ).json_value()
            / 1000
        )
        button = page.get_by_role("button", name="Show")
        button.wait_for()
        start = page.evaluate("() => performance.now()")
        button.click()
        shown = page.wait_for_function(JS_TEXT_SHOWN, arg="clicked", polling="raf", timeout=30_000)
        self.clicks.append((shown.json_value() - start) / 1000)
        page.close()


def app_once(
    context,
    url: str,
    click_nodes: list[str],
    i: int,
    sent: list[tuple[int, int]] | None = None,
    page_bytes: list[int] | None = None,
) -> tuple[float, float, float, float]:
    """One fresh page of the app: (load -> drawn, network construction start, click ->
    sentences, load -> filters shown); appends to ``sent`` the (messages, bytes) the page
    received for the click, until its run was over, and to ``page_bytes`` the bytes it received
    over its websocket until it settled (both runs of a new page, ui.first_paint)."""
    page = context.new_page()
    received: list[int] = []
    page.on(
        "websocket",
        lambda socket: socket.on("framereceived", lambda payload: received.append(len(payload))),
    )
    page.goto(url)
    wait_drawn(page)
    load = page.evaluate("() => window.__newsgraphDrawn.at") / 1000
    built = page.evaluate("() => window.__newsgraphBuilt.at") / 1000
    filters = (
        page.wait_for_function(JS_FILTERS_SHOWN, polling="raf", timeout=60_000).json_value() / 1000
    )
    page.wait_for_function(JS_TIMELINE_DRAWN, polling="raf", timeout=60_000)
    page.wait_for_function(JS_SETTLED, polling="raf", timeout=60_000)
    node = click_nodes[i % len(click_nodes)]
    x, y = node_point(page, node)
    name = page.evaluate("(id) => window.__newsgraphNetwork.body.data.nodes.get(id).label", node)
    if page_bytes is not None:
        page_bytes.append(sum(received))
    received.clear()
    start = page.evaluate("() => performance.now()")
    page.mouse.click(x, y)
    shown = page.wait_for_function(JS_PANEL_SHOWN, arg=name, polling="raf", timeout=30_000)
    click = (shown.json_value() - start) / 1000
    page.wait_for_function(JS_SETTLED, polling="raf", timeout=60_000)
    if sent is not None:
        sent.append((len(received), sum(received)))
    page.close()
    return load, built, click, filters


def measure_against_bare(
    url: str, bare: Bare, context, click_nodes: list[str]
) -> tuple[list[float], list[float], list[float], list[float]]:
    """REPEAT alternating runs of a bare page and the app; returns app loads and clicks and the bare
    loads and clicks of the same rounds."""
    warm = context.new_page()
    warm.goto(url)
    wait_drawn(warm, timeout_ms=600_000)  # extraction and caches happen here, untimed
    warm.close()
    bare.once()  # warm the bare server too
    first = len(bare.loads)
    loads, builds, clicks, filters = [], [], [], []
    sent: list[tuple[int, int]] = []
    page_bytes: list[int] = []
    for i in range(REPEAT):
        bare.once()
        load, built, click, shown = app_once(context, url, click_nodes, i, sent, page_bytes)
        loads.append(load), builds.append(built), clicks.append(click), filters.append(shown)
    print(
        f"  (network construction starts at a median {statistics.median(builds):.2f} s; "
        f"page load -> filters shown: median {statistics.median(filters):.3f} s, "
        f"{statistics.median(filters) / statistics.median(bare.loads[first:]):.2f}x bare; "
        f"a new page receives a median {statistics.median(page_bytes) / 1000:.0f} kB over its "
        "websocket; "
        f"a click's run sends a median {statistics.median(n for n, _ in sent):.0f} messages, "
        f"{statistics.median(b for _, b in sent) / 1000:.1f} kB)"
    )
    return loads, clicks, bare.loads[first:], bare.clicks[first:]


def report(
    label: str,
    loads: list[float],
    clicks: list[float],
    bare_loads: list[float],
    bare_clicks: list[float],
) -> None:
    load, click = statistics.median(loads), statistics.median(clicks)
    bload, bclick = statistics.median(bare_loads), statistics.median(bare_clicks)
    for what, mine, base in (
        ("page load -> graph drawn", load, bload),
        ("click -> sentences shown", click, bclick),
    ):
        ratio = mine / base
        print(
            f"{what}, {label}: median {mine:.3f} s; bare Streamlit {base:.3f} s; "
            f"ratio {ratio:.2f} (goal <= {RATIO_GOAL:.0f}: "
            f"{'met' if ratio <= RATIO_GOAL else 'MISSED'})"
        )


FIND_GOAL_S = 0.5
JS_FOCUSED = """(id) => {
  const f = window.__newsgraphFocused;
  return f && f.id === id ? performance.now() : false;
}"""
#: From the next frame on, note the first frame in which the canvas has centred on ``id``
#: (:data:`JS_FOCUSED`) and the first in which the details show ``name`` (:data:`JS_PANEL_SHOWN`),
#: both watched by one loop: waiting for the details only once the focus was seen started
#: watching them a round trip to the browser late, and measured that round trip.
JS_WATCH_FIND = f"""([id, name]) => {{
  const seen = (window.__findSeen = {{}});
  const focused = {JS_FOCUSED};
  const shown = {JS_PANEL_SHOWN};
  const tick = () => {{
    seen.focused ??= focused(id) || undefined;
    seen.details ??= shown(name) || undefined;
    if (seen.focused === undefined || seen.details === undefined) requestAnimationFrame(tick);
  }};
  requestAnimationFrame(tick);
}}"""


def measure_find(
    url: str, profile: Path, targets: list[tuple[str, str, str]]
) -> tuple[list[float], list[float]]:
    """Seconds from Enter in the find box to the focus, and to the details, for (id, alias,
    label)."""
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
            page.get_by_test_id("stMain").get_by_role("combobox", name="Find", exact=True).click()
            page.keyboard.type(alias)
            page.get_by_role("option").first.wait_for()
            page.evaluate(JS_WATCH_FIND, [node, label])
            start = page.evaluate("() => performance.now()")
            page.keyboard.press("Enter")
            seen = page.wait_for_function(
                "() => window.__findSeen.focused && window.__findSeen.details && window.__findSeen",
                timeout=60_000,
            ).json_value()
            times.append((seen["focused"] - start) / 1000)
            panels.append((seen["details"] - start) / 1000)
            page.close()
    return times, panels


def find_bench(tmp_path: Path, n_nodes: int = 5000, n_relations: int = 10000) -> None:
    """Search to focus on a graph of ``n_nodes`` entities whose aliases differ from their labels.

    Two cases: a node the default view draws (its best-connected part: the graph only centres
    and selects) and a node it leaves out (the graph centres on that node's neighbourhood).
    """
    records = synthetic_records(n_nodes, n_relations)
    for entity in records["entities"]:
        entity["aliases"] = [entity["label"].replace("Actor", "Akteur")]
    path = tmp_path / f"find{n_nodes}.json"
    path.write_text(json.dumps(records), encoding="utf-8")

    def target(i: int) -> tuple[str, str, str]:
        return f"syn:{i}", f"Akteur {i}", f"Actor {i}"

    with running_app({"NEWSGRAPH_RECORDS": str(path)}) as url:
        with chromium(tmp_path / "p-find") as context:
            page = context.new_page()
            page.goto(url)
            wait_drawn(page, timeout_ms=600_000)
            on_screen = set(
                page.evaluate("() => window.__newsgraphNetwork.body.data.nodes.getIds()")
            )
            page.close()
        # aliases that match one entity only ("Akteur 17" would also find "Akteur 170")
        unique = [i for i in range(n_nodes) if len(str(i)) == len(str(n_nodes - 1))]
        drawn = [target(i) for i in unique if f"syn:{i}" in on_screen][:3]
        left_out = [target(i) for i in (2500, 3999, 1234) if f"syn:{i}" not in on_screen]
        cases = [("a drawn node", drawn), ("a node the default view leaves out", left_out)]
        for label, targets in cases:
            times, panels = measure_find(url, tmp_path / "p-find", targets)
            for what, values in (("focused", times), ("details shown", panels)):
                median = statistics.median(values)
                print(
                    f"find -> {what}, {n_nodes} entities, {label}: median {median:.3f} s, "
                    f"goal {FIND_GOAL_S:.1f} s, ratio {median / FIND_GOAL_S:.2f} "
                    f"(runs: {' '.join(f'{v:.3f}' for v in values)}; "
                    f"{sum(v > FIND_GOAL_S for v in values)} over the goal)"
                )


def top_nodes(records: dict, k: int = 3) -> list[str]:
    ranked = sorted(records["entities"], key=lambda e: -e["mentions"])
    return [e["id"] for e in ranked[:k]]


def measure_starts(tmp_path: Path, repeat: int = 3) -> None:
    """New server processes, on one port as a user would restart: the app on the sample corpus
    with an empty extraction cache (first start), then with it filled (second start), each
    second start alternating with a new bare Streamlit server."""
    from tests.browser.support import free_port

    env = {"NEWSGRAPH_CACHE": str(tmp_path / "start-cache")}  # empty: nothing warmed it
    bare_script = tmp_path / "bare_app.py"
    port = free_port()
    app_times: list[float] = []
    bare_times: list[float] = []
    with chromium(tmp_path / "p-starts") as context:

        def start(script: Path | None) -> float:
            with running_app(env, script=script, port=port) as url:
                page = context.new_page()
                page.goto(url)
                if script is None:
                    wait_drawn(page, timeout_ms=600_000)
                    seconds = page.evaluate("() => window.__newsgraphDrawn.at") / 1000
                else:
                    seconds = (
                        page.wait_for_function(
                            JS_TEXT_SHOWN, arg="bare Streamlit", polling="raf", timeout=60_000
                        ).json_value()
                        / 1000
                    )
                page.close()
            return seconds

        first = start(None)
        print(
            "first start (empty extraction cache, new server): page load -> graph drawn "
            f"{first:.2f} s"
        )
        for _ in range(repeat):
            bare_times.append(start(bare_script))
            app_times.append(start(None))
    median, bare = statistics.median(app_times), statistics.median(bare_times)
    print(
        "second start (extraction cache filled, new server): page load -> graph drawn median "
        f"{median:.2f} s "
        f"over {repeat}, goal {SECOND_START_GOAL_S:.0f} s: "
        f"{'met' if median <= SECOND_START_GOAL_S else 'MISSED'}; "
        f"new bare Streamlit server {bare:.2f} s (ratio {median / bare:.2f})"
    )


JS_FPS = """async () => {
  const net = window.__newsgraphNetwork;
  const canvas = window.__newsgraphHost.querySelector('canvas');
  let frames = 0, draws = 0, running = true;
  const onDraw = () => { draws += 1; };
  net.on('afterDrawing', onDraw);
  const tick = () => { if (running) { frames += 1; requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  window.__fps = { stop: () => { running = false; net.off('afterDrawing', onDraw); return { frames, draws }; } };
  const box = canvas.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}"""  # noqa: E501 (JavaScript kept byte for byte)


def pan_and_zoom_fps(page) -> tuple[float, float, float]:
    """Scripted pan (three mouse drags) and zoom (wheel in and out) on the canvas; returns
    (seconds, animation frames per second, network redraws per second)."""
    centre = page.evaluate(JS_FPS)
    x, y = centre["x"], centre["y"]
    start = time.perf_counter()
    for dx, dy in ((200, 0), (-150, 120), (-50, -120)):
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + dx, y + dy, steps=30)
        page.mouse.up()
    page.mouse.move(x, y)
    for delta in [-120] * 10 + [120] * 10:
        page.mouse.wheel(0, delta)
        page.wait_for_timeout(30)
    seconds = time.perf_counter() - start
    counts = page.evaluate("() => window.__fps.stop()")
    return seconds, counts["frames"] / seconds, counts["draws"] / seconds


def fill_extraction_cache() -> None:
    """The sample corpus's records in the extraction cache (``NEWSGRAPH_CACHE``), as the
    whole bench's first step leaves them: the app then opens on the sample without spaCy."""
    from extract.cache import cached_extraction
    from ui.corpus import corpus_hash, run_extraction, sample_documents

    documents = sample_documents()
    cached_extraction(corpus_hash(documents), lambda: run_extraction(documents))


def measure_stored(tmp_path: Path) -> None:
    """A store of STORED_SIZE synthetic entities and relations, chosen in the sidebar."""
    from store import open_store

    n_nodes, n_relations = STORED_SIZE
    path = tmp_path / "big.db"
    records = synthetic_records(n_nodes, n_relations)
    began = time.perf_counter()
    with open_store(path) as store:
        store.add_records(records)
        counts = store.counts()
    print(
        f"  (stored {counts['entities']} entities and {counts['relations']} relations in "
        f"{time.perf_counter() - began:.1f} s)"
    )
    env = {"NEWSGRAPH_STORE": str(path), "NEWSGRAPH_CACHE": str(tmp_path / "extraction-cache")}
    opened: list[float] = []
    fps: list[tuple[float, float, float]] = []
    shown = ""
    with running_app(env) as url, chromium(tmp_path / "p-stored") as context:
        for i in range(3):
            page = context.new_page()
            page.goto(url)
            before = wait_drawn(page, timeout_ms=600_000)
            start = page.evaluate("() => performance.now()")
            page.get_by_text("Stored corpus", exact=True).click()
            page.wait_for_function(
                "(h) => window.__newsgraphDrawn && window.__newsgraphDrawn.hash !== h",
                arg=before,
                timeout=600_000,
            )
            opened.append((page.evaluate("() => window.__newsgraphDrawn.at") - start) / 1000)
            shown = page.evaluate(
                "() => window.__newsgraphNetwork.body.data.nodes.length + ' nodes, ' + "
                "window.__newsgraphNetwork.body.data.edges.length + ' edges drawn'"
            )
            page.wait_for_timeout(300)
            fps.append(pan_and_zoom_fps(page))
            page.close()
    warm = statistics.median(opened[1:])
    print(
        f"stored corpus {n_nodes} entities / {n_relations} relations: choose it -> default view "
        "drawn "
        f"first {opened[0]:.2f} s, then median {warm:.2f} s ({shown}); goal {STORED_GOAL_S:.0f} s: "
        f"{'met' if max(opened[0], warm) <= STORED_GOAL_S else 'MISSED'}"
    )
    print(
        f"  pan and zoom on it: median {statistics.median(f[1] for f in fps):.0f} animation "
        "frames/s, "
        f"{statistics.median(f[2] for f in fps):.0f} network redraws/s over "
        f"{statistics.median(f[0] for f in fps):.1f} s"
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: which measurements to run (all of them by default)."""
    parser = argparse.ArgumentParser(
        prog="python bench/app_bench.py",
        description="Time the explorer in Chromium against a bare Streamlit app (issues 20, 21).",
    )
    parser.add_argument("--synthetic", action="store_true", help="add 500/1000-node files")
    alone = parser.add_mutually_exclusive_group()
    alone.add_argument("--sample", action="store_true", help="the sample's page load and click")
    alone.add_argument("--find", action="store_true", help="find -> focused and details")
    alone.add_argument("--stored", action="store_true", help="the big stored corpus")
    return parser.parse_args(argv)


def main() -> None:
    args = parse_args()
    synthetic = args.synthetic
    if args.find:  # the find measurement alone
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["NEWSGRAPH_CACHE"] = str(Path(tmp) / "extraction-cache")
            find_bench(Path(tmp))
        return
    if args.stored:  # the big stored corpus alone
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["NEWSGRAPH_CACHE"] = str(Path(tmp) / "extraction-cache")
            fill_extraction_cache()
            measure_stored(Path(tmp))
        return
    print(
        f"machine: {os.cpu_count()} cores, possibly shared; medians of {REPEAT} alternating runs "
        "unless said"
    )
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        os.environ["NEWSGRAPH_CACHE"] = str(tmp_path / "extraction-cache")
        script = tmp_path / "bare_app.py"
        script.write_text(BARE_APP, encoding="utf-8")
        with ExitStack() as stack:
            bare_url = stack.enter_context(running_app(script=script))
            context = stack.enter_context(chromium(tmp_path / "p-bench"))
            bare = Bare(bare_url, context)
            # 1. the sample corpus, extracted by the real pipeline
            from extract.api import SAMPLE_CORPUS, extract
            from extract.documents import read_path

            result = extract(read_path(SAMPLE_CORPUS))
            if result.errors or not result.records["relations"]:
                reason = result.errors[0][1] if result.errors else "no relations extracted"
                print(f"page load -> graph drawn, sample corpus: skipped ({reason})")
            else:
                with running_app() as url:
                    runs = measure_against_bare(url, bare, context, top_nodes(result.records))
                report(f"sample corpus ({len(result.records['entities'])} entities)", *runs)
            # 2. synthetic records files: browser physics at 500 nodes, server positions above
            for n_nodes, n_relations in ((500, 1000), (1000, 2000)) if synthetic else ():
                records = synthetic_records(n_nodes, n_relations)
                path = tmp_path / f"syn{n_nodes}.json"
                path.write_text(json.dumps(records), encoding="utf-8")
                with running_app({"NEWSGRAPH_RECORDS": str(path)}) as url:
                    runs = measure_against_bare(url, bare, context, top_nodes(records))
                report(f"synthetic {n_nodes} nodes / {n_relations} relations", *runs)
        if args.sample:
            return
        # 3. first and second start; 4. the big stored corpus
        (tmp_path / "bare_app.py").write_text(BARE_APP, encoding="utf-8")
        measure_starts(tmp_path)
        measure_stored(tmp_path)
        # 5. search to focus on a big graph
        find_bench(tmp_path)


if __name__ == "__main__":
    main()

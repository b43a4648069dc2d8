"""Start the app on 127.0.0.1 and drive it with Debian's Chromium (shared by tests and bench).

Playwright's own browsers cannot be downloaded here, so Chromium comes from apt
(``apt-get install chromium``) and is launched with a fresh profile directory.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
#: ``pytestmark`` of every module that drives the browser: marked, and skipped without chromium.
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
    ),
]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Page-side helpers.  The component exposes the vis Network as window.__newsgraphNetwork and
# its host element as window.__newsgraphHost; positions are converted canvas -> DOM -> page.
JS_NODE_POINT = """(id) => {
  const net = window.__newsgraphNetwork;
  const box = window.__newsgraphHost.querySelector('canvas').getBoundingClientRect();
  const p = net.canvasToDOM(net.getPositions([id])[id]);
  return {x: box.left + p.x, y: box.top + p.y};
}"""
JS_EDGE_POINT = """(id) => {
  const net = window.__newsgraphNetwork;
  const box = window.__newsgraphHost.querySelector('canvas').getBoundingClientRect();
  const edge = net.body.edges[id];
  const [a, b] = net.getConnectedNodes(id);
  const pos = net.getPositions([a, b]);
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55]) {
    let c;
    if (edge && edge.edgeType && edge.edgeType.getPoint) { c = edge.edgeType.getPoint(t); }
    else { c = {x: pos[a].x + t * (pos[b].x - pos[a].x), y: pos[a].y + t * (pos[b].y - pos[a].y)}; }
    const d = net.canvasToDOM(c);
    if (net.getNodeAt(d) === undefined && net.getEdgeAt(d) === id) {
      return {x: box.left + d.x, y: box.top + d.y};
    }
  }
  return null;
}"""
JS_DRAWN = "() => window.__newsgraphDrawn && window.__newsgraphDrawn.hash"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(
    env: dict[str, str] | None = None,
    timeout: float = 180.0,
    script: Path | None = None,
    port: int | None = None,
) -> Iterator[str]:
    """Run ``streamlit run app.py`` (or ``script``) headless on ``port`` (default: a free one);
    yield its URL. The bench restarts servers on one port, as a user would, so the browser's
    cache of Streamlit's own files applies."""
    port = port or free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script or ROOT / "app.py"),
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    # the server's own output is kept, and shown when the test fails: a click the app lost
    # leaves its trace there (Streamlit's script-run errors), not in the browser
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited with code {process.returncode}")
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"the app did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.2)
        yield url
    except BaseException:
        log.seek(0)
        tail = log.read().decode("utf-8", "replace").splitlines()[-80:]
        print("streamlit's output (last 80 lines):", *tail, sep="\n", file=sys.stderr)
        raise
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextmanager
def chromium(profile_dir: Path, viewport: dict[str, int] | None = None) -> Iterator[Any]:
    """A persistent Chromium context with a fresh profile (Playwright driving /usr/bin/chromium)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile_dir),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            viewport=viewport or {"width": 1500, "height": 1000},
            accept_downloads=True,
        )
        try:
            yield context
        finally:
            context.close()


#: The sidebar's filters are on the page: a new page draws the graph first and the filters in
#: the run after it (ui.first_paint), so a reader's first step comes after both.
JS_FILTERS_SHOWN = """() => [...document.querySelectorAll('[data-testid="stSidebar"] button')]
  .some((b) => b.textContent.trim() === 'Reset filters')"""


def open_app(page: Any, url: str, params: str = "") -> None:
    """Open the app at ``url`` with the query string ``params`` (none by default)."""
    page.goto(url + "/" + (f"?{params}" if params else ""))


def wait_drawn(page: Any, timeout_ms: float = 120_000) -> str:
    """Wait until the network has stabilised and drawn, and the page's filters are shown (the
    run that follows a new page's graph-first run is over); return the hash of the data."""
    handle = page.wait_for_function(JS_DRAWN, timeout=timeout_ms)
    page.wait_for_function(JS_FILTERS_SHOWN, timeout=timeout_ms)
    return handle.json_value()


#: The page made its last rerun by itself: the graph is drawn, the run that follows a new
#: page's graph-first run has drawn the filters, no click waits to be sent (a click the details
#: pane drew goes to the server once the frame is painted), and no script runs now (nothing
#: else reruns the page unasked: the canvas reports its positions only when the reader leaves
#: its tab).
JS_SETTLED = f"""() => Boolean(window.__newsgraphDrawn) && ({JS_FILTERS_SHOWN})() &&
  !window.__newsgraphClickPending &&
  document.querySelector('[data-testid="stApp"]').dataset.testScriptState !== 'running'"""


def wait_settled(page: Any, timeout_ms: float = 60_000) -> None:
    """Wait until the page's own runs are over (a new page's graph-first run and the run that
    draws the rest), or a run the last step caused, before the next step."""
    page.wait_for_function(JS_SETTLED, polling="raf", timeout=timeout_ms)


#: The details panel has taken over from the details pane's drawing of a click
#: (ui.details_pane): the panel's buttons and tables are the clicked item's.
JS_PANEL_TOOK_OVER = """() => {
  const drawing = document.querySelector('.ng-instant');
  return !drawing || drawing.childElementCount === 0;
}"""


def wait_panel(page: Any, timeout_ms: float = 60_000) -> None:
    """Wait until the details panel of the last click has come (the details pane draws the
    clicked item's heading, relations and sentences at once; the panel's run brings the rest
    and takes over)."""
    page.wait_for_function(JS_PANEL_TOOK_OVER, polling="raf", timeout=timeout_ms)


def node_point(page: Any, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    point = page.evaluate(JS_NODE_POINT, node_id)
    return point["x"], point["y"]


def edge_point(page: Any, edge_id: str) -> tuple[float, float]:
    """Page coordinates of a point on an edge that no node covers."""
    point = page.evaluate(JS_EDGE_POINT, edge_id)
    if point is None:
        raise AssertionError(f"no clickable point found on edge {edge_id!r}")
    return point["x"], point["y"]


SAMPLE_RECORDS = ROOT / "tests" / "fixtures" / "sample_records.json"


def expected_edges(spec: Any, records: Path = SAMPLE_RECORDS) -> set[str]:
    """The edge ids the app should draw for a FilterSpec, computed by the library, not copied."""
    import json

    from graph.build import build_graph
    from ui import filter_state

    V = filter_state.base_view(
        build_graph(json.loads(records.read_text(encoding="utf-8"))), "actors"
    )
    return {f"{u}->{v}" for u, v in filter_state.displayed_graph(V, spec).drawn.edges}


def drawn_edges(page: Any) -> set[str]:
    """The edge ids the canvas draws now."""
    return set(page.evaluate("() => window.__newsgraphNetwork.body.data.edges.getIds()"))


def wait_edges(page: Any, expected: set[str]) -> set[str]:
    """The drawn edge ids once the graph shows ``expected`` (or after 30 s, whatever it shows)."""
    try:
        page.wait_for_function(
            "(ids) => { const net = window.__newsgraphNetwork; if (!net) return false;"
            " const now = net.body.data.edges.getIds();"
            " return now.length === ids.length && ids.every((id) => now.includes(id)); }",
            arg=sorted(expected),
            timeout=30_000,
        )
    except Exception:  # noqa: BLE001 - the caller's assertion shows the difference
        pass
    return drawn_edges(page)


def brush_timeline(page: Any, start: float, end: float) -> None:
    """Drag across the timeline under the graph from ``start`` to ``end``, as fractions of its
    width, as a reader brushes a range of days."""
    chart = page.get_by_test_id("stMain").get_by_test_id("stVegaLiteChart").first
    chart.wait_for(timeout=30_000)
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    y = box["y"] + box["height"] * 0.45
    page.mouse.move(box["x"] + box["width"] * start, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * end, y, steps=12)
    page.mouse.up()


def menu_step(page: Any, node: str, action: str) -> None:
    """Right-click ``node`` on the canvas and choose ``action`` in its menu."""
    x, y = node_point(page, node)
    page.mouse.click(x, y, button="right")
    page.locator(f".ng-menu button[data-action={action}]").click()

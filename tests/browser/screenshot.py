"""Save docs/screenshot.png: the explorer on the sample corpus with a node selected.

Run: ``python tests/browser/screenshot.py [NODE_ID]`` (needs /usr/bin/chromium).  Without a
node id the most mentioned node that has relations is clicked.  ``NEWSGRAPH_RECORDS`` in the
environment makes the app show those records instead of extracting the sample corpus.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.support import chromium, node_point, running_app, wait_drawn  # noqa: E402

OUT = ROOT / "docs" / "screenshot.png"
JS_TOP_NODE = """() => {
  const net = window.__newsgraphNetwork;
  const nodes = net.body.data.nodes.get();
  nodes.sort((a, b) => net.getConnectedEdges(b.id).length - net.getConnectedEdges(a.id).length);
  return nodes[0].id;
}"""


def select_and_save(page, node: str | None, out: Path, timeout_ms: int = 30_000) -> None:
    """Click ``node`` (default: the best-connected drawn node), wait for its sentences, move the
    mouse off the node so vis hides its tooltip, and save the page to ``out``."""
    node = node or page.evaluate(JS_TOP_NODE)
    label = page.evaluate("(id) => window.__newsgraphNetwork.body.data.nodes.get(id).label", node)
    page.mouse.click(*node_point(page, node))
    page.locator("li mark").first.wait_for(timeout=timeout_ms)
    # hover an empty corner of the canvas, so vis hides the node's tooltip
    box = page.evaluate(
        "() => window.__newsgraphHost.querySelector('canvas').getBoundingClientRect().toJSON()"
    )
    page.mouse.move(box["left"] + 8, box["top"] + 8, steps=5)
    page.wait_for_timeout(800)
    page.screenshot(path=str(out))
    print(f"saved {out.relative_to(ROOT)} with {label!r} ({node}) selected")


def main(node: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp, running_app() as url:
        with chromium(Path(tmp), viewport={"width": 1440, "height": 1000}) as context:
            page = context.new_page()
            page.goto(url)
            wait_drawn(page, timeout_ms=600_000)
            OUT.parent.mkdir(parents=True, exist_ok=True)
            select_and_save(page, node, OUT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)

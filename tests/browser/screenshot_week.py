"""Save the screenshots of the README's "A week with newsgraph": docs/week-*.png.

The corpus is built from the bundled articles as the walkthrough says: ``python -m extract
ingest`` of data/corpus/sample (the Dutch article), then of data/corpus/english, into a
temporary SQLite store, which the app opens as "Stored corpus" (``NEWSGRAPH_STORE``). Then
Playwright does what the reader does: find "Poetin", show a node's neighbours and hide one,
merge the Kremlin into Russia, open "Copy link", and brush the timeline. Each PNG is saved as
a 256-colour image when that keeps it under MAX_BYTES.

Run: ``python tests/browser/screenshot_week.py`` (needs /usr/bin/chromium; about two minutes).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import expect  # noqa: E402

from tests.browser.support import (  # noqa: E402
    brush_timeline,
    chromium,
    node_point,
    running_app,
    wait_drawn,
    wait_settled,
)

DOCS = ROOT / "docs"
MAX_BYTES = 250_000
VIEWPORT = {"width": 1280, "height": 1000}
PUTIN, RUSSIA, EUROPE = "kb:vladimir_putin", "kb:RUS", "kb:europe"
#: Hide (false) or show again (true) vis's tooltips; the rule goes where the component's own
#: stylesheet is (its root node: a shadow root or the document).
JS_TOOLTIPS = """(show) => {
  const root = window.__newsgraphHost ? window.__newsgraphHost.getRootNode() : document;
  const place = root === document ? document.head : root;
  const old = place.querySelector('#ng-shot');
  if (old) old.remove();
  if (show) return;
  const style = document.createElement('style');
  style.id = 'ng-shot';
  style.textContent = 'div.vis-tooltip { display: none !important; }';
  place.appendChild(style);
}"""


def ingest(db: Path) -> None:
    """The store of the walkthrough: Monday's Dutch article, then Tuesday's English one."""
    for folder in ("data/corpus/sample", "data/corpus/english"):
        done = subprocess.run(
            [sys.executable, "-m", "extract", "ingest", folder, "--db", str(db), "--quiet"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if done.returncode != 0:
            raise SystemExit(f"ingest {folder} failed:\n{done.stdout}{done.stderr}")
        print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else f"ingested {folder}")


def top(page) -> None:
    """Scroll the main column back to its top (a focused widget may have scrolled it)."""
    page.evaluate(
        "() => { for (const el of document.querySelectorAll('[data-testid=stMain], "
        "[data-testid=stAppScrollToBottomContainer], section')) el.scrollTop = 0;"
        " window.scrollTo(0, 0); }"
    )


def save(page, name: str, clip: dict | None = None) -> None:
    """The page (or ``clip`` of it) as docs/NAME.png, in 256 colours when it is too big."""
    from PIL import Image

    page.wait_for_timeout(600)  # animations (popovers, vis's zoom) come to rest
    # vis shows a node's tooltip after a click on it, wherever the mouse went since
    page.evaluate(JS_TOOLTIPS, False)
    data = page.screenshot(clip=clip) if clip else page.screenshot()
    page.evaluate(JS_TOOLTIPS, True)
    path = DOCS / f"{name}.png"
    if len(data) > MAX_BYTES:
        image = Image.open(io.BytesIO(data)).convert("RGB")
        out = io.BytesIO()
        image.quantize(256, method=Image.Quantize.MEDIANCUT).save(out, "PNG", optimize=True)
        data = out.getvalue()
    path.write_bytes(data)
    print(f"{path.relative_to(ROOT)}: {len(data) // 1000} kB")


def calm(page) -> None:
    """Move the mouse off the canvas (to the sidebar's foot) so vis hides its tooltip."""
    page.mouse.move(20, VIEWPORT["height"] - 10)
    page.wait_for_timeout(300)


def wait_nodes(page, present: set[str], absent: set[str] = frozenset()) -> None:
    page.wait_for_function(
        "([present, absent]) => { const net = window.__newsgraphNetwork; if (!net) return false;"
        " const ids = new Set(net.body.data.nodes.getIds());"
        " return present.every((i) => ids.has(i)) && absent.every((i) => !ids.has(i)); }",
        arg=[sorted(present), sorted(absent)],
        timeout=60_000,
    )


def menu_step(page, node: str, action: str, shot: str | None = None) -> None:
    """Right-click ``node``, optionally save the open menu as ``shot``, and choose ``action``."""
    button = page.locator(f".ng-menu button[data-action={action}]")
    for attempt in range(3):  # a rerun of the page may redraw the canvas under the click
        page.mouse.click(*node_point(page, node), button="right")
        try:
            button.wait_for(timeout=10_000)
            break
        except Exception:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
            wait_settled(page)
    if shot:
        save(page, shot)
    button.click()


def find(page) -> None:
    """Wednesday: "/" and a Dutch name find the man in any language."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.keyboard.press("/")
    page.keyboard.type("Poetin")
    page.get_by_role("option").first.wait_for(timeout=30_000)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(id) => window.__newsgraphFocused && window.__newsgraphFocused.id === id",
        arg=PUTIN,
        timeout=30_000,
    )
    page.locator("li mark").first.wait_for(timeout=30_000)
    calm(page)
    top(page)
    save(page, "week-find")


def expand(page, url: str) -> None:
    """Putin alone, then his neighbours, then one of them hidden again."""
    page.goto(f"{url}/?corpus_source=stored&actors={PUTIN}&radius=0")
    wait_drawn(page)
    wait_settled(page)
    menu_step(page, PUTIN, "expand")
    wait_nodes(page, {PUTIN, EUROPE})
    wait_settled(page)
    menu_step(page, EUROPE, "hide")
    wait_nodes(page, {PUTIN}, {EUROPE})
    page.locator('.st-key-steps-undo[data-stale="false"]').wait_for(timeout=30_000)
    wait_settled(page)
    calm(page)
    top(page)
    save(page, "week-expand")


def correct(page) -> None:
    """Russia's details (in Putin's view): merge the Kremlin (a metonym) into it, its evidence
    in view."""
    main = page.get_by_test_id("stMain")
    for attempt in range(3):  # a rerun of the page may redraw the canvas under the click
        wait_settled(page)
        page.mouse.click(*node_point(page, RUSSIA))
        try:
            expect(main.locator(".ng-title").first).to_have_text("Russia", timeout=15_000)
            break
        except AssertionError:
            if attempt == 2:
                raise
    wait_settled(page)
    main.get_by_text("Correct this entity").click()
    picker = main.get_by_test_id("stSelectbox").filter(has_text="Merge another entity")
    evidence = main.get_by_text("Where the other one is named:")
    for attempt in range(3):  # a rerun of the page can close the list under the typing
        picker.locator("input").click()
        page.keyboard.type("Kremlin")
        try:
            expect(page.get_by_role("option").first).to_have_text(
                re.compile(r"^Kremlin \(ORG"), timeout=10_000
            )
            page.keyboard.press("Enter")
            expect(evidence).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
            wait_settled(page)
    main.get_by_test_id("stTextInput").filter(has_text="Note").locator("input").fill(
        "the Kremlin speaks for Russia here"
    )
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    wait_settled(page)
    evidence.scroll_into_view_if_needed()
    calm(page)
    save(page, "week-correct")
    main.get_by_role("button", name="Merge into this entity").click()
    expect(main.get_by_text("Merge Kremlin into Russia: done.")).to_be_visible(timeout=30_000)


def share(page) -> None:
    """The view's link, ready to copy."""
    main = page.get_by_test_id("stMain")
    main.get_by_role("button", name="Copy link").click()
    page.get_by_test_id("stCode").filter(has_text="corpus_source=").wait_for(timeout=30_000)
    save(page, "week-share")
    page.keyboard.press("Escape")


def follow_time(page, url: str) -> None:
    """The timeline under the graph, brushed over the day of the talks in Moscow."""
    page.goto(f"{url}/?corpus_source=stored")
    wait_drawn(page)
    wait_settled(page)
    brush_timeline(page, 0.44, 0.62)
    page.wait_for_function(
        "() => new URLSearchParams(location.search).has('date_to')", timeout=30_000
    )
    wait_drawn(page)
    wait_settled(page)
    page.get_by_test_id("stMain").get_by_test_id(
        "stVegaLiteChart"
    ).first.scroll_into_view_if_needed()
    calm(page)
    save(page, "week-time")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "week.db"
        ingest(db)
        env = {"NEWSGRAPH_STORE": str(db), "NEWSGRAPH_RECORDS": ""}
        with (
            running_app(env) as url,
            chromium(Path(tmp) / "profile", viewport=VIEWPORT) as context,
        ):
            page = context.new_page()
            page.goto(f"{url}/?corpus_source=stored")
            wait_drawn(page)
            wait_settled(page)
            find(page)
            expand(page, url)
            correct(page)
            share(page)
            follow_time(page, url)


if __name__ == "__main__":
    main()

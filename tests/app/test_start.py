"""A new server's first page (issue 20, item 6: a second start shows the graph in under 3 s):
what it does not wait for.  The first run in a browser draws the graph alone (ui.first_paint);
the timeline (pandas, Altair: about 1.2 s of imports on a new server) comes in the next run, and
the canvas's payload is built without pyvis (IPython, Jinja: about 0.5 s); without a store chosen,
SQLAlchemy (about 0.34 s) is not imported at all, and valid records are checked without
jsonschema (about 0.15 s; it only words an error)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1].parent

FIRST_RUN = """
import sys
from streamlit.testing.v1 import AppTest
import ui.corpus as corpus
import ui.first_paint as first_paint

made = []  # the corpus's mention index, made when first needed (ui.corpus.LoadedCorpus.mentions)
index = corpus.mention_index
corpus.mention_index = lambda *args, **kwargs: made.append(1) or index(*args, **kwargs)

graph_first = first_paint.graph_first
# AppTest has no browser, hence no headers: the first run as a browser's page makes it
first_paint.graph_first = lambda state, headers: graph_first(state, {"Host": "localhost"})
at = AppTest.from_file("app.py", default_timeout=600).run()
assert not at.exception, at.exception
print(at.caption[0].value)
print("filters drawn:", any(b.label == "Reset filters" for b in at.sidebar.button))
heavy = ("pandas", "altair", "pyvis", "IPython", "sqlalchemy", "jsonschema", "extract.ingest")
print("imported:", sorted(m for m in heavy if m in sys.modules))
print("mention index made:", bool(made))
"""


def test_a_new_pages_first_run_draws_the_graph_without_importing_what_it_does_not_need():
    out = subprocess.run(
        [sys.executable, "-c", FIRST_RUN], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    # the sample's graph is there: its article, entities and relations, some of them drawn
    drawn = r"1 article · \d+ entities · \d+ relations — showing [1-9]\d* nodes"
    assert re.match(drawn, out[0]), out
    assert out[1] == "filters drawn: False", out  # a graph-first run, as in a browser
    assert out[2] == "imported: []", out
    # nothing on the first screen shows a mention (a click's details do): on a store of 20,000
    # relations their index took longer than the rest of the first view (issue 20)
    assert out[3] == "mention index made: False", out

"""Knowledge graph from extraction records: build, views, filters, metrics, layout, exports.

Data flows one way: records JSON (:mod:`records`) -> :mod:`graph.build`
-> :mod:`graph.views` and :mod:`graph.filters` -> :mod:`graph.metrics`, :mod:`graph.layout`,
:mod:`graph.vis` (vis-network payload) and :mod:`graph.export` (files). Nothing here imports
spaCy, Streamlit or extract's code. ``python -m graph export`` is the command line.

>>> from pathlib import Path
>>> from graph.build import load_graph
>>> from graph.filters import FilterSpec
>>> from graph.views import select
>>> G = load_graph(Path(__file__).parent.parent / "tests/fixtures/sample_records.json")
>>> H = select(G, FilterSpec(actors=("Kushner",), relation_types=("FAMILY",)))
>>> sorted(H.edges(keys=True))
[('kb:kushner', 'kb:trump', 'r19'), ('kb:kushner', 'kb:trump', 'r8')]
"""

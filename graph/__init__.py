"""Knowledge graph from extraction records: build, views, filters, metrics, layout, exports.

Data flows one way: records JSON (see ``extract/records.schema.json``) -> :mod:`graph.build`
-> views and filters -> metrics, layout, vis payload and exports.  Nothing here imports spaCy
or Streamlit.
"""

import json, os, sys, time, cProfile, pstats, tempfile
from pathlib import Path
from streamlit.testing.v1 import AppTest
from bench.app_bench import synthetic_records
from tests.app.mounted import find, graph_data
from ui import keys
tmp = Path(tempfile.mkdtemp())
records = synthetic_records(5000, 10000)
for e in records["entities"]:
    e["aliases"] = [e["label"].replace("Actor", "Akteur")]
(tmp / "r.json").write_text(json.dumps(records))
os.environ["NEWSGRAPH_RECORDS"] = str(tmp / "r.json")
at = AppTest.from_file("app.py", default_timeout=600).run()
at.run()
core = {n["id"] for n in graph_data(at)["nodes"]}
print("core", len(core))
outs = [f"syn:{i}" for i in (2500, 3999, 1234, 4321, 2222) if f"syn:{i}" not in core]
ins = sorted(core)[:3]
def timed(node, prof=None):
    t = time.process_time(); w = time.perf_counter()
    if prof: prof.enable()
    find(at, node)
    if prof: prof.disable()
    return time.process_time() - t, time.perf_counter() - w
for n in ins: print("in", n, timed(n))
for n in outs[:2]: print("out", n, timed(n)); at.session_state[keys.EXPANDED] = []; at.run()
from streamlit.runtime.scriptrunner import script_runner as sr
P = cProfile.Profile()
orig = sr.ScriptRunner._run_script
def wrapped(self, *a, **k):
    P.enable()
    try:
        return orig(self, *a, **k)
    finally:
        P.disable()
sr.ScriptRunner._run_script = wrapped
print("out prof", timed(outs[2]))
pstats.Stats(P).sort_stats("cumulative").print_stats(60)
P2 = cProfile.Profile(); P = P2
print("in prof", timed(ins[0]))
pstats.Stats(P2).sort_stats("cumulative").print_stats(40)

"""The English phrase derivation (data/build/build_verbs_en.py) on a small verb block written in
CAMEO's dictionary format for this test (our own lines, not CAMEO's)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "build_verbs_en", REPO / "data/build/build_verbs_en.py"
)
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

#: CAMEO code -> PLOVER type, as CAMEO2PLOVER maps them (190 force, 154 mobilise, 111 criticise).
TABLE = {"190": "ASSAULT", "154": "MOBILIZE", "111": "ACCUSE"}

BLOCK = """\
####### VERB PATTERNS #######

---  LOB   [190]  ---
LOB
- * AT                                                [190]         # LOB
- * TOWARD                                            [190]         # LOB
- * SHELLS (INTO +)                                   [190]         # LOB
- * TROOPS (TO +)                                     [154]         # LOB
- * ROCKETS                                           [190]         # LOB

---  SCOLD   [111]  ---
SCOLD
- * (FOR)                                             [111]         # SCOLD
"""


def phrases(tmp_path: Path) -> dict[tuple[str, str, str], str]:
    path = tmp_path / "cameo.txt"
    path.write_text(BLOCK, encoding="utf-8")
    votes = build.read_phrases(path, TABLE, {"lob": "ASSAULT", "scold": "ACCUSE"})
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def test_build_a_bare_preposition_after_the_verb_is_a_prepositional_phrase(tmp_path):
    found = phrases(tmp_path)
    assert found[("lob", "prep", "at")] == "ASSAULT"
    assert found[("lob", "prep", "toward")] == "ASSAULT"
    assert ("lob", "obj", "at") not in found


def test_build_a_target_preposition_gives_a_row_only_for_the_verbs_own_type(tmp_path):
    found = phrases(tmp_path)
    assert found[("lob", "prep", "into")] == "ASSAULT"  # 190, the verb's own type
    # 154 is not LOB's type: 'lobbed a letter to X' must not become MOBILIZE
    assert ("lob", "prep", "to") not in found
    assert found[("lob", "obj", "troops")] == "MOBILIZE"  # the object still types the phrase


def test_build_objects_and_parenthesised_prepositions_read_as_before(tmp_path):
    found = phrases(tmp_path)
    assert found[("lob", "obj", "rockets")] == "ASSAULT"
    assert found[("scold", "prep", "for")] == "ACCUSE"


def test_build_the_shipped_phrases_have_target_prepositions_as_prep_rows():
    rows = {
        tuple(line.split("\t")[:4])
        for line in (REPO / "data/lexicons/phrases.en.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert ("fire", "prep", "at", "ASSAULT") in rows
    assert ("fire", "obj", "at", "ASSAULT") not in rows
    assert ("impose", "obj", "blockade", "COERCE") in rows
    assert ("defend", "prep", "from", "SUPPORT") not in rows
    assert ("join", "obj", "protest", "PROTEST") in rows  # taking part, not a verbal protest


def test_build_the_shipped_verbs_leave_out_readings_of_one_or_two_patterns():
    # verbs_en_overrides.tsv: one object CAMEO codes these with says nothing of the verb alone
    rows = {
        line.split("\t")[0]: line.split("\t")[1]
        for line in (REPO / "data/lexicons/verbs.en.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "lemma\t"))
    }
    for lemma in ("flee", "replace", "obtain", "observe", "use"):
        assert lemma not in rows, lemma
    assert rows["reject"] == "REJECT"  # patterns only, but many agree
    assert rows["attack"] == "ASSAULT"
    assert rows["dismantle"] == "RETREAT"  # one pattern, kept by a project decision

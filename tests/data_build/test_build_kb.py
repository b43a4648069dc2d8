"""Names read from the PETRARCH2/Phoenix actor dictionaries (data/build/build_kb.py), which
write every name in capitals: the knowledge base's labels are what the graph shows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_kb", REPO / "data/build/build_kb.py")
build = importlib.util.module_from_spec(_spec)
sys.modules["build_kb"] = build  # its dataclasses look their module up there
_spec.loader.exec_module(build)


@pytest.mark.parametrize(
    "raw, label",
    [
        ("PACIFIC_GAS_AND_ELECTRIC_", "Pacific Gas and Electric"),
        ("BANK_OF_ZALDORF_", "Bank of Zaldorf"),
        ("PARTY_FOR_THE_ZALDORF_PEOPLE_", "Party for the Zaldorf People"),
        ("THE_ZALDORF_TIMES_", "Zaldorf Times"),
        ("IN_ZALDORF_WE_TRUST_", "In Zaldorf We Trust"),
        ("VLADIMIR_VLADIMIROVICH_PUTIN_", "Vladimir Vladimirovich Putin"),
        ("NATO_", "NATO"),
    ],
)
def test_build_kb_names_keep_joining_words_in_lower_case(raw, label):
    assert build.phoenix_name(raw) == label


def test_build_kb_the_shipped_labels_have_no_capitalised_joining_words():
    entities = (REPO / "data/kb/entities.jsonl").read_text(encoding="utf-8")
    assert '"label":"Pacific Gas and Electric"' in entities
    assert " And " not in entities and " Of The " not in entities


@pytest.mark.parametrize(
    "name, alias, other",
    [
        # Phoenix codes several bodies alike: a board or agency is no name of the department
        ("ZALDORF_DEPARTMENT_OF_ROADS_", "ZALDORF_ROAD_SAFETY_BOARD_", True),
        ("ZALDORF_CONGRESS_", "ZALDORF_SENATE_", True),
        ("ZALDORF_TRADE_COMMISSION_", "EXPORT_BANK_OF_ZALDORF_", True),
        # a chamber is not the parliament, nor the other chamber of it
        ("ZALDORF_CONGRESS_", "ZALDORF_HOUSE_OF_DELEGATES_", True),
        ("MURA_SABHA", "TELO_SABHA", True),
        ("HOUSE_OF_ELDERS_", "HOUSE_OF_COMMONERS_", True),
        # one body: the same kind word, singular or plural, or an alias that says no kind
        ("IMAM_ZALDORF_BRIGADES_", "IMAM_ZALDORF_BRIGADE_", False),
        ("ZALDORF_REVOLUTIONARY_GUARD_", "ZALDORF_REVOLUTIONARY_GUARD_CORPS_", False),
        ("ZALDORF_DEPARTMENT_OF_ROADS_", "ZALDORF_ROADS_", False),
        ("ZALDORF_WORKERS_PARTY_", "ZWP_", False),
        ("ZALDORF_HOUSE_OF_DELEGATES_", "US_HOUSE_OF_DELEGATES_", False),
    ],
)
def test_build_kb_an_alias_naming_another_body_is_another_body(name, alias, other):
    assert build.another_body(name, alias) is other


def test_build_kb_an_acronym_goes_with_the_other_body_it_spells():
    aliases = ["ZALDORF_SPY_AGENCY_", "ZSA_", "ZIC_", "ZALDORF_INTELLIGENCE_"]
    others = build.other_bodies("ZALDORF_INTELLIGENCE_COMMUNITY_", aliases)
    # ZIC spells the community itself, and an alias that says no kind is its name
    assert others == {"ZALDORF_SPY_AGENCY_", "ZSA_"}

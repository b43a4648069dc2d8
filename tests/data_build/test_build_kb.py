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


def test_build_kb_a_listed_alias_is_another_body_with_the_acronym_it_spells():
    # two councils of one country under one Phoenix code share a kind word, so only the hand
    # judged list in curated/other_bodies.tsv tells them apart
    aliases = ["ZALDORF_GRAND_COUNCIL_", "ZALDORF_ELDERS_COUNCIL_", "ZEC", "ZGC"]
    listed = frozenset({"zaldorf elders council"})
    others = build.other_bodies("ZALDORF_GRAND_COUNCIL_", aliases, listed)
    assert others == {"ZALDORF_ELDERS_COUNCIL_", "ZEC"}
    assert build.other_bodies("ZALDORF_GRAND_COUNCIL_", aliases) == set()


def test_build_kb_the_listed_other_bodies_are_read_folded(tmp_path):
    path = tmp_path / "other_bodies.tsv"
    path.write_text(
        "# comment\nactor\taliases\nZaldorf Grand Council\tElders Council|ZEC\n", encoding="utf-8"
    )
    assert build.other_bodies_listed(path) == {
        "zaldorf grand council": frozenset({"elders council", "zec"})
    }


@pytest.fixture(scope="module")
def words():
    return build.Vocabulary(
        basic=frozenset({"will", "royal"}),
        common=frozenset(),
        known=frozenset(),
        first_names=frozenset({"john", "masoud", "will"}),
    )


@pytest.mark.parametrize(
    "alias, person",
    [
        ("JOHN_KIRBY", True),  # a spokesman under the military's code
        ("MASOUD_BARZANI", True),
        ("JOHN_DOE_BRIGADES_", False),  # a body named after a person
        ("WILL_OF_THE_PEOPLE_", False),  # a first name that is also a word
        ("KIRBY", False),  # one word: no person's full name
        ("ROYAL_MARINES_", False),
    ],
)
def test_build_kb_a_person_under_a_body_is_no_alias_of_it(words, alias, person):
    assert build._a_person(alias, words) is person


@pytest.mark.parametrize(
    "label, aliases, block",
    [
        ("Zaldoria", ["ZALDORIA_"], True),  # named as a country
        ("Vexburg", ["TRELLIN_", "OSKAVA_"], True),  # a town with other towns as aliases
        ("Vexburg", ["VEXBURG_MOTOR_WORKS_"], False),  # a company named like its town
        ("Zaldorf Workers Party", ["ZWP_"], False),
    ],
)
def test_build_kb_a_place_block_is_no_organisation(label, aliases, block):
    places = {"zaldoria", "vexburg", "trellin", "oskava"}
    assert build._place_block(label, aliases, places, {"zaldoria"}) is block


def test_build_kb_a_dependent_territory_is_a_place_with_its_own_country_code():
    entries = {
        "ZLD": build.Entry("ZLD", "Zaldoria", "COUNTRY", "ZLD"),
        "PRI": build.Entry("PRI", "Puerto Rico", "COUNTRY", "PRI"),
    }
    build.retype_territories({**entries, **_territories(entries)})
    assert entries["ZLD"].type == "COUNTRY"
    assert (entries["PRI"].type, entries["PRI"].country) == ("LOCATION", "PRI")


def _territories(entries: dict) -> dict:
    """Every listed territory as a country entry, so that the build's check finds them all."""
    rows = build.read_tsv(build.CURATED / "territories.tsv")
    return {
        r["key"]: build.Entry(r["key"], r["label"], "COUNTRY", r["key"])
        for r in rows
        if r["key"] not in entries
    }


def test_build_kb_the_shipped_territories_are_places_and_sovereign_states_countries():
    from extract.kb import load_kb

    kb = load_kb()
    assert kb.get("HKG").type == "LOCATION" and kb.get("PRI").type == "LOCATION"
    assert kb.get("NLD").type == "COUNTRY" and kb.get("TWN").type == "COUNTRY"

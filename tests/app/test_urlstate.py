"""The view state <-> URL mapping (ui.urlstate): round trips, and hostile URLs ignored."""

from __future__ import annotations

import datetime as dt

import pytest

from ui import corpus, filter_state, keys, urlstate

FULL_STATE = {
    keys.CORPUS_SOURCE: "records",
    keys.VIEW: "events",
    keys.ACTORS: ["kb:putin", "kb:zelensky"],
    keys.RADIUS: 3,
    keys.RELATION_TYPES: ["CONSULT", "THREATEN"],
    keys.ENTITY_TYPES: ["PERSON"],
    keys.DATE_FROM: dt.date(2025, 11, 1),
    keys.DATE_TO: dt.date(2025, 12, 2),
    keys.DOCUMENTS: ["en-1"],
    keys.MIN_MENTIONS: 2,
    keys.MIN_WEIGHT: 1,
    keys.TEXT: "Poetin & <b>co</b>",
    keys.SHOW_COOCCURRENCE: True,
    keys.TOP_K: 20,
    keys.MODES: ["possible", "negated"],
    keys.HIDE_NEGATED: False,
    keys.MIN_CONFIDENCE: 0.75,
    keys.SELECTION: {"kind": "edge", "id": "kb:zelensky->kb:macron"},
    keys.TAB: "Tables",
    keys.HIDDEN: ["kb:kremlin"],
    keys.EXPANDED: ["kb:putin", "kb:ukraine"],
    keys.PINNED: ["kb:putin"],
}


def test_every_field_survives_a_round_trip():
    params = urlstate.to_params(FULL_STATE)
    assert set(params) == set(FULL_STATE)
    back = urlstate.from_params(params, sources=corpus.SOURCES)
    assert back == FULL_STATE


def test_defaults_stay_out_of_the_url_and_come_back_as_nothing():
    state = dict(filter_state.FILTER_DEFAULTS)
    state.update(
        {keys.CORPUS_SOURCE: "sample", keys.VIEW: "actors", keys.TAB: "Graph", keys.SELECTION: None}
    )
    assert urlstate.to_params(state) == {}
    assert urlstate.from_params({}) == {}


def test_every_filter_field_has_a_url_default_that_agrees_with_the_reset():
    for key in keys.FILTER_FIELDS:
        assert urlstate.DEFAULTS[key] == filter_state.FILTER_DEFAULTS[key], key


@pytest.mark.parametrize(
    "params",
    [
        {"radius": ["-1"]},
        {"radius": ["5"]},
        {"radius": ["1e3"]},
        {"radius": ["٣"]},  # an Arabic-Indic digit is a digit to str.isdigit, not to the URL
        {"top_k": ["99999999999999999999"]},
        {"date_from": ["2025-02-30"]},
        {"date_to": ["yesterday"]},
        {"date_to": ["2025-1-1"]},
        {"show_cooccurrence": ["yes"]},
        {"hide_negated": ["false"]},
        {"modes": ["maybe", "<script>"]},
        {"min_confidence": ["-0.1"]},
        {"min_confidence": ["1.5"]},
        {"min_confidence": ["nan"]},
        {"min_confidence": ["0.5.5"]},
        {"min_confidence": ["1e-1"]},
        {"min_confidence": ["0,5"]},
        {"selection": ["nothing"]},
        {"selection": ["node:"]},
        {"selection": ["graph:kb:putin"]},
        {"view": ["../../etc"]},
        {"corpus_source": ["stored; DROP TABLE"]},
        {"tab": ["Settings"]},
        {"text": ["x" * 5000]},
        {"text": ["a\x00b"]},
        {"actors": ["\n"]},
        {"unknown_key": ["1"]},
        {"actors": None},
        {"radius": [None]},
        {"text": [b"bytes"]},
    ],
)
def test_hostile_values_are_ignored(params):
    assert urlstate.from_params(params, sources=corpus.SOURCES) == {}


def test_a_hostile_value_drops_alone():
    params = {"actors": ["kb:putin", "x" * 5000], "radius": ["77"], "text": ["wit"]}
    assert urlstate.from_params(params) == {keys.ACTORS: ["kb:putin"], keys.TEXT: "wit"}


def test_a_huge_list_is_cut_to_the_limit():
    params = {"actors": [f"kb:{i}" for i in range(1000)]}
    assert len(urlstate.from_params(params)[keys.ACTORS]) == urlstate.MAX_ITEMS


def test_a_single_string_counts_as_one_value():
    assert urlstate.from_params({"actors": "kb:putin", "radius": "2"}) == {
        keys.ACTORS: ["kb:putin"],
        keys.RADIUS: 2,
    }


def test_reliability_filters_go_into_the_url_only_when_changed():
    # the default hides negated relations and those below the threshold: nothing in the URL
    state = dict(filter_state.FILTER_DEFAULTS)
    assert not {keys.MODES, keys.HIDE_NEGATED, keys.MIN_CONFIDENCE} & set(urlstate.to_params(state))
    state.update({keys.HIDE_NEGATED: False, keys.MIN_CONFIDENCE: 0.2})
    params = urlstate.to_params(state)
    assert params == {keys.HIDE_NEGATED: ["0"], keys.MIN_CONFIDENCE: ["0.2"]}
    back = urlstate.from_params(params)
    assert (
        filter_state.spec_from_state({**filter_state.FILTER_DEFAULTS, **back}).hide_negated is False
    )
    assert (
        filter_state.spec_from_state({**filter_state.FILTER_DEFAULTS, **back}).min_confidence == 0.2
    )

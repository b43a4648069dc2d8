"""Corrections in the store: saved with time and note, applied to the records it gives back,
undone, kept across a restart, and honoured when the same or new articles are added."""

from __future__ import annotations

import pytest
from store_helpers import (  # noqa: F401 (fixtures)
    backend,
    build_records,
    comparable,
    postgres_url,
    store_target,
)

from graph.build import build_graph
from records import validate_records
from records.corrections import make_correction
from store import StoreError, open_store

POETIN = {"id": "person:poetin", "label": "Poetin", "type": "PERSON", "aliases": ["Poetin"]}
VLADIMIR = {
    "id": "person:vladimir-putin",
    "label": "Vladimir Putin",
    "type": "PERSON",
    "aliases": ["Vladimir Putin"],
}
KYIV = {"id": "kb:kyiv", "label": "Kyiv", "type": "LOCATION"}


def _first_articles():
    """Articles whose extraction made two entities of one man, and then gave each of them the
    name "Putin" too (an article's entity with a stored id is not linked by name)."""
    return [
        build_records(
            "nl-1",
            "Poetin dreigde Kyiv.",
            [POETIN, KYIV],
            relations=[("person:poetin", "THREATEN", "kb:kyiv")],
        ),
        build_records("en-1", "Vladimir Putin spoke.", [VLADIMIR], date="2025-12-04"),
        build_records("nl-0", "Poetin zweeg.", [{**POETIN, "aliases": ["Poetin", "Putin"]}]),
        build_records("en-0", "Vladimir Putin was silent.", [{**VLADIMIR, "aliases": ["Putin"]}]),
    ]


def _persons(records: dict) -> dict[str, dict]:
    return {e["id"]: e for e in records["entities"] if e["type"] == "PERSON"}


def test_a_merge_is_saved_applied_kept_across_a_restart_and_undone(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    merge = make_correction(
        "merge", entity="person:vladimir-putin", other="person:poetin", note="one man"
    )
    with open_store(store_target) as store:
        for part in _first_articles():
            store.add_records(part)
        before = store.fingerprint()
        store.add_correction(merge)
        assert store.fingerprint() != before
    with open_store(store_target, read_only=True) as store:  # a restart; the app reads like this
        assert store.corrections() == [merge]
        back = store.records()
        raw = store.records(corrected=False)
    validate_records(back)
    assert set(_persons(back)) == {"person:vladimir-putin"}
    assert {"Poetin", "Putin"} <= set(_persons(back)["person:vladimir-putin"]["aliases"])
    assert back["corrections"] == [merge]
    G = build_graph(back)
    assert G.has_edge("person:vladimir-putin", "kb:kyiv")
    assert set(_persons(raw)) == {"person:poetin", "person:vladimir-putin"}
    assert "corrections" not in raw

    with open_store(store_target) as store:
        store.undo_correction(merge["id"])
        assert store.corrections() == []
        assert [c.get("undone_at") is not None for c in store.corrections(undone=True)] == [True]
        assert set(_persons(store.records())) == {"person:poetin", "person:vladimir-putin"}
        with pytest.raises(StoreError, match="no active correction"):
            store.undo_correction(merge["id"])


def test_a_merge_holds_when_the_same_and_new_articles_are_added(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    with open_store(store_target) as store:
        for part in _first_articles():
            store.add_records(part)
        store.add_correction(
            make_correction("merge", entity="person:vladimir-putin", other="person:poetin")
        )
        again = store.add_records(_first_articles()[0])  # the same article once more
        # a new article whose extraction named the man by the name both entities had: before the
        # merge "Putin" was ambiguous and would have become a third entity
        new = build_records(
            "en-2",
            "Putin threatened Kyiv.",
            [{"id": "person:putin", "label": "Putin", "type": "PERSON"}, KYIV],
            relations=[("person:putin", "THREATEN", "kb:kyiv")],
        )
        added = store.add_records(new)
        dutch = build_records(
            "nl-2",
            "Poetin sprak.",
            [{"id": "person:poetin-2", "label": "Poetin", "type": "PERSON"}],
        )
        store.add_records(dutch)
        back = store.records()
    assert [o.status for o in again] == ["duplicate"]
    assert added[0].linked == {"person:putin": "person:vladimir-putin"}
    assert set(_persons(back)) == {"person:vladimir-putin"}
    assert _persons(back)["person:vladimir-putin"]["mentions"] == 6
    assert {r["source"] for r in back["relations"]} == {"person:vladimir-putin"}


def test_a_renamed_or_retyped_entity_is_found_by_its_new_name_in_new_articles(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    kremlin = {"id": "location:kremlin", "label": "Kremlin", "type": "LOCATION"}
    with open_store(store_target) as store:
        store.add_records(build_records("a", "The Kremlin spoke.", [kremlin]))
        store.add_correction(make_correction("retype", entity="location:kremlin", type="ORG"))
        store.add_correction(
            make_correction("rename", entity="location:kremlin", label="Russian presidency")
        )
        outcome = store.add_records(
            build_records(
                "b",
                "The Russian presidency and the Kremlin spoke.",
                [
                    {"id": "org:russian-presidency", "label": "Russian presidency", "type": "ORG"},
                    {"id": "org:kremlin", "label": "Kremlin", "type": "ORG"},
                ],
            )
        )
        back = store.records()
    assert outcome[0].linked == {
        "org:russian-presidency": "location:kremlin",
        "org:kremlin": "location:kremlin",
    }
    (entity,) = back["entities"]
    assert (entity["label"], entity["type"], entity["mentions"]) == ("Russian presidency", "ORG", 3)


def test_a_bad_correction_or_a_read_only_store_is_a_one_line_error(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    with open_store(store_target) as store:
        store.add_records(_first_articles()[1])
        with pytest.raises(StoreError, match=r"'other' is a required property") as err:
            store.add_correction({"id": "c1", "action": "merge", "time": "2026-12-02T10:00:00Z",
                                  "entity": "person:vladimir-putin"})  # fmt: skip
        assert "\n" not in str(err.value)
        fix = make_correction("wrong", entity="person:vladimir-putin")
        store.add_correction(fix)
        with pytest.raises(StoreError, match="stored already"):
            store.add_correction(fix)
    with open_store(store_target, read_only=True) as store:
        assert store.records()["entities"] == []
        with pytest.raises(StoreError, match="opened read-only; cannot save corrections"):
            store.add_correction(make_correction("wrong", relation="x"))


def test_a_split_and_a_wrong_entity_hold_for_new_articles(store_target):  # noqa: F811 (store_helpers fixture, see its docstring)
    apple = {"id": "org:apple", "label": "Apple", "type": "ORG", "aliases": ["Apple", "Appel"]}
    with open_store(store_target) as store:
        store.add_records(build_records("a", "Apple and Appel grew.", [apple]))
        split = make_correction("split", entity="org:apple", alias="Appel", note="a farm")
        store.add_correction(split)
        store.add_correction(make_correction("wrong", entity="kb:kyiv"))
        # a new article naming the farm, and Kyiv, as extraction spells them
        store.add_records(
            build_records(
                "b",
                "Appel threatened Kyiv.",
                [{"id": "org:appel", "label": "Appel", "type": "ORG"}, KYIV],
                relations=[("org:appel", "THREATEN", "kb:kyiv")],
            )
        )
        back = store.records()
    validate_records(back)
    entities = {e["id"]: e for e in back["entities"]}
    assert set(entities) == {"org:apple", split["new_id"]}
    assert entities[split["new_id"]]["label"] == "Appel"
    assert entities["org:apple"]["mentions"] == 1
    assert back["relations"] == []  # its only relation was with Kyiv, marked wrong


def _later_articles():
    """Articles after the first ones: one names the man by the name both entities had (before a
    merge "Putin" is ambiguous), one by the Dutch name only the first entity had."""
    return [
        build_records(
            "en-2",
            "Putin threatened Kyiv.",
            [{"id": "person:putin", "label": "Putin", "type": "PERSON"}, KYIV],
            relations=[("person:putin", "THREATEN", "kb:kyiv")],
        ),
        build_records(
            "nl-2",
            "Poetin sprak.",
            [{"id": "person:poetin-2", "label": "Poetin", "type": "PERSON"}],
        ),
    ]


def _stored(target: str, merge: dict, *, merge_after: int | None, undo: bool = False) -> dict:
    """The records of a store given every article, with ``merge`` made after the first
    ``merge_after`` articles (None: never), and then undone if ``undo``."""
    articles = [*_first_articles(), *_later_articles()]
    with open_store(target) as store:
        for n, part in enumerate(articles):
            if n == merge_after:
                store.add_correction(merge)
            store.add_records(part)
        if merge_after == len(articles):
            store.add_correction(merge)
        if undo:
            store.undo_correction(merge["id"])
        back = store.records()
    back.pop("corrections", None)
    return comparable(back)


def test_undoing_a_merge_gives_the_graph_without_it_for_articles_added_before_and_after(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    merge = make_correction("merge", entity="person:vladimir-putin", other="person:poetin")
    never = _stored(str(tmp_path / "never.db"), merge, merge_after=None)
    # without the merge, "Putin" of en-2 is a man of its own and "Poetin" of nl-2 the Dutch one
    assert set(_persons(never)) == {"person:poetin", "person:vladimir-putin", "person:putin"}
    assert {r["source"] for r in never["relations"]} == {"person:poetin", "person:putin"}

    undone = _stored(store_target, merge, merge_after=len(_first_articles()), undo=True)
    assert undone == never


def test_a_merge_made_again_after_its_undo_links_the_later_articles_again(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    merge = make_correction("merge", entity="person:vladimir-putin", other="person:poetin")
    first = _stored(str(tmp_path / "first.db"), merge, merge_after=len(_first_articles()))
    again = make_correction("merge", entity="person:vladimir-putin", other="person:poetin")
    with open_store(store_target) as store:
        for part in _first_articles():
            store.add_records(part)
        store.add_correction(merge)
        for part in _later_articles():
            store.add_records(part)
        store.undo_correction(merge["id"])
        store.add_correction(again)
        back = store.records()
    assert back.pop("corrections") == [again]
    assert comparable(back) == first


def test_a_merge_links_the_same_names_whether_made_before_or_after_the_articles_came(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    merge = make_correction("merge", entity="person:vladimir-putin", other="person:poetin")
    first = _stored(str(tmp_path / "first.db"), merge, merge_after=len(_first_articles()))
    last = _stored(store_target, merge, merge_after=len(_first_articles()) + len(_later_articles()))
    assert set(_persons(first)) == {"person:vladimir-putin"}
    assert {r["source"] for r in first["relations"]} == {"person:vladimir-putin"}
    assert last == first


KREMLIN = {"id": "location:kremlin", "label": "Kremlin", "type": "LOCATION"}


def _kremlin_articles() -> list[dict]:
    """An article about the Kremlin, then articles naming it by a new label (a place, as
    extraction typed it) and as an organisation."""
    return [
        build_records(
            "a",
            "The Kremlin threatened Kyiv.",
            [KREMLIN, KYIV],
            relations=[("location:kremlin", "THREATEN", "kb:kyiv")],
        ),
        build_records(
            "b",
            "The Russian presidency threatened Kyiv.",
            [
                {
                    "id": "location:russian-presidency",
                    "label": "Russian presidency",
                    "type": "LOCATION",
                },
                KYIV,
            ],
            relations=[("location:russian-presidency", "THREATEN", "kb:kyiv")],
        ),
        build_records(
            "c",
            "The Kremlin (an ORG now) spoke.",
            [{**KREMLIN, "id": "org:kremlin", "type": "ORG"}],
        ),
    ]


def _renamed_store(
    target: str, fixes: list[dict], *, undo: list[dict] = (), redo=(), fix_after: int = 1
) -> dict:
    """The records of a store given :func:`_kremlin_articles`, with ``fixes`` made after the first
    ``fix_after`` of them, then ``undo`` undone and ``redo`` made."""
    with open_store(target) as store:
        for n, part in enumerate(_kremlin_articles()):
            if n == fix_after:
                for fix in fixes:
                    store.add_correction(fix)
            store.add_records(part)
        if fix_after >= len(_kremlin_articles()):
            for fix in fixes:
                store.add_correction(fix)
        for fix in undo:
            store.undo_correction(fix["id"])
        for fix in redo:
            store.add_correction(fix)
        back = store.records()
    back.pop("corrections", None)
    return comparable(back)


def test_undoing_a_rename_gives_the_graph_without_it_for_articles_added_before_and_after(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    rename = make_correction("rename", entity="location:kremlin", label="Russian presidency")
    never = _renamed_store(str(tmp_path / "never.db"), [])
    # without the rename, "Russian presidency" of article b is a place of its own
    assert {e["id"] for e in never["entities"]} == {
        "location:kremlin",
        "location:russian-presidency",
        "org:kremlin",
        "kb:kyiv",
    }
    renamed = _renamed_store(str(tmp_path / "renamed.db"), [rename])
    assert {e["id"] for e in renamed["entities"]} == {"location:kremlin", "org:kremlin", "kb:kyiv"}
    assert {r["source"] for r in renamed["relations"]} == {"location:kremlin"}

    undone = _renamed_store(store_target, [rename], undo=[rename])
    assert undone == never


def test_undoing_a_retype_gives_the_graph_without_it_for_articles_added_after(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    retype = make_correction("retype", entity="location:kremlin", type="ORG")
    never = _renamed_store(str(tmp_path / "never.db"), [])
    retyped = _renamed_store(str(tmp_path / "retyped.db"), [retype])
    # retyped, the Kremlin is an ORG, and the ORG "Kremlin" of article c is it
    assert {e["id"] for e in retyped["entities"]} == {
        "location:kremlin",
        "location:russian-presidency",
        "kb:kyiv",
    }
    assert _by_id(retyped)["location:kremlin"]["mentions"] == 2

    undone = _renamed_store(store_target, [retype], undo=[retype])
    assert undone == never


def test_a_rename_made_again_after_its_undo_links_the_later_articles_again(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    rename = make_correction("rename", entity="location:kremlin", label="Russian presidency")
    again = make_correction("rename", entity="location:kremlin", label="Russian presidency")
    first = _renamed_store(str(tmp_path / "first.db"), [rename])
    redone = _renamed_store(store_target, [rename], undo=[rename], redo=[again])
    assert redone == first


def _by_id(records: dict) -> dict[str, dict]:
    return {e["id"]: e for e in records["entities"]}


@pytest.mark.parametrize(
    "fix",
    [
        make_correction("rename", entity="location:kremlin", label="Russian presidency"),
        make_correction("retype", entity="location:kremlin", type="ORG"),
    ],
    ids=["rename", "retype"],
)
def test_a_rename_or_retype_links_the_same_names_whether_made_before_or_after_the_articles(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
    fix,
):
    first = _renamed_store(str(tmp_path / "first.db"), [fix])
    last = _renamed_store(store_target, [fix], fix_after=len(_kremlin_articles()))
    assert len(first["entities"]) == 3  # the Kremlin, Kyiv, and the name the fix did not touch
    assert last == first


@pytest.mark.parametrize("action", ["rename", "retype"])
def test_undoing_a_rename_or_retype_made_after_the_articles_gives_the_graph_without_it(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
    action,
):
    fields = {"label": "Russian presidency"} if action == "rename" else {"type": "ORG"}
    fix = make_correction(action, entity="location:kremlin", **fields)
    never = _renamed_store(str(tmp_path / "never.db"), [])
    undone = _renamed_store(store_target, [fix], undo=[fix], fix_after=len(_kremlin_articles()))
    assert undone == never


KREML = {"id": "location:kreml", "label": "Kreml", "type": "LOCATION"}
ORG_KREML = {"id": "org:kreml", "label": "Kreml", "type": "ORG"}


def _kreml_store(target: str, fixes: list[dict], *, undo: list[dict] = ()) -> dict:
    """The records of a store given the Kremlin and, apart, the Kreml (two places), then
    ``fixes``, then an article naming the Kreml as an organisation, then ``undo`` undone."""
    with open_store(target) as store:
        store.add_records(build_records("a", "The Kremlin spoke.", [KREMLIN]))
        store.add_records(build_records("d", "Het Kreml sprak.", [KREML], language="nl"))
        for fix in fixes:
            store.add_correction(fix)
        store.add_records(
            build_records(
                "e",
                "Het Kreml dreigde Kyiv.",
                [ORG_KREML, KYIV],
                language="nl",
                relations=[("org:kreml", "THREATEN", "kb:kyiv")],
            )
        )
        for fix in undo:
            store.undo_correction(fix["id"])
        back = store.records()
    back.pop("corrections", None)
    return comparable(back)


def test_a_retype_reaching_a_name_through_a_merge_links_it_only_while_both_hold(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    merge = make_correction("merge", entity="location:kremlin", other="location:kreml")
    retype = make_correction("retype", entity="location:kremlin", type="ORG")
    both = _kreml_store(str(tmp_path / "both.db"), [merge, retype])
    # merged and retyped, the Kremlin is an organisation called Kreml too
    assert {e["id"] for e in both["entities"]} == {"location:kremlin", "kb:kyiv"}
    assert {r["source"] for r in both["relations"]} == {"location:kremlin"}
    only_retype = _kreml_store(str(tmp_path / "retype.db"), [retype])
    assert {e["id"] for e in only_retype["entities"]} == {
        "location:kremlin",
        "location:kreml",
        "org:kreml",
        "kb:kyiv",
    }
    only_merge = _kreml_store(str(tmp_path / "merge.db"), [merge])
    assert {e["id"] for e in only_merge["entities"]} == {"location:kremlin", "org:kreml", "kb:kyiv"}
    assert _kreml_store(str(tmp_path / "m.db"), [merge, retype], undo=[merge]) == only_retype
    assert _kreml_store(store_target, [merge, retype], undo=[retype]) == only_merge


def test_a_retype_of_an_entity_merged_into_another_does_not_retype_the_one_kept(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
):
    retype = make_correction("retype", entity="location:kreml", type="ORG")
    merge = make_correction("merge", entity="location:kremlin", other="location:kreml")
    back = _kreml_store(store_target, [retype, merge])
    # the kept Kremlin stays a place (as the records show it), so the ORG Kreml is not it
    assert _by_id(back)["location:kremlin"]["type"] == "LOCATION"
    assert {e["id"] for e in back["entities"]} == {"location:kremlin", "org:kreml", "kb:kyiv"}
    assert {r["source"] for r in back["relations"]} == {"org:kreml"}


def test_a_rename_to_a_name_another_place_got_from_a_later_article_does_not_link_that_place(
    store_target,  # noqa: F811 (store_helpers fixture, see its docstring)
    tmp_path,
):
    rename = make_correction("rename", entity="location:kremlin", label="Moscow government")
    moscow = {"id": "location:moscow", "label": "Moscow", "type": "LOCATION"}
    # the second Moscow article also calls it "Moscow government": by "Moscow" it is the first
    # one, whatever the rename says
    later = {**moscow, "id": "location:moscow-2", "aliases": ["Moscow", "Moscow government"]}

    def stored(target: str, rename_after: int) -> dict:
        articles = [
            build_records("a", "The Kremlin spoke.", [KREMLIN]),
            build_records("m", "Moscow spoke.", [moscow]),
            build_records("n", "Moscow, the Moscow government, spoke.", [later]),
        ]
        with open_store(target) as store:
            for n, part in enumerate(articles):
                if n == rename_after:
                    store.add_correction(rename)
                store.add_records(part)
            if rename_after == len(articles):
                store.add_correction(rename)
            back = store.records()
        back.pop("corrections", None)
        return comparable(back)

    before = stored(str(tmp_path / "before.db"), 1)
    assert {e["id"] for e in before["entities"]} == {"location:kremlin", "location:moscow"}
    assert stored(store_target, 3) == before

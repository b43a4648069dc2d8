"""Printing the figures as tables, the differences from a baseline, and the JSON files."""

from __future__ import annotations

import json
from pathlib import Path

from bench.quality.metrics import BANDS
from records.files import write_atomic

#: Figures where lower is better, and figures that are reported but are not better or worse.
LOWER_IS_BETTER = (
    ".entities.split_share",
    ".entities.merged_share",
    ".events.split_share",
    ".events.merged_share",
)
NEUTRAL = (".relations.statement_share", ".calibration.")

COLUMNS = (
    ("ent P", "entities.precision"),
    ("ent R", "entities.recall"),
    ("ent F1", "entities.f1"),
    ("split", "entities.split_share"),
    ("merged", "entities.merged_share"),
    ("pair R", "pairs.recall"),
    ("typed", "pairs.typed_accuracy"),
    ("dir", "pairs.direction_accuracy"),
    ("rel P", "relations.precision"),
    ("STMT", "relations.statement_share"),
    ("mode", "mode.accuracy"),
    ("date", "date.accuracy"),
    ("event R", "events.recall"),
)


def direction(key: str) -> int:
    """+1 when a higher figure is better, -1 when lower is better, 0 when neither."""
    if any(part in key for part in NEUTRAL):
        return 0
    return -1 if key.endswith(LOWER_IS_BETTER) else 1


def worse_by(key: str, now: float, before: float) -> float:
    """How much worse ``now`` is than ``before`` (negative or 0 when it is not worse)."""
    return (before - now) * direction(key)


def _cell(value) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _getters(figures: dict, counts: dict, prefix: str):
    """F(key): the figure under ``prefix.key`` as text ('-' when missing); N(key): the count."""

    def fig(key: str) -> str:
        return _cell(figures.get(f"{prefix}.{key}")).strip()

    def num(key: str) -> int:
        return counts.get(f"{prefix}.{key}", 0)

    return fig, num


def agreement_table(figures: dict, counts: dict, split: str, langs: list[str]) -> str:
    out = [f"\n== agreement of annotations a and b, {split} split"]
    for lang in langs:
        F, N = _getters(figures, counts, f"{lang}.{split}.agreement")
        if not N("articles"):
            out.append(f"{lang}: no article with both a and b")
            continue
        out.append(
            f"{lang}: {N('articles')} articles; entities F1 {F('entities.f1')} "
            f"({N('entities.a')} in a, {N('entities.b')} in b), pairs F1 {F('pairs.f1')}, "
            f"typed pairs F1 {F('typed_pairs.f1')} ({N('pairs.a')} pairs in a, {N('pairs.b')} in b)"
        )
        out += _agreement_by_article(figures, f"{lang}.{split}.agreement.article.")
    return "\n".join(out)


def _agreement_by_article(figures: dict, prefix: str, show: int = 10) -> list[str]:
    """The ``show`` articles whose annotations agree least on pairs: where to settle first."""
    pairs = {
        key[len(prefix) : -len(".pairs.f1")]: value
        for key, value in figures.items()
        if key.startswith(prefix) and key.endswith(".pairs.f1")
    }
    lowest = sorted(pairs, key=lambda art: (pairs[art], art))[:show]
    if not lowest:
        return []
    rows = [
        f"  lowest pair agreement first ({len(lowest)} of {len(pairs)}): "
        "article, pairs F1, typed F1"
    ]
    for art in lowest:
        typed = _cell(figures.get(f"{prefix}{art}.typed_pairs.f1")).strip()
        rows.append(f"    {art:<12} {_cell(pairs[art]).strip():>6} {typed:>6}")
    return rows


def tables(figures: dict, counts: dict, split: str, langs: list[str]) -> str:
    out: list[str] = []
    for lang in langs:
        prefix = f"{lang}.{split}"
        F, N = _getters(figures, counts, prefix)
        domains = sorted(
            {
                k.split(".")[2]
                for k in counts
                if k.startswith(prefix + ".") and k.endswith(".articles") and k.count(".") == 3
            }
        )
        out.append(f"\n== {lang}, {split} split: {N('articles')} articles with gold")
        if N("articles"):
            out.append(f"{'':22}{'arts':>5} " + " ".join(f"{c:>6}" for c, _ in COLUMNS))
            for name, stem in [("all", prefix)] + [(d, f"{prefix}.{d}") for d in domains]:
                row = f"{name[:22]:22}{counts.get(stem + '.articles', 0):>5} "
                out.append(
                    row + " ".join(_cell(figures.get(f"{stem}.{key}")) for _, key in COLUMNS)
                )
            out.append(
                "entity recall by type: "
                + ", ".join(
                    f"{t} {F(f'entities.type.{t}.recall')}"
                    for t in ("PERSON", "ORG", "COUNTRY", "LOCATION")
                )
            )
            out.append(
                f"split nodes {N('entities.split')}, wrongly merged nodes {N('entities.merged')}; "
                f"gold pairs {N('pairs.gold')}, predicted typed relations {N('relations.pred')} "
                f"({N('relations.between_gold')} between gold entities)"
            )
            types = sorted(
                {k.split(".")[4] for k in figures if k.startswith(prefix + ".pairs.type.")}
            )
            if types:
                out.append(
                    "typed pair recall by gold type (recall/gold pairs): "
                    + ", ".join(
                        f"{t} {F(f'pairs.type.{t}.recall')}/{N(f'pairs.type.{t}.gold')}"
                        for t in types
                    )
                )
            out.append(
                f"mode accuracy {F('mode.accuracy')} on {N('mode.gold')} gold relations not "
                "asserted "
                f"({F('mode.found_accuracy')} on the {N('mode.found')} found); date accuracy "
                f"{F('date.accuracy')} on {N('date.gold')} dated "
                f"({F('date.found_accuracy')} on the "
                f"{N('date.found')} found)"
            )
            out.append(
                f"events: recall {F('events.recall')} of {N('events.gold')}, participants "
                f"{F('events.participant_recall')}, date {F('events.date_accuracy')}; "
                f"{N('events.pred')} predicted EVENT nodes ({N('events.pred_matched')} matched); "
                f"split gold events {N('events.split')}, merged event nodes {N('events.merged')}"
            )
            out.append(
                "calibration (confidence band, predicted typed relations between gold entities, "
                "share right):"
            )
            for _, _, band in BANDS:
                out.append(
                    f"  {band:8} {N(f'calibration.{band}.count'):5}  "
                    f"{F(f'calibration.{band}.share_right')}"
                )
        out += typing_lines(figures, counts, prefix)
        M, MN = _getters(figures, counts, f"meantime.{lang}")
        if f"meantime.{lang}.f1" in figures:
            out.append(
                f"MEANTIME names ({lang}, sentences 0-5, {MN('gold')} gold mentions): "
                f"P {M('precision')} "
                f"R {M('recall')} F1 {M('f1')} (untyped F1 {M('untyped_f1')})"
            )
        if f"meantime.{lang}.names.f1" in figures:
            out.append(
                f"  the names inside those mentions ({MN('names.gold')} gold names, titles, "
                f"modifiers and appositions left out): P {M('names.precision')} "
                f"R {M('names.recall')} F1 {M('names.f1')} (untyped F1 {M('names.untyped_f1')})"
            )
    X, XN = _getters(figures, counts, f"xling.{split}")
    if f"xling.{split}.agreement" in figures:
        out.append(
            f"\ncross-lingual: {XN('pairs')} gold pairs in both gold files; same type in both "
            f"extractions {X('agreement')}, same and right {X('both_right')}"
        )
    return "\n".join(out)


def typing_lines(figures: dict, counts: dict, prefix: str) -> list[str]:
    """The event-typing section of the report: accuracy, by type, by note, confusion."""
    key = f"{prefix}.event_typing.accuracy"
    if key not in figures:
        return []
    n = counts.get(f"{prefix}.event_typing.gold", 0)
    out = [f"event typing: accuracy {figures[key]:.3f} on {n} sentences"]
    types = sorted(
        {k.split(".")[4] for k in figures if k.startswith(f"{prefix}.event_typing.type.")}
    )
    out.append(
        "  by type: "
        + ", ".join(f"{t} {figures[f'{prefix}.event_typing.type.{t}.accuracy']:.2f}" for t in types)
    )
    notes = sorted(
        {k.split(".")[4] for k in figures if k.startswith(f"{prefix}.event_typing.note.")}
    )
    if notes:
        out.append(
            "  by note: "
            + ", ".join(
                f"{t} {figures[f'{prefix}.event_typing.note.{t}.accuracy']:.2f}" for t in notes
            )
        )
    conf = {
        tuple(k.split(".")[4:6]): v
        for k, v in counts.items()
        if k.startswith(f"{prefix}.event_typing.confusion.")
    }
    predicted = sorted({p for _, p in conf})
    out.append("  confusion (rows gold, columns predicted):")
    out.append("  " + f"{'':10}" + "".join(f"{p[:6]:>7}" for p in predicted))
    for g in types:
        out.append(
            "  " + f"{g[:10]:10}" + "".join(f"{conf.get((g, p), 0) or '.':>7}" for p in predicted)
        )
    return out


def diff(figures: dict, baseline: dict, limit: float = 0.02) -> tuple[str, list[str]]:
    """The changes from the baseline's figures, and the keys that got worse by more than
    ``limit``."""
    lines, fallen = [], []
    for key in sorted(set(figures) & set(baseline)):
        delta = figures[key] - baseline[key]
        if abs(delta) < 5e-5:
            continue
        worse = worse_by(key, figures[key], baseline[key])
        mark = "  WORSE" if worse > limit + 1e-9 else ""
        if mark:
            fallen.append(key)
        lines.append(
            f"  {key:60} {baseline[key]:7.3f} -> {figures[key]:7.3f}  ({delta:+.3f}){mark}"
        )
    missing = sorted(set(baseline) - set(figures))
    head = (
        f"\n== against the baseline: {len(lines)} figures changed, "
        f"{len(set(figures) & set(baseline))} compared"
    )
    if missing:
        head += f", {len(missing)} baseline figures not computed in this run"
    return "\n".join([head] + lines), fallen


def write_json(path: Path, payload: dict) -> None:
    """Write the figures atomically, with records.files' writer (no half file, no 0600 mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(payload, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomic(path, text)


def calibration(counts: dict, langs: list[str]) -> dict:
    """Per confidence band and language, how many predicted typed relations between gold
    entities the dev split has and how many are right: what the explorer's confidence filter
    tells its reader (data/calibration.json, read by ui/reliability.py)."""
    bands: dict[str, dict[str, dict[str, int]]] = {}
    for _, _, name in BANDS:
        for lang in langs:
            key = f"{lang}.dev.calibration.{name}"
            bands.setdefault(name, {})[lang] = {
                "count": counts.get(f"{key}.count", 0),
                "right": counts.get(f"{key}.right", 0),
            }
    return {"split": "dev", "bands": bands}

"""Printing the figures as tables, the differences from a baseline, and the JSON files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from bench.quality.metrics import BANDS

#: Figures where lower is better, and figures that are reported but are not better or worse.
LOWER_IS_BETTER = (".entities.split_share", ".entities.merged_share")
NEUTRAL = (".relations.statement_share", ".calibration.")

COLUMNS = (
    ("ent P", "entities.precision"), ("ent R", "entities.recall"), ("ent F1", "entities.f1"),
    ("split", "entities.split_share"), ("merged", "entities.merged_share"),
    ("pair R", "pairs.recall"), ("typed", "pairs.typed_accuracy"), ("dir", "pairs.direction_accuracy"),
    ("rel P", "relations.precision"), ("STMT", "relations.statement_share"),
    ("mode", "mode.accuracy"), ("date", "date.accuracy"), ("event R", "events.recall"),
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


def agreement_table(figures: dict, counts: dict, split: str, langs: list[str]) -> str:
    out = [f"\n== agreement of annotations a and b, {split} split"]
    for lang in langs:
        prefix = f"{lang}.{split}.agreement"
        n = counts.get(f"{prefix}.articles", 0)
        if not n:
            out.append(f"{lang}: no article with both a and b")
            continue
        out.append(f"{lang}: {n} articles; entities F1 {figures.get(prefix + '.entities.f1', 0):.3f} "
                   f"({counts.get(prefix + '.entities.a', 0)} in a, {counts.get(prefix + '.entities.b', 0)} in b), "
                   f"pairs F1 {figures.get(prefix + '.pairs.f1', 0):.3f}, typed pairs F1 "
                   f"{figures.get(prefix + '.typed_pairs.f1', 0):.3f} ({counts.get(prefix + '.pairs.a', 0)} pairs in a, "
                   f"{counts.get(prefix + '.pairs.b', 0)} in b)")
    return "\n".join(out)


def tables(figures: dict, counts: dict, split: str, langs: list[str]) -> str:
    out: list[str] = []
    for lang in langs:
        prefix = f"{lang}.{split}"
        domains = sorted({k[len(prefix) + 1:].split(".")[0] for k in counts
                          if k.startswith(prefix + ".") and k.endswith(".articles")
                          and k.count(".") == 3})
        n = counts.get(f"{prefix}.articles", 0)
        out.append(f"\n== {lang}, {split} split: {n} articles with gold")
        if n:
            head = f"{'':22}{'arts':>5} " + " ".join(f"{c:>6}" for c, _ in COLUMNS)
            out.append(head)
            for name, stem in [("all", prefix)] + [(d, f"{prefix}.{d}") for d in domains]:
                row = f"{name[:22]:22}{counts.get(stem + '.articles', 0):>5} "
                row += " ".join(_cell(figures.get(f"{stem}.{key}")) for _, key in COLUMNS)
                out.append(row)
            ent = [f"{t} {_cell(figures.get(f'{prefix}.entities.type.{t}.recall')).strip()}"
                   for t in ("PERSON", "ORG", "COUNTRY", "LOCATION")]
            out.append("entity recall by type: " + ", ".join(ent))
            out.append(f"split nodes {counts.get(prefix + '.entities.split', 0)}, wrongly merged nodes "
                       f"{counts.get(prefix + '.entities.merged', 0)}; gold pairs {counts.get(prefix + '.pairs.gold', 0)}, "
                       f"predicted typed relations {counts.get(prefix + '.relations.pred', 0)} "
                       f"({counts.get(prefix + '.relations.between_gold', 0)} between gold entities)")
            types = sorted({k.split(".")[4] for k in figures if k.startswith(prefix + ".pairs.type.")})
            if types:
                out.append("typed pair recall by gold type: " + ", ".join(
                    f"{t} {figures[f'{prefix}.pairs.type.{t}.recall']:.2f}/{counts.get(f'{prefix}.pairs.type.{t}.gold', 0)}"
                    for t in types))
            out.append(f"of the found gold relations: mode right {_cell(figures.get(prefix + '.mode.found_accuracy')).strip()}, "
                       f"date right {_cell(figures.get(prefix + '.date.found_accuracy')).strip()}")
            out.append(f"events: recall {_cell(figures.get(prefix + '.events.recall')).strip()} of "
                       f"{counts.get(prefix + '.events.gold', 0)}, participants "
                       f"{_cell(figures.get(prefix + '.events.participant_recall')).strip()}, date "
                       f"{_cell(figures.get(prefix + '.events.date_accuracy')).strip()}; mode accuracy on "
                       f"{counts.get(prefix + '.mode.gold', 0)}, date accuracy on {counts.get(prefix + '.date.gold', 0)} gold relations")
            out.append("calibration (confidence band: predicted typed relations between gold entities, share right):")
            for _, _, band in BANDS:
                cnt = counts.get(f"{prefix}.calibration.{band}.count", 0)
                out.append(f"  {band:8} {cnt:5}  {_cell(figures.get(f'{prefix}.calibration.{band}.share_right'))}")
        out += _typing(figures, counts, prefix)
        if f"meantime.{lang}.f1" in figures:
            out.append(f"MEANTIME names ({lang}, sentences 0-5, {counts.get(f'meantime.{lang}.gold', 0)} gold mentions): "
                       f"P {figures.get(f'meantime.{lang}.precision', 0):.3f} R {figures.get(f'meantime.{lang}.recall', 0):.3f} "
                       f"F1 {figures[f'meantime.{lang}.f1']:.3f} (untyped F1 {figures.get(f'meantime.{lang}.untyped_f1', 0):.3f})")
    if f"xling.{split}.agreement" in figures:
        out.append(f"\ncross-lingual: {counts.get(f'xling.{split}.pairs', 0)} gold pairs in both gold files; "
                   f"same type in both extractions {figures[f'xling.{split}.agreement']:.3f}, "
                   f"same and right {figures.get(f'xling.{split}.both_right', 0):.3f}")
    return "\n".join(out)


def _typing(figures: dict, counts: dict, prefix: str) -> list[str]:
    key = f"{prefix}.event_typing.accuracy"
    if key not in figures:
        return []
    n = counts.get(f"{prefix}.event_typing.gold", 0)
    out = [f"event typing: accuracy {figures[key]:.3f} on {n} sentences"]
    types = sorted({k.split(".")[4] for k in figures if k.startswith(f"{prefix}.event_typing.type.")})
    out.append("  by type: " + ", ".join(
        f"{t} {figures[f'{prefix}.event_typing.type.{t}.accuracy']:.2f}" for t in types))
    notes = sorted({k.split(".")[4] for k in figures if k.startswith(f"{prefix}.event_typing.note.")})
    if notes:
        out.append("  by note: " + ", ".join(
            f"{t} {figures[f'{prefix}.event_typing.note.{t}.accuracy']:.2f}" for t in notes))
    conf = {tuple(k.split(".")[4:6]): v for k, v in counts.items()
            if k.startswith(f"{prefix}.event_typing.confusion.")}
    predicted = sorted({p for _, p in conf})
    out.append("  confusion (rows gold, columns predicted):")
    out.append("  " + f"{'':10}" + "".join(f"{p[:6]:>7}" for p in predicted))
    for g in types:
        out.append("  " + f"{g[:10]:10}" + "".join(f"{conf.get((g, p), 0) or '.':>7}" for p in predicted))
    return out


def diff(figures: dict, baseline: dict, limit: float = 0.02) -> tuple[str, list[str]]:
    """The changes from the baseline's figures, and the keys that got worse by more than ``limit``."""
    lines, fallen = [], []
    for key in sorted(set(figures) & set(baseline)):
        delta = figures[key] - baseline[key]
        if abs(delta) < 5e-5:
            continue
        worse = worse_by(key, figures[key], baseline[key])
        mark = "  WORSE" if worse > limit + 1e-9 else ""
        if mark:
            fallen.append(key)
        lines.append(f"  {key:60} {baseline[key]:7.3f} -> {figures[key]:7.3f}  ({delta:+.3f}){mark}")
    missing = sorted(set(baseline) - set(figures))
    head = f"\n== against the baseline: {len(lines)} figures changed, {len(set(figures) & set(baseline))} compared"
    if missing:
        head += f", {len(missing)} baseline figures not computed in this run"
    return "\n".join([head] + lines), fallen


def write_json(path: Path, payload: dict) -> None:
    """Write atomically (a temporary file in the same folder, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf8") as handle:
        json.dump(payload, handle, indent=1, sort_keys=True, ensure_ascii=False)
        handle.write("\n")
    os.replace(tmp, path)

"""The explorer's confidence help quotes data/calibration.json: it must be the calibration of
the saved yardstick baseline, so the figures a reader sees are the ones last measured."""

import json
from pathlib import Path

from bench.quality import report
from ui import reliability

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_calibration_is_the_baseline_s():
    baseline = json.loads((ROOT / "bench" / "quality_baseline.json").read_text(encoding="utf-8"))
    shipped = json.loads((ROOT / "data" / "calibration.json").read_text(encoding="utf-8"))
    assert shipped == report.calibration(baseline["counts"], baseline["meta"]["langs"])


def test_the_slider_help_gives_each_band_s_share_right():
    shipped = json.loads((ROOT / "data" / "calibration.json").read_text(encoding="utf-8"))
    low = shipped["bands"]["0-0.5"]
    shares = sorted(round(100 * c["right"] / c["count"]) for c in low.values())
    span = f"{shares[0]}%" if shares[0] == shares[-1] else f"{shares[0]}-{shares[-1]}%"
    assert f"below 0.5, {span};" in reliability.CONFIDENCE_HELP
    assert "0.9 and more, " in reliability.CONFIDENCE_HELP


def test_without_the_file_the_help_says_what_the_slider_does(tmp_path):
    text = reliability.confidence_help(reliability._read_calibration(tmp_path / "none.json"))
    assert text.startswith("Relations extracted with less confidence are hidden.")
    assert "%" not in text

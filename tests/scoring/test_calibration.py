"""Agreement with human judgement on the labelled sets (skipped when the data are absent).

The floors sit a little under today's figures so that a regression fails CI; the issue's
targets are in the messages, and ``python bench/calibrate.py`` prints both with intervals.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / ".." / "shared" / "data"

pytestmark = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"calibration data not found at {DATA.resolve()}"
)


@pytest.fixture(scope="module")
def calibrate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "bench" / "calibrate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tone_agrees_with_politeness_ratings(calibrate: ModuleType) -> None:
    rho = calibrate.spearman(*calibrate.politeness_pairs(DATA))
    # 0.459 on 2026-12-01 (0.466 before "You'll get an email" stopped counting as an
    # accusing "you"); the target is 0.50
    assert rho >= 0.45, f"Spearman {rho:.3f}; target 0.50, one human rater 0.54"


def test_abuse_detection_on_convabuse(calibrate: ModuleType) -> None:
    value = calibrate.auc(*calibrate.convabuse_pairs(DATA))
    assert value >= 0.90, f"AUC {value:.3f}; target 0.90"


def test_resolution_agrees_with_stc3_accomplishment(calibrate: ModuleType) -> None:
    rho = calibrate.spearman(*calibrate.stc3_pairs(DATA))
    # 0.388 on 2026-12-01, down from 0.407 when resolution began to require substance;
    # the target is 0.45
    assert rho >= 0.37, f"Spearman {rho:.3f}; target 0.45, one human rater 0.48"


def test_preferred_troll_replies_score_higher(calibrate: ModuleType) -> None:
    outcomes = calibrate.elf_outcomes(DATA)
    accuracy = sum(outcomes) / len(outcomes)
    assert accuracy >= 0.61, f"pairwise accuracy {accuracy:.3f}; target 0.65"


def test_statistics_by_hand(calibrate: ModuleType) -> None:
    assert calibrate.ranks([3, 1, 2, 2]) == [4.0, 1.0, 2.5, 2.5]
    assert calibrate.spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert calibrate.spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert calibrate.auc([0.9, 0.8, 0.1, 0.8], [True, True, False, False]) == pytest.approx(
        0.875
    )

"""Train the learned recogniser's heads on the project's labelled agent lines.

Usage: python bench/train_recogniser.py [--out scoring/minilm_static/heads.npz]

Reads the agent lines in scoring/labelled/train_*.jsonl (never test.jsonl), encodes each
with the shipped encoder, fits one sigmoid output per move (``--kind linear``: a class-balanced
logistic regression each; ``--kind hidden``: one shared ReLU layer, scikit-learn's
MLPClassifier; either is exported as numpy weights) and a logistic "concrete" head on the
lines that offer something, and picks each move's thresholds on 5-fold out-of-fold
predictions: ``sure`` where F1 peaks, ``unsure`` 0.15 below. Prints the cross-validated
figures. Needs ``pip install -e '.[train]'``.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.neural_network import MLPClassifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scoring.encoder import default_encoder  # noqa: E402
from scoring.learned import HEADS_PATH, Heads, Net, features  # noqa: E402

LABELLED = ROOT / "scoring" / "labelled"
LABELS = (
    "acknowledge", "reflect", "empathise", "apologise", "non_apology", "clarify", "own",
    "state_limit", "refuse", "warn_conduct", "offer_solution", "offer_alternative",
    "set_expectation", "escalate", "promise_follow_up", "check_agreement", "thank", "close",
    "blame", "defend", "dismiss", "sarcasm", "insult", "small_talk",
)
HIDDEN = 256
ALPHA = 1e-2  # L2 penalty
EPOCHS = 60
C = 2.0  # inverse L2 penalty of the linear heads
UNSURE_BELOW = 0.15
# A word in more than this share of the labelled lines is service talk, not a topic.
GENERIC_SHARE = 0.02
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_STOP = (
    'the', 'a', 'an', 'and', 'or', 'but', 'if', 'so', 'to', 'of', 'in', 'on', 'at', 'for',
    'with', 'from', 'by', 'about', 'as', 'into', 'than', 'then', 'this', 'that', 'these',
    'those', 'it', 'its', '"it\'s"', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
    'am', 'do', 'does', 'did', 'done', 'have', 'has', 'had', 'having', 'i', '"i\'m"',
    '"i\'ve"', '"i\'ll"', '"i\'d"', 'me', 'my', 'mine', 'we', '"we\'re"', '"we\'ve"',
    '"we\'ll"', 'us', 'our', 'you', '"you\'re"', '"you\'ve"', '"you\'ll"', 'your', 'yours',
    'he', 'she', 'they', 'them', 'their', 'there', 'here', 'what', 'which', 'who', 'whom',
    'when', 'where', 'why', 'how', 'all', 'any', 'some', 'no', 'not', 'can', 'could',
    'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'just', 'very', 'really',
    'also', 'too', 'only', 'more', 'most', 'much', 'many', 'one', 'get', 'got', 'let',
    '"let\'s"', 'ok', 'okay', 'yes', 'yeah', 'please', 'thanks', 'thank', 'sorry', 'hi',
    'hello', 'hey', 'well', 'now', 'today', 'patience', 'bearing', 'waiting', 'wait',
    'help', 'helping', 'assist', 'apologies', 'apologise', 'apologize', 'inconvenience',
    'understand', 'appreciate', 'moment', 'minute', 'second', 'check', 'checking', 'look',
    'looking', 'team', 'tomorrow', 'day', 'days', 'time', 'anything', 'else', 'everything',
    'something', 'nothing', 'great', 'good', 'lovely', 'wonderful', 'fine', 'sure',
    'absolutely', 'course', 'certainly', 'definitely', 'happy', 'glad', 'welcome',
    'contact', 'contacting', 'reaching', 'reach', 'message', 'chat', 'call', 'email',
    'issue', 'problem', 'matter', 'concern', 'situation', 'experience', 'frustrating',
    'frustration', 'annoying', 'sorted', 'sort', 'fix', 'fixed', 'resolve', 'resolved',
)


def load(pattern: str) -> list[dict]:
    rows = []
    for path in sorted(LABELLED.glob(pattern)):
        with open(path, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def generic_words(rows: list[dict]) -> frozenset[str]:
    counts: collections.Counter[str] = collections.Counter()
    for r in rows:
        counts.update(set(_WORD.findall(r["text"].lower().replace("\u2019", "'"))))
    cutoff = max(3, int(GENERIC_SHARE * len(rows)))
    return frozenset(_STOP) | frozenset(w for w, n in counts.items() if n >= cutoff)


class PerMove:
    """One class-balanced logistic regression per move, as one linear layer."""

    def fit(self, x: np.ndarray, y: np.ndarray) -> PerMove:
        self.models = [LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
                       .fit(x, y[:, j]) for j in range(y.shape[1])]
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return np.column_stack([m.predict_proba(x)[:, 1] for m in self.models])

    def layers(self) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
        w = np.column_stack([m.coef_[0] for m in self.models])
        b = np.array([m.intercept_[0] for m in self.models])
        return ((w.astype(np.float32), b.astype(np.float32)),)


class Hidden(MLPClassifier):
    """One hidden ReLU layer shared by every move's sigmoid output."""

    def __init__(self) -> None:
        super().__init__(hidden_layer_sizes=(HIDDEN,), alpha=ALPHA, max_iter=EPOCHS,
                         random_state=1)

    def layers(self) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
        return tuple((w.astype(np.float32), b.astype(np.float32))
                     for w, b in zip(self.coefs_, self.intercepts_, strict=True))


KINDS = {"linear": PerMove, "hidden": Hidden}


def out_of_fold(kind: type, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each line's move probabilities from a model that never saw it."""
    oof = np.zeros(y.shape)
    for train, test in KFold(5, shuffle=True, random_state=1).split(x):
        oof[test] = kind().fit(x[train], y[train]).predict_proba(x[test])
    return oof


def max_f1(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.5)
    for t in np.arange(0.2, 0.96, 0.025):
        pred = p >= t
        tp = float(np.sum(pred & (y == 1)))
        if tp == 0:
            continue
        prec, rec = tp / pred.sum(), tp / (y == 1).sum()
        best = max(best, (2 * prec * rec / (prec + rec), float(t)))
    return best


def thresholds(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    t = max_f1(p, y)[1]
    return t, max(0.1, t - UNSURE_BELOW)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HEADS_PATH)
    parser.add_argument("--oof", type=Path, help="also save the out-of-fold probabilities")
    parser.add_argument("--kind", choices=sorted(KINDS), default="linear")
    args = parser.parse_args(argv)
    rows = load("train_*.jsonl")
    texts = [r["text"] for r in rows]
    x = features(texts, default_encoder().embed(texts))
    y = np.array([[label in r["moves"] for label in LABELS] for r in rows], dtype=int)
    kind = KINDS[args.kind]
    oof = out_of_fold(kind, x, y)
    if args.oof:
        np.save(args.oof, oof)
    print(f"{len(rows)} labelled lines; 5-fold cross-validated figures at the sure threshold")
    print(f"{'move':<20}{'n':>5}{'P':>7}{'R':>7}{'F1':>7}{'sure':>7}")
    sure, unsure, f1s = [], [], []
    for j, label in enumerate(LABELS):
        s, u = thresholds(oof[:, j], y[:, j])
        pred = oof[:, j] >= s
        tp = float(np.sum(pred & (y[:, j] == 1)))
        prec, rec = tp / max(1, pred.sum()), tp / max(1, y[:, j].sum())
        f1s.append(2 * prec * rec / max(1e-9, prec + rec))
        print(f"{label:<20}{int(y[:, j].sum()):>5}{prec:7.2f}{rec:7.2f}{f1s[-1]:7.2f}{s:7.2f}")
        sure.append(s)
        unsure.append(u)
    print(f"{'macro F1':<32}{sum(f1s) / len(f1s):14.2f}")
    moves = kind().fit(x, y)
    offers = [i for i, r in enumerate(rows) if r.get("concrete") is not None]
    concrete_y = np.array([bool(rows[i]["concrete"]) for i in offers], dtype=int)
    concrete = LogisticRegression(C=2.0, class_weight="balanced", max_iter=3000)
    concrete.fit(x[offers], concrete_y)
    print(f"concrete head: {len(offers)} offers, {int(concrete_y.sum())} concrete")
    heads = Heads(
        LABELS,
        Net(moves.layers()),
        np.array(sure, dtype=np.float32), np.array(unsure, dtype=np.float32),
        Net(((concrete.coef_.T.astype(np.float32), concrete.intercept_.astype(np.float32)),)),
        generic_words(rows),
    )
    heads.save(args.out)
    print(f"wrote {args.out}: {len(LABELS)} moves, {len(heads.generic)} generic words")
    return 0


if __name__ == "__main__":
    sys.exit(main())

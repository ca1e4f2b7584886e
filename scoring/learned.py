"""The learned half of the move recogniser: a small network over sentence vectors.

Trained by ``bench/train_recogniser.py`` on the project's labelled agent lines
(``scoring/labelled/``); the weights ship in ``minilm_static/heads.npz``. One hidden layer
(ReLU) feeds one sigmoid output per move, so a line can make several moves. A probability
at or above a move's ``sure`` threshold is a recognised move; one between ``unsure`` and
``sure`` is reported as unsure, never as a verdict. A linear
head says whether an offer is a concrete step.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import attrs
import numpy as np

from scoring.encoder import MODEL_DIR

HEADS_PATH = MODEL_DIR / "heads.npz"
_EXTRA = 3  # features beside the vector: a question mark, an exclamation mark, length


def features(texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
    """The network's input: the sentence vector and three surface cues the mean blurs."""
    extra = np.array(
        [("?" in t, "!" in t, min(len(t.split()), 40) / 40) for t in texts], dtype=np.float32
    ).reshape(len(texts), _EXTRA)
    return np.hstack([vectors, extra])


@attrs.frozen(eq=False)
class Net:
    """Dense layers: ReLU between them, a sigmoid on the last."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]  # (weights (in, out), bias (out,))

    def __call__(self, x: np.ndarray) -> np.ndarray:
        for w, b in self.layers[:-1]:
            x = np.maximum(x @ w + b, 0.0)
        w, b = self.layers[-1]
        return 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))


@attrs.frozen(eq=False)
class Heads:
    labels: tuple[str, ...]
    moves: Net
    sure: np.ndarray  # (labels,) probability from which a move counts
    unsure: np.ndarray  # (labels,) probability from which it is reported as unsure
    concrete: Net  # one output: the offer in a piece is a concrete step
    generic: frozenset[str] = frozenset()  # words too common in service talk to show a topic

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """``(len(texts), len(labels))`` move probabilities."""
        return self.moves(features(texts, vectors))

    def read(self, texts: Sequence[str], vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The move probabilities and ``(len(texts),)`` the probability that each piece's
        offer is a concrete step, from one reading of the features."""
        x = features(texts, vectors)
        return self.moves(x), self.concrete(x)[:, 0]

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "labels": np.array(self.labels), "sure": self.sure, "unsure": self.unsure,
            "generic": np.array(sorted(self.generic)),
        }
        for name, net in (("moves", self.moves), ("concrete", self.concrete)):
            for k, (w, b) in enumerate(net.layers):
                arrays[f"{name}_w{k}"], arrays[f"{name}_b{k}"] = w, b
        np.savez_compressed(path, **arrays)


def _net(data: np.lib.npyio.NpzFile, name: str) -> Net:
    layers = []
    while f"{name}_w{len(layers)}" in data:
        k = len(layers)
        layers.append((data[f"{name}_w{k}"].astype(np.float32),
                       data[f"{name}_b{k}"].astype(np.float32)))
    return Net(tuple(layers))


def load_heads(path: Path = HEADS_PATH) -> Heads:
    with np.load(path) as data:
        return Heads(tuple(str(x) for x in data["labels"]), _net(data, "moves"),
                     data["sure"].astype(np.float32), data["unsure"].astype(np.float32),
                     _net(data, "concrete"),
                     frozenset(str(w) for w in data["generic"]))


@functools.cache
def default_heads() -> Heads:
    return load_heads()

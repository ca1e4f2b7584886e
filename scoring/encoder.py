"""Sentence vectors from a pretrained encoder, for reading meaning and not only words.

The encoder is all-MiniLM-L6-v2 distilled to static token embeddings (``minilm_static/``,
see its README): a sentence's vector is the mean of its tokens' vectors, so a whole
transcript is encoded in well under a millisecond and nothing is downloaded at run time.
Vectors are L2-normalised float32 rows; the cosine of two sentences is their dot product.
(The mean and the sum of the token vectors have the same direction.)
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from model2vec import StaticModel

from scoring.wordpiece import WordPiece

MODEL_DIR = Path(__file__).resolve().parent / "minilm_static"
# A call tokenises a few short texts: spreading them over threads costs more CPU than it
# saves (and a forked server would warn about it). A setting of one's own wins.
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Encoder:
    """Encodes sentences as unit vectors; an empty or unknown sentence is the zero vector.

    Sums and unit vectors are cached by text (words, policy phrases and customer lines
    recur). Tokenising, not the arithmetic, is what a line's analysis spends its time on:
    plain text is tokenised word by word from a cache (``scoring.wordpiece``), the rest of
    one call's uncached texts in one batch. Each row is worked out on its own, so a text's
    vector does not depend on the batch. One encoder serves the whole process: the live
    customers on the reactor thread and the scoring of finished sessions on a worker, so
    its caches change under a lock (a cache cleared by one between another's filling and
    reading it would lose rows)."""

    def __init__(self, path: Path = MODEL_DIR, cache_size: int = 20_000) -> None:
        # model2vec logs the model card's absence at INFO and above; nothing to act on.
        logging.getLogger("model2vec").setLevel(logging.ERROR)
        self._model = StaticModel.from_pretrained(str(path))
        self._wordpiece = WordPiece.of(self._model, cache_size)
        self._table = np.asarray(self._model.embedding, dtype=np.float32)
        self.dims: int = int(self._table.shape[1])
        self._sums: dict[str, np.ndarray] = {}
        self._units: dict[str, np.ndarray] = {}
        self._cache_size = cache_size
        self._lock = threading.RLock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dims)`` float32 unit rows, in the order given."""
        with self._lock:
            return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        wanted = dict.fromkeys(texts)
        missing = [t for t in wanted if t not in self._units]
        if missing:
            if len(self._units) + len(missing) > self._cache_size:
                self._units.clear()  # then everything asked for is missing
                missing = list(wanted)
            out = self.sums(missing)
            norms = np.linalg.norm(out, axis=1, keepdims=True)
            np.divide(out, norms, out=out, where=norms > 0)
            self._units.update(zip(missing, out, strict=True))
        return self._rows(self._units, texts)

    def sums(self, texts: Sequence[str]) -> np.ndarray:
        """The sum of each text's token vectors: texts said one after the other have the
        sum of their sums, so a conversation's vector needs no new tokenising."""
        with self._lock:
            self._prepare(texts)
            return self._rows(self._sums, texts)

    def prepare(self, texts: Iterable[str]) -> None:
        """Tokenise, in one batch, the texts whose sums are not cached yet."""
        with self._lock:
            self._prepare(texts)

    def _prepare(self, texts: Iterable[str]) -> None:
        wanted = dict.fromkeys(texts)
        missing = [t for t in wanted if t not in self._sums]
        if not missing:
            return
        if len(self._sums) + len(missing) > self._cache_size:
            self._sums.clear()  # then everything asked for is missing
            missing = list(wanted)
        for text, ids in zip(missing, self._tokenise(missing), strict=True):
            self._sums[text] = (self._table[ids].sum(axis=0) if ids
                                else np.zeros(self.dims, np.float32))

    def _tokenise(self, texts: list[str]) -> list[list[int]]:
        """Each text's token ids: plain text word by word, the rest by the tokeniser."""
        fast = self._wordpiece
        found = {t: ids for t in texts
                 if fast is not None and (ids := fast.ids(t)) is not None}
        rest = [t for t in texts if t not in found]
        if rest:
            found.update(zip(rest, self._model.tokenize(rest), strict=True))
        return [found[t] for t in texts]

    def _rows(self, cache: dict[str, np.ndarray], texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dims), np.float32)
        return np.array([cache[t] for t in texts], dtype=np.float32)


def unit(vector: np.ndarray) -> np.ndarray:
    """``vector`` scaled to length 1 (the zero vector stays zero)."""
    norm = float(np.sqrt(vector.dot(vector)))  # np.linalg.norm(vector), without its overhead
    return vector / norm if norm else vector


@functools.cache
def default_encoder() -> Encoder:
    """The shipped encoder, loaded once per process (about 15 MB)."""
    return Encoder()

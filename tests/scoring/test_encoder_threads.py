"""One encoder serves the reactor thread (live customers) and the scoring worker at once."""

from __future__ import annotations

import random
import threading

import numpy as np

from scoring.encoder import Encoder, default_encoder

TEXTS = [f"order {n} arrived {'broken' if n % 2 else 'late'} on day {n % 7}" for n in range(300)]


def test_two_threads_sharing_a_small_cache_get_the_same_rows_as_one():
    expected = default_encoder().embed(TEXTS)
    shared = Encoder(cache_size=40)  # far fewer than the texts: the caches clear often
    failures: list[BaseException] = []

    def work(seed: int) -> None:
        rnd = random.Random(seed)
        try:
            for _ in range(150):
                picked = rnd.sample(range(len(TEXTS)), 12)
                rows = shared.embed([TEXTS[i] for i in picked])
                np.testing.assert_allclose(rows, expected[picked], rtol=1e-5, atol=1e-6)
        except BaseException as error:  # reported to the test below
            failures.append(error)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert failures == []

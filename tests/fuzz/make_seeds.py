#!/usr/bin/env python3
"""Writes the seed corpus of indicators_fuzz (tests/fuzz/corpus/indicators); run from tests/fuzz.
Layout read by fuzz_input.hpp: type byte (odd: float), indicator byte, 8-byte rng seed, override
mask, 2 bytes per overridden parameter, then bars of five values, 2 bytes each (kind, step)."""
import os, random

def seed(name, typ, ind, mask=0, params=(), bars=()):
    out = bytes([typ, ind]) + (12345).to_bytes(8, "big") + bytes([mask])
    for p in params:  # in_range(-3, 400): lo + raw % 404
        out += (p + 3).to_bytes(2, "big")
    for v in bars:
        out += bytes(v)
    with open(os.path.join("corpus", "indicators", name), "wb") as f:
        f.write(out)

rng = random.Random(1)
walk = [(rng.randrange(200), rng.randrange(256)) for _ in range(5 * 60)]
specials = [(200 + rng.randrange(40), rng.randrange(16)) if i % 7 == 0 else (10, 128 + i % 5)
            for i in range(5 * 40)]
for ind in range(4):
    seed(f"walk_double_{ind}", 0, ind, bars=walk)
    seed(f"walk_float_{ind}", 1, ind, bars=walk)
    seed(f"specials_double_{ind}", 0, ind, bars=specials)
seed("specials_float", 1, 0, bars=specials)
seed("period_1", 0, 0, mask=1, params=[1], bars=walk)
seed("period_0", 0, 1, mask=1, params=[0], bars=walk)
seed("period_negative", 1, 2, mask=1, params=[-3], bars=walk)
seed("one_bar", 0, 0, bars=walk[:5])
seed("empty_series", 1, 1)

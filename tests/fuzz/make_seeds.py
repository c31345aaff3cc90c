#!/usr/bin/env python3
"""Writes the seed corpora of indicators_fuzz, patterns_fuzz and cli_fuzz (tests/fuzz/corpus/indicators,
tests/fuzz/corpus/patterns, tests/fuzz/corpus/cli); run from tests/fuzz.
cli: taspan-cli arguments separated by NUL bytes.
indicators: type byte (odd: float), indicator byte, 8-byte rng seed, override mask, 2 bytes per
overridden parameter, then bars of five values, 2 bytes each (kind, step; see fuzz_input.hpp).
The indicator byte is a position in the catalog's table (include/taspan/catalog/entries.hpp);
the regression_<indicator>_* inputs (found by fuzzing, kept as they are) get their indicator's
position rewritten here, so reordering the catalog keeps them on target.
patterns: type byte, detector byte (0 breakouts, 1 swings, 2 pivots, 3 measured-move arithmetic),
the option bytes read by patterns_fuzz.cpp's run(), then bars of five values as above."""
import os, random, re

def catalog_positions():
    with open(os.path.join("..", "..", "include", "taspan", "catalog", "entries.hpp")) as f:
        return {name: k for k, name in enumerate(re.findall(r"make_entry<detail::(\w+)_def>", f.read()))}

def retarget_regressions(positions):
    folder = os.path.join("corpus", "indicators")
    for name in sorted(os.listdir(folder)):
        if not name.startswith("regression_"):
            continue
        rest = name[len("regression_"):]
        target = max((n for n in positions if rest.startswith(n + "_")), key=len)
        path = os.path.join(folder, name)
        data = bytearray(open(path, "rb").read())
        data[1] = positions[target]
        with open(path, "wb") as f:
            f.write(bytes(data))

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
retarget_regressions(catalog_positions())


# patterns_fuzz: options in the order run() reads them.
def real(kind, b=0):  # fuzzed_real: kind % 12; 8..11 scale `typical` by (b + 1) / 64
    return bytes([kind]) + (bytes([b]) if kind % 12 >= 8 else b"")

def pattern_seed(name, typ, detector, method=0, period=20, min_bars=20, max_height=real(8, 15),
                 levels=0, flags=0, sides=0, volume_period=0, follow_through=0, unit=0,
                 threshold=real(8, 63), mode=0, left=2, right=2, cut=30, bars=()):
    out = bytes([typ, detector, method]) + (period + 3).to_bytes(2, "big")
    out += (min_bars + 3).to_bytes(2, "big") + max_height + bytes([levels, flags, sides])
    out += (volume_period + 3).to_bytes(2, "big") + (follow_through + 3).to_bytes(2, "big")
    out += bytes([unit]) + threshold + bytes([mode]) + (left + 2).to_bytes(2, "big")
    out += (right + 2).to_bytes(2, "big") + cut.to_bytes(2, "big")
    for v in bars:
        out += bytes(v)
    os.makedirs(os.path.join("corpus", "patterns"), exist_ok=True)
    with open(os.path.join("corpus", "patterns", name), "wb") as f:
        f.write(out)

trend = [(rng.randrange(200), 128 + rng.randrange(40) - 12) for _ in range(5 * 80)]
for method in range(4):
    for sides in range(3):
        pattern_seed(f"breakout_m{method}_s{sides}", 0, 0, method=method, period=5, min_bars=5,
                     sides=sides, volume_period=3, follow_through=4, flags=2, bars=trend)
pattern_seed("breakout_float_close_intrabar", 1, 0, levels=1, flags=3, period=10, bars=walk)
pattern_seed("breakout_specials", 0, 0, method=3, min_bars=3, bars=specials)
pattern_seed("breakout_bad_period", 0, 0, period=0, bars=walk)
pattern_seed("breakout_bad_height", 0, 0, method=3, max_height=real(2), bars=walk)
pattern_seed("breakout_empty", 0, 0)
for unit in range(3):
    for mode in range(3):
        pattern_seed(f"swing_u{unit}_m{mode}", unit % 2, 1, unit=unit, mode=mode, bars=walk)
pattern_seed("swing_specials", 0, 1, bars=specials)
pattern_seed("swing_percent_100", 0, 1, threshold=real(6), bars=walk)
pattern_seed("swing_nan_threshold", 1, 1, threshold=real(2), bars=walk)
pattern_seed("pivots", 0, 2, bars=walk)
pattern_seed("pivots_specials", 1, 2, left=1, right=0, bars=specials)
pattern_seed("pivots_bad_left", 0, 2, left=0, bars=walk)
pattern_seed("targets", 0, 3, bars=walk[:4])
pattern_seed("targets_float", 1, 3, bars=specials[:4])

# cli: taspan-cli arguments, NUL-separated; regression_* are the inputs of issue 19.
cli_seeds = {
    "sma": [b"sma", b"period=20"],
    "macdext": [b"macdext", b"fast=5", b"fastmatype=ema", b"slow=13", b"slowmatype=WMA",
                b"signal=4", b"signalmatype=dema"],
    "bbands": [b"BBANDS", b"period=10", b"nbdevup=1.5", b"matype=t3"],
    "list": [b"--list"],
    "help": [b"--help"],
    "allow_missing": [b"stoch", b"--allow-missing", b"fastk=7"],
    "regression_trima_int_max": [b"trima", b"period=2147483647"],
    "regression_dema_int_max": [b"dema", b"period=2147483647"],
    "regression_newline_in_value": [b"sma", b"period=3\n4"],
    "regression_newline_in_name": [b"sm\na"],
    "regression_input_empty": [b"sma", b"--input="],
    "bad_choice": [b"ppo", b"matype=mama"],
    "real_range": [b"t3", b"vfactor=1.5"],
}
os.makedirs(os.path.join("corpus", "cli"), exist_ok=True)
for name, args in cli_seeds.items():
    with open(os.path.join("corpus", "cli", name), "wb") as f:
        f.write(b"\0".join(args))

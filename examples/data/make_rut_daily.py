#!/usr/bin/env python3
"""Makes rut_daily.csv from the Yahoo Finance ^RUT download (python3 standard library only).

Usage: python3 make_rut_daily.py SOURCE.csv [OUTPUT.csv]

SOURCE is russell2000_RUT_daily_yahoo.csv (Date,Close,High,Low,Open,Volume; see README.md).
Keeps the rows from 2019-01-02 on, reorders the columns to Date,Open,High,Low,Close,Volume,
rounds prices to 2 decimals (half away from zero, on the exact decimal value of the text) and
writes volume as an integer. Lines end in "\n".
"""

import csv
import decimal
import sys

FIRST_DATE = "2019-01-02"
CENT = decimal.Decimal("0.01")


def price(text):
    return str(decimal.Decimal(text).quantize(CENT, rounding=decimal.ROUND_HALF_UP))


def volume(text):
    v = decimal.Decimal(text)
    if v != v.to_integral_value():
        raise ValueError("volume is not an integer: " + text)
    return str(int(v))


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    out_path = argv[2] if len(argv) == 3 else "rut_daily.csv"
    with open(argv[1], newline="") as src:
        rows = list(csv.DictReader(src))
    kept = [r for r in rows if r["Date"] >= FIRST_DATE]
    dates = [r["Date"] for r in kept]
    if dates != sorted(set(dates)):
        raise ValueError("dates are not strictly increasing")
    with open(out_path, "w", newline="") as dst:
        dst.write("Date,Open,High,Low,Close,Volume\n")
        for r in kept:
            fields = [r["Date"]] + [price(r[c]) for c in ("Open", "High", "Low", "Close")]
            fields.append(volume(r["Volume"]))
            dst.write(",".join(fields) + "\n")
    print(f"{out_path}: {len(kept)} rows, {dates[0]} .. {dates[-1]}")


if __name__ == "__main__":
    main(sys.argv)

# Makes the intraday test files of taspan-cli (run: /usr/bin/python3 make_intraday.py, Debian's
# python3-pandas 1.5.3) and the expected outputs computed by pandas, the independent source:
#   minutes.csv                 two sessions of one-minute bars, "YYYY-MM-DD HH:MM:SS", with gaps
#   minutes_{iso_z,iso_offset,epoch_s,epoch_ms}.csv   the same bars in the other timestamp forms
#   minutes_ohlcv_5min*.csv     df.resample("5min", label="left", closed="left") first/max/min/
#                               last/sum, empty bins dropped, written in each input's form
#   minutes_ohlcv_1h.csv        the same for "1h"
# Prices are multiples of 1/64 and volumes integers, so every value is exact in binary.
import pandas as pd

AGG = {"open": "first", "high": "max", "low": "min", "close": "last", "volume": "sum"}


def num(x):
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def bars():
    idx, rows, price, k = [], [], 6400, -1
    for day in ("2024-03-01", "2024-03-04"):
        for m in range(9 * 60 + 30, 16 * 60):
            k += 1
            if k % 17 == 5 or k % 23 == 11:  # gaps, some at bin edges
                continue
            o = price
            price += (k * 37 % 11) - 5
            c = price
            h, l = max(o, c) + k % 3, min(o, c) - k % 5
            idx.append(pd.Timestamp(day) + pd.Timedelta(minutes=m))
            rows.append((o / 64, h / 64, l / 64, c / 64, 100 + k * 37 % 500))
    return pd.DataFrame(rows, index=pd.DatetimeIndex(idx), columns=list(AGG))


FORMS = {
    "": lambda t: t.strftime("%Y-%m-%d %H:%M:%S"),
    "_iso_z": lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ"),
    "_iso_offset": lambda t: (t - pd.Timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S-05:00"),
    "_epoch_s": lambda t: str(t.value // 10**9),
    "_epoch_ms": lambda t: str(t.value // 10**6),
}


def write(df, path, form, header="date"):
    with open(path, "w") as f:
        f.write(",".join([header] + list(AGG)) + "\n")
        for t, r in df.iterrows():
            f.write(",".join([FORMS[form](t)] + [num(v) for v in r]) + "\n")


df = bars()
for form in FORMS:
    write(df, f"minutes{form}.csv", form)
    write(df.resample("5min", label="left", closed="left").agg(AGG).dropna(),
          f"minutes_ohlcv_5min{form}.csv", form)
write(df.resample("1h", label="left", closed="left").agg(AGG).dropna(), "minutes_ohlcv_1h.csv", "")

# --session 10:00-11:00: bars outside dropped before binning.
write(df.between_time("10:00", "10:59").resample("1h", label="left", closed="left").agg(AGG)
      .dropna(), "minutes_ohlcv_1h_session.csv", "")
# --tz -05:00 on the offset file: days are the local days of UTC-5.
local = df.copy()
local.index = local.index.tz_localize("UTC").tz_convert("Etc/GMT+5")
days = local.resample("1D", label="left", closed="left").agg(AGG).dropna()
with open("minutes_ohlcv_1d_tz.csv", "w") as f:
    f.write("date," + ",".join(AGG) + "\n")
    for t, r in days.iterrows():
        f.write(",".join([t.strftime("%Y-%m-%dT%H:%M:%S-05:00")] + [num(v) for v in r]) + "\n")
# Daily bars to ISO weeks (W-MON, labelled with the Monday) from the Yahoo-style ohlcv.csv.
daily = pd.read_csv("ohlcv.csv", index_col="Date", parse_dates=True)
daily = daily.rename(columns=str.lower)[list(AGG)]
weeks = daily.resample("W-MON", label="left", closed="left").agg(AGG).dropna()
with open("ohlcv_weekly.csv", "w") as f:
    f.write("date," + ",".join(AGG) + "\n")
    for t, r in weeks.iterrows():
        f.write(",".join([t.strftime("%Y-%m-%d")] + [num(v) for v in r]) + "\n")

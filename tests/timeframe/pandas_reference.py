# The independent source of tests/timeframe/pandas_test.cpp: pandas resample(rule, label="left",
# closed="left") with first/max/min/last/sum on 23 one-minute bars (run with Debian's python3-pandas
# 1.5.3: /usr/bin/python3 tests/timeframe/pandas_reference.py). Empty bins are dropped (taspan makes none).
import pandas as pd
mins = [(5, m) for m in list(range(570, 585)) if m not in (575, 581)] + [(5, 658), (5, 659), (5, 660), (5, 661), (5, 958), (5, 959), (8, 570), (8, 574), (8, 575), (8, 720)]
idx = [pd.Timestamp(2024, 1, d) + pd.Timedelta(minutes=m) for d, m in mins]
rows = []
for i in range(len(idx)):
    o = 100 + ((i * 5) % 11) * 0.25
    c = 100 + ((i * 7) % 13) * 0.25
    rows.append((o, max(o, c) + 0.5, min(o, c) - 0.25 * (i % 3), c, 100 + i * 10))
df = pd.DataFrame(rows, index=pd.DatetimeIndex(idx), columns=["open", "high", "low", "close", "volume"])
agg = {"open": "first", "high": "max", "low": "min", "close": "last", "volume": "sum"}
print("pandas", pd.__version__, "rows", len(df))
for rule in ["5min", "1h", "1D", "W-MON"]:
    r = df.resample(rule, label="left", closed="left").agg(agg).dropna()
    print(rule)
    for t, row in r.iterrows():
        print(f'    {{"{t}", {row.open:g}, {row.high:g}, {row.low:g}, {row.close:g}, {row.volume:g}}},')

"""One Python function per catalog entry, made at import from taspan._core.entries().

Nothing here names an indicator: a new entry in include/taspan/catalog/entries.hpp appears as
taspan.<name> (and taspan.stream.<NAME>) once the module is rebuilt.
"""

import inspect

import numpy as np

from . import _core

try:  # pandas is optional: without it, Series and DataFrames are simply not recognised
    import pandas as _pd
except ImportError:  # pragma: no cover
    _pd = None

ENTRIES = tuple(_core.entries())
BY_NAME = {e["name"]: e for e in ENTRIES}

# Which DataFrame column feeds each catalog input (one series is the close; a pair, as in CORREL
# and BETA, is high and low: TA-Lib's abstract API and taspan-cli read them the same way).
FRAME_COLUMN = {"real": "close", "real0": "high", "real1": "low"}


def param_key(name):
    """TA-Lib's keyword names and taspan's map to one key: timeperiod -> period,
    timeperiod2 -> period2, fastperiod -> fast, slowk_period -> slowk, fastd_matype -> fastdmatype."""
    k = name.lower().replace("_", "")
    if k.startswith("timeperiod"):
        return "period" + k[len("timeperiod"):]
    if k.endswith("period") and len(k) > len("period"):
        return k[: -len("period")]
    return k


def is_series(x):
    return _pd is not None and isinstance(x, _pd.Series)


def is_frame(x):
    return _pd is not None and isinstance(x, _pd.DataFrame)


def as_array(x):
    """A Series as its NumPy values (no copy for float data); anything else as it is (the module
    converts lists and other dtypes, and copies non-contiguous arrays)."""
    if is_series(x):
        if x.dtype.kind == "f":
            return x.to_numpy()
        return x.to_numpy(dtype=np.float64, na_value=np.nan)
    return x


def frame_column(frame, name, function):
    """The column of a DataFrame for an input or a field, case-insensitively. MAVP's periods
    come from a `periods` column, or else from close, as taspan-cli reads them."""
    wants = ["periods", "close"] if name == "periods" else [FRAME_COLUMN.get(name, name)]
    for want in wants:
        for c in frame.columns:
            if isinstance(c, str) and c.lower() == want:
                return frame[c]
    want = wants[0]
    raise ValueError(f"taspan.{function}: the DataFrame has no {want!r} column "
                     f"(columns: {', '.join(map(str, frame.columns))})")


class Binder:
    """Parameters of one entry from positional and keyword arguments, checked by name."""

    def __init__(self, entry):
        self.entry = entry
        self.params = [p["name"] for p in entry["params"]]
        self.keys = {}
        for p in self.params:
            assert param_key(p) not in self.keys, f"{entry['name']}: two parameters map to {p}"
            self.keys[param_key(p)] = p

    def bind(self, args, kwargs, what):
        name = self.entry["name"]
        if len(args) > len(self.params):
            raise TypeError(f"{what}() takes at most {len(self.params)} parameter(s) "
                            f"({', '.join(self.params) or 'none'}), got {len(args)}")
        values = dict(zip(self.params, args))
        for k, v in kwargs.items():
            p = self.keys.get(param_key(k))
            if p is None:
                known = ", ".join(self.params) or "none"
                raise TypeError(f"{what}() got an unexpected keyword argument {k!r} "
                                f"(parameters of {name}: {known})")
            if p in values:
                raise TypeError(f"{what}() got multiple values for {p!r}")
            values[p] = v
        return values


def signature(entry, with_inputs=True):
    P = inspect.Parameter
    inputs = [P(i, P.POSITIONAL_OR_KEYWORD) for i in entry["inputs"]] if with_inputs else []
    params = [P(p["name"], P.POSITIONAL_OR_KEYWORD, default=p["default"]) for p in entry["params"]]
    return inspect.Signature(inputs + params)


def describe_params(entry):
    lines = []
    for p in entry["params"]:
        lines.append(f"    {p['name']}: {p['kind']}, default {p['default']!r}, {p['rule']}")
    return "\n".join(lines) or "    (none)"


def docstring(entry):
    talib = f" (TA-Lib {entry['talib']})" if entry["talib"] else " (not in TA-Lib)"
    outs = entry["outputs"]
    returns = ("one array (a Series for pandas input)" if len(outs) == 1 else
               f"a tuple ({', '.join(outs)}), a DataFrame with those columns for pandas input")
    return (f"{entry['summary']}{talib}. Family: {entry['family']}.\n\n"
            f"Inputs: {', '.join(entry['inputs'])} (NumPy arrays, pandas Series, or one DataFrame "
            f"with open/high/low/close/volume columns first; real is its close).\n"
            f"Parameters (TA-Lib's keyword names work too: timeperiod, fastperiod, "
            f"slowk_period ...):\n{describe_params(entry)}\n"
            f"Returns {returns}; aligned with the input, NaN during the lookback.\n"
            f"float32 in -> float32 out; other numbers are computed in float64.")


def make_function(entry):
    name = entry["name"]
    inputs = entry["inputs"]
    outputs = entry["outputs"]
    binder = Binder(entry)
    what = f"taspan.{name}"

    def indicator(*args, **kwargs):
        args = list(args)
        if args and is_frame(args[0]):
            frame = args.pop(0)
            series = [frame_column(frame, i, name) for i in inputs]
            index = frame.index
        else:
            series = args[: len(inputs)]
            args = args[len(inputs):]
            for i in inputs[len(series):]:
                if i not in kwargs:
                    raise TypeError(f"{what}() missing input {i!r} (inputs: {', '.join(inputs)})")
                series.append(kwargs.pop(i))
            index = next((s.index for s in series if is_series(s)), None)
        values = binder.bind(args, kwargs, what)
        outs = _core.call(name, [as_array(s) for s in series], values)
        if index is None:
            return outs[0] if len(outs) == 1 else tuple(outs)
        if len(outs) == 1:
            return _pd.Series(outs[0], index=index, name=name)
        return _pd.DataFrame(dict(zip(outputs, outs)), index=index)

    indicator.__name__ = indicator.__qualname__ = name
    indicator.__module__ = "taspan"
    indicator.__signature__ = signature(entry)
    indicator.__doc__ = docstring(entry)
    return indicator


def lookback(name, **params):
    """Bars before the first defined value of an indicator with these parameters."""
    entry = BY_NAME.get(name.lower())
    values = Binder(entry).bind((), params, "taspan.lookback") if entry else {}
    return _core.lookback(name, values)  # an unknown name: the catalog's error, with close names


FUNCTIONS = {e["name"]: make_function(e) for e in ENTRIES}

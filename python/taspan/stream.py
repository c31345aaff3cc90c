"""Streaming twins: one class per catalog entry, named in upper case (taspan.stream.RSI), plus the
pattern streams (BreakoutStream, SwingStream, PivotStream).

    s = taspan.stream.RSI(14)            # the batch function's parameters, by position or name
    for x in closes:
        v = s.update(x)                  # one value per input; a float, or a tuple of outputs
    s.peek(x)                            # what update(x) would return, without changing state
    s.ready(); s.reset(); s.lookback()

Fed bar by bar, a stream gives the batch function's values (see the C++ library's tests).
dtype="float32" runs the float kernels.
"""

import inspect

from . import _core
from ._indicators import ENTRIES, Binder, describe_params, signature

BreakoutStream = _core.BreakoutStream
SwingStream = _core.SwingStream
PivotStream = _core.PivotStream


def _make_class(entry):
    binder = Binder(entry)
    cls_name = entry["name"].upper()

    def __init__(self, *args, dtype="float64", **kwargs):
        values = binder.bind(args, kwargs, f"taspan.stream.{cls_name}")
        _core.Stream.__init__(self, entry["name"], values, dtype)

    sig = signature(entry, with_inputs=False)
    self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    dtype = inspect.Parameter("dtype", inspect.Parameter.KEYWORD_ONLY, default="float64")
    __init__.__signature__ = sig.replace(
        parameters=[self_param, *sig.parameters.values(), dtype])
    doc = (f"{entry['summary']}, one bar at a time. update({', '.join(entry['inputs'])}) returns "
           f"{' / '.join(entry['outputs'])}.\nParameters:\n{describe_params(entry)}")
    return type(cls_name, (_core.Stream,),
                {"__init__": __init__, "__doc__": doc, "__module__": __name__})


CLASSES = {e["name"].upper(): _make_class(e) for e in ENTRIES}
globals().update(CLASSES)
__all__ = sorted(CLASSES) + ["BreakoutStream", "SwingStream", "PivotStream"]

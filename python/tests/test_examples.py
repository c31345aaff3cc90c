"""examples/python: the Russell 2000 analysis prints what the C++ example prints; the streaming
loop finds the C++ streaming example's breakouts."""

import os
import subprocess
import sys

import pytest

from conftest import SOURCE

EXAMPLES = SOURCE / "examples" / "python"
RUT = SOURCE / "examples" / "data" / "rut_daily.csv"


def run(args, stdin=None):
    env = dict(os.environ)
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          stdin=stdin, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_russell2000_prints_the_targets():
    out = run([str(EXAMPLES / "russell2000.py")])
    assert "= 3,248.54  (+33.0%)" in out
    assert "= 3,645.20  (+49.2%)" in out
    assert "Breakout: 2025-09-18, close 2,467.70 above the base top 2,442.74" in out
    cpp = os.environ.get("TASPAN_RUT_EXAMPLE")
    if not cpp:
        pytest.skip("the C++ example is not built: compared with the targets only")
    want = subprocess.run([cpp, "--csv", str(RUT)], capture_output=True, text=True,
                          check=True).stdout.splitlines()
    for line in out.splitlines()[1:]:  # the first names the file differently
        assert line in want, line


def test_streaming_fed_bar_by_bar():
    with open(RUT) as f:
        out = run([str(EXAMPLES / "streaming.py")], stdin=f)
    lines = out.splitlines()
    assert lines[1].startswith("2019-05-03 BREAKOUT close 1614.02 > 50-bar high")
    assert lines[-2].startswith("1795 bars, 116 breakouts, ")

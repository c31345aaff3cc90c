#pragma once
// Reference implementations for the Wilder family, written as plain index loops that follow
// TA-Lib 0.6's documented algorithms (src/ta_func/ta_PLUS_DM.c, ta_PLUS_DI.c, ta_DX.c, ta_ADX.c,
// ta_ADXR.c, ta_ATR.c, ta_TRANGE.c) including its arithmetic: s = s - s/n + x for the DM/TR sums
// and (s*(n-1) + x)/n for the averages. Outputs are aligned (NaN before the lookback). They
// assume no NaN in the input.

#include <cmath>
#include <limits>
#include <vector>

namespace taspan_test::ref {

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

template <class T>
double tr_of(const std::vector<T>& h, const std::vector<T>& l, const std::vector<T>& c,
             std::size_t i) {
  const double pc = c[i - 1];
  double r = double(h[i]) - double(l[i]);
  r = std::max(r, std::fabs(double(h[i]) - pc));
  return std::max(r, std::fabs(double(l[i]) - pc));
}

template <class T>
std::vector<double> trange(const std::vector<T>& h, const std::vector<T>& l,
                           const std::vector<T>& c) {
  std::vector<double> out(c.size(), nan);
  for (std::size_t i = 1; i < c.size(); ++i) out[i] = tr_of(h, l, c, i);
  return out;
}

template <class T>
std::vector<double> atr(const std::vector<T>& h, const std::vector<T>& l, const std::vector<T>& c,
                        int n) {
  std::vector<double> out(c.size(), nan);
  const auto un = static_cast<std::size_t>(n);
  if (c.size() <= un) return out;
  double s = 0;
  for (std::size_t i = 1; i <= un; ++i) s += tr_of(h, l, c, i);
  s /= n;
  out[un] = s;
  for (std::size_t i = un + 1; i < c.size(); ++i) {
    s = (s * (n - 1) + tr_of(h, l, c, i)) / n;
    out[i] = s;
  }
  return out;
}

struct dm_outputs {
  std::vector<double> plus_dm, minus_dm, plus_di, minus_di, dx, adx, adxr;
};

// One-bar +DM / -DM of bar i (TA-Lib: minus if diffM > 0 && diffP < diffM, else plus if
// diffP > 0 && diffP > diffM).
template <class T>
void dm_of(const std::vector<T>& h, const std::vector<T>& l, std::size_t i, double& p, double& m) {
  const double up = double(h[i]) - double(h[i - 1]);
  const double down = double(l[i - 1]) - double(l[i]);
  p = m = 0;
  if (down > 0 && up < down) {
    m = down;
  } else if (up > 0 && up > down) {
    p = up;
  }
}

template <class T>
dm_outputs directional(const std::vector<T>& h, const std::vector<T>& l, const std::vector<T>& c,
                       int n) {
  const std::size_t size = c.size();
  const auto un = static_cast<std::size_t>(n);
  dm_outputs o;
  o.plus_dm.assign(size, nan);
  o.minus_dm.assign(size, nan);
  o.plus_di.assign(size, nan);
  o.minus_di.assign(size, nan);
  o.dx.assign(size, nan);
  o.adx.assign(size, nan);
  o.adxr.assign(size, nan);
  double sp = 0, sm = 0, st = 0, prev_dx = 0, sum_dx = 0, adx = 0;
  for (std::size_t i = 1; i < size; ++i) {
    double p = 0, m = 0;
    dm_of(h, l, i, p, m);
    const double tr = tr_of(h, l, c, i);
    if (i < un) {  // seed: sums of bars 1..n-1
      sp += p;
      sm += m;
      st += tr;
    } else {
      sp = sp - sp / n + p;
      sm = sm - sm / n + m;
      st = st - st / n + tr;
    }
    if (i + 1 >= un) {
      o.plus_dm[i] = sp;
      o.minus_dm[i] = sm;
    }
    if (i < un) continue;
    o.plus_di[i] = st != 0 ? 100.0 * (sp / st) : 0.0;
    o.minus_di[i] = st != 0 ? 100.0 * (sm / st) : 0.0;
    bool defined = false;
    double dx = 0;
    if (st != 0) {
      const double mdi = 100.0 * (sm / st), pdi = 100.0 * (sp / st);
      if (mdi + pdi != 0) {
        dx = 100.0 * (std::fabs(mdi - pdi) / (mdi + pdi));
        defined = true;
      }
    }
    o.dx[i] = defined ? dx : (i == un ? 0.0 : prev_dx);
    prev_dx = o.dx[i];
    if (i < 2 * un - 1) {
      if (defined) sum_dx += dx;
    } else if (i == 2 * un - 1) {
      if (defined) sum_dx += dx;
      adx = sum_dx / n;
      o.adx[i] = adx;
    } else {
      if (defined) adx = (adx * (n - 1) + dx) / n;
      o.adx[i] = adx;
    }
  }
  for (std::size_t i = 3 * un - 2; i < size && n >= 2; ++i)
    o.adxr[i] = (o.adx[i] + o.adx[i - (un - 1)]) / 2.0;
  if (n == 1) {  // TA-Lib: PLUS_DM/MINUS_DM with period 1 start at bar 1
    o.plus_dm[0] = o.minus_dm[0] = nan;
  }
  return o;
}

// TA-Lib's RSI and CMO loop (ta_RSI.c, ta_CMO.c, unstable period 0): the simple means of the
// first n changes, then (avg*(n-1) + x)/n for the average gain g and loss l; value(g, l) is the
// indicator of a bar.
template <class T, class Value>
std::vector<double> gain_loss(const std::vector<T>& x, int n, Value value) {
  std::vector<double> out(x.size(), nan);
  const auto un = static_cast<std::size_t>(n);
  if (x.size() <= un) return out;
  double g = 0, l = 0;
  for (std::size_t i = 1; i <= un; ++i) {
    const double d = double(x[i]) - double(x[i - 1]);
    if (d < 0) {
      l -= d;
    } else {
      g += d;
    }
  }
  g /= n;
  l /= n;
  out[un] = value(g, l);
  for (std::size_t i = un + 1; i < x.size(); ++i) {
    const double d = double(x[i]) - double(x[i - 1]);
    g = (g * (n - 1) + (d > 0 ? d : 0)) / n;
    l = (l * (n - 1) + (d < 0 ? -d : 0)) / n;
    out[i] = value(g, l);
  }
  return out;
}

}  // namespace taspan_test::ref

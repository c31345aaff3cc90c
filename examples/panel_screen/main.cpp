// panel_screen: screen a universe at once with taspan's Eigen panel forms.
//
// 2,000 seeded random-walk symbols x 2,520 daily bars (10 years), float, row-major (the symbols
// of one bar contiguous, so the panel kernels vectorise across symbols). Some symbols list later
// (leading NaNs: ragged starts). The screen, for each symbol:
//   - base: the 55 bars before the breakout bar, whose range (box high H, box low L) is at most
//     6 ATR(14) tall: a consolidation;
//   - breakout: the latest bar whose close is above H (a Donchian / rolling-max breakout);
//   - volume confirmation: volume / SMA(volume, 50) of the bar before, at least 1.5;
//   - measured-move targets: arithmetic H + (H - L) and percentage H * H / L;
//   - strength = volume ratio * (close - H) / ATR.
// It prints the top 10 by strength and the time taken, after checking on a few symbols that the
// panel results equal the single-series functions.
#include <taspan/momentum/rsi.hpp>
#include <taspan/overlap/sma.hpp>
#include <taspan/panel.hpp>
#include <taspan/volatility/atr.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

namespace tp = taspan::panel;
using T = float;
using panel = tp::row_major<T>;

constexpr Eigen::Index kSymbols = 2000;
constexpr Eigen::Index kBars = 2520;
constexpr int kBase = 55;  // bars in the base (box) before the breakout
constexpr double kMaxBoxAtr = 6.0;
constexpr double kMinVolumeRatio = 1.5;
constexpr Eigen::Index kRecent = 60;  // look for the latest breakout in the last 60 bars

struct universe {
  panel high, low, close, volume;
};

// Seeded OHLCV: per symbol a drift and a volatility; volume log-normal with occasional surges
// that come with larger moves. Symbol j lists at bar `first` (earlier bars NaN) for 10% of them.
universe generate(std::uint64_t seed) {
  universe u{panel(kBars, kSymbols), panel(kBars, kSymbols), panel(kBars, kSymbols),
             panel(kBars, kSymbols)};
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> z(0.0, 1.0);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (Eigen::Index j = 0; j < kSymbols; ++j) {
    const double drift = 0.0002 * z(rng);
    const double vol = 0.01 + 0.02 * unit(rng);
    const double base_volume = std::exp(11.0 + 1.5 * unit(rng));
    const Eigen::Index first = unit(rng) < 0.1 ? static_cast<Eigen::Index>(unit(rng) * 2000) : 0;
    double price = 10.0 + 90.0 * unit(rng);
    for (Eigen::Index i = 0; i < kBars; ++i) {
      const bool surge = unit(rng) < 0.02;
      const double ret = drift + vol * z(rng) * (surge ? 2.5 : 1.0);
      const double open = price;
      price = std::max(0.5, price * std::exp(ret));
      const double wick = price * vol * 0.5;
      const double volume = base_volume * std::exp(0.3 * z(rng)) * (surge ? 3.0 : 1.0);
      const bool listed = i >= first;
      const T nan = std::numeric_limits<T>::quiet_NaN();
      u.high(i, j) = listed ? static_cast<T>(std::max(open, price) + wick * unit(rng)) : nan;
      u.low(i, j) = listed ? static_cast<T>(std::min(open, price) - wick * unit(rng)) : nan;
      u.close(i, j) = listed ? static_cast<T>(price) : nan;
      u.volume(i, j) = listed ? static_cast<T>(std::round(volume)) : nan;
    }
  }
  return u;
}

struct hit {
  Eigen::Index symbol, bar;
  double close, box_high, box_low, atr, volume_ratio, rsi, target_arithmetic, target_percent,
      strength;
};

std::vector<T> column(const panel& p, Eigen::Index j) {
  std::vector<T> c(static_cast<std::size_t>(p.rows()));
  for (Eigen::Index i = 0; i < p.rows(); ++i) c[static_cast<std::size_t>(i)] = p(i, j);
  return c;
}

bool same(const std::vector<T>& a, const panel& p, Eigen::Index j) {
  for (Eigen::Index i = 0; i < p.rows(); ++i) {
    const T x = a[static_cast<std::size_t>(i)], y = p(i, j);
    if (!(x == y || (std::isnan(x) && std::isnan(y)))) return false;
  }
  return true;
}

}  // namespace

int main() {
  const universe u = generate(2026);
  const int threads = 2;

  const auto t0 = std::chrono::steady_clock::now();
  const panel atr = tp::atr(u.high, u.low, u.close, 14, taspan::wilder_seed::talib, threads);
  const panel avg_volume = tp::sma(u.volume, 50, threads);
  const panel rsi = tp::rsi(u.close, 14, threads);

  std::vector<hit> hits;
  for (Eigen::Index j = 0; j < kSymbols; ++j) {
    for (Eigen::Index t = kBars - 1; t >= kBars - kRecent; --t) {
      const double c = u.close(t, j), a = atr(t - 1, j), avg = avg_volume(t - 1, j);
      if (std::isnan(c) || std::isnan(a) || std::isnan(avg)) break;
      double box_high = -INFINITY, box_low = INFINITY;
      for (Eigen::Index k = t - kBase; k < t; ++k) {
        box_high = std::max(box_high, static_cast<double>(u.high(k, j)));
        box_low = std::min(box_low, static_cast<double>(u.low(k, j)));
      }
      if (std::isnan(box_high) || std::isnan(box_low) || !(c > box_high)) continue;
      if (box_high - box_low > kMaxBoxAtr * a) continue;  // not a base
      const double ratio = u.volume(t, j) / avg;
      if (ratio >= kMinVolumeRatio) {
        hits.push_back({j, t, c, box_high, box_low, a, ratio, rsi(t, j),
                        box_high + (box_high - box_low), box_high * box_high / box_low,
                        ratio * (c - box_high) / a});
      }
      break;  // the latest breakout of this symbol, confirmed or not
    }
  }
  std::sort(hits.begin(), hits.end(),
            [](const hit& a, const hit& b) { return a.strength > b.strength; });
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

  // The panel forms must equal the single-series functions column by column.
  int checked = 0;
  bool ok = true;
  for (Eigen::Index j : {Eigen::Index{0}, Eigen::Index{1}, Eigen::Index{977}, kSymbols - 1}) {
    const auto h = column(u.high, j), l = column(u.low, j), c = column(u.close, j),
               v = column(u.volume, j);
    ok = ok && same(taspan::atr(h, l, c, 14), atr, j) && same(taspan::sma(v, 50), avg_volume, j) &&
         same(taspan::rsi(c, 14), rsi, j);
    ++checked;
  }

  std::printf(
      "screened %lld symbols x %lld bars (float, row-major, %d threads) in %.1f ms: "
      "%zu volume-confirmed base breakouts in the last %lld bars\n",
      static_cast<long long>(kSymbols), static_cast<long long>(kBars), threads, ms, hits.size(),
      static_cast<long long>(kRecent));
  std::printf("panel == single-series on %d symbols: %s\n", checked, ok ? "ok" : "MISMATCH");
  std::printf("top 10 by volume-confirmed strength (vol ratio x (close - box high) / ATR):\n");
  std::printf("%6s %5s %9s %9s %9s %7s %6s %5s %10s %10s %8s\n", "symbol", "bar", "close",
              "box_high", "box_low", "atr14", "vol_x", "rsi", "target_ar", "target_pc", "strength");
  for (std::size_t k = 0; k < std::min<std::size_t>(10, hits.size()); ++k) {
    const hit& h = hits[k];
    std::printf("%6lld %5lld %9.2f %9.2f %9.2f %7.3f %6.2f %5.1f %10.2f %10.2f %8.2f\n",
                static_cast<long long>(h.symbol), static_cast<long long>(h.bar), h.close,
                h.box_high, h.box_low, h.atr, h.volume_ratio, h.rsi, h.target_arithmetic,
                h.target_percent, h.strength);
  }
  return ok ? 0 : 1;
}

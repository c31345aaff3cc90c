// panel_screen: screen a universe at once with taspan's Eigen panel forms.
//
// 2,000 seeded random-walk symbols x 2,520 daily bars (10 years), float, row-major (the symbols
// of one bar contiguous, so the panel kernels vectorise across symbols). Some symbols list later
// (leading NaNs: ragged starts). The screen, for each symbol, with tp::breakout_screen (the
// single-series taspan::breakouts engine and taspan::measured_move_for on every column):
//   - base breakout (breakout_method::range): the close clears the symbol's record high (box high
//     H) after at least 40 bars below it, in a base (box low L = the lowest low since the record)
//     at most 35% tall;
//   - the latest such breakout, kept if it is in the last 60 bars;
//   - volume confirmation: volume / mean volume of the 50 bars before, at least 1.5;
//   - follow-through: the first of the next 5 bars that closes above the breakout close;
//   - measured-move targets of the base: H + (H - L), H * H / L, and the 1.618 extension;
//   - strength = volume ratio * (close - H) / ATR(14) of the bar before.
// It prints the top 10 by strength and the time taken, after checking on a few symbols that the
// panel results equal the single-series functions.
#include <taspan/momentum/rsi.hpp>
#include <taspan/overlap/bbands.hpp>
#include <taspan/panel.hpp>
#include <taspan/patterns/breakout.hpp>
#include <taspan/patterns/measured_move.hpp>
#include <taspan/volatility/atr.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

namespace tp = taspan::panel;
using T = float;
using panel = tp::row_major<T>;

constexpr Eigen::Index kSymbols = 2000;
constexpr Eigen::Index kBars = 2520;
constexpr int kBase = 40;            // shortest base, in bars
constexpr double kMaxHeight = 0.35;  // tallest base: (H - L) / H
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
  double close, box_high, box_low, atr, volume_ratio, rsi, bb_pct, target_arithmetic,
      target_percent, target_fib, strength;
  long long follow_through;  // bars to follow-through, -1 none (yet)
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

constexpr const char* usage_text =
    "usage: panel_screen [--threads N] [--seed N] [--help]\n"
    "Screens 2,000 seeded random-walk symbols x 2,520 bars for base breakouts with the Eigen\n"
    "panel forms, checks them against the single-series functions, prints the top 10.\n"
    "  --threads N  threads for the panel kernels, 1..256 (default 2)\n"
    "  --seed N     seed of the random universe, >= 0 (default 2026)\n";

struct options {
  int threads = 2;
  unsigned seed = 2026;
  bool help = false;
};

// A whole decimal integer in [lo, hi], else a one-line error naming the option.
long long integer_arg(const char* option, const char* text, long long lo, long long hi) {
  char* end = nullptr;
  errno = 0;
  const long long v = std::strtoll(text, &end, 10);
  if (end == text || *end != '\0' || errno != 0 || v < lo || v > hi)
    throw std::invalid_argument(std::string(option) + " must be an integer in [" +
                                std::to_string(lo) + ", " + std::to_string(hi) + "], got \"" +
                                text + "\"");
  return v;
}

options parse(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
      return argv[++i];
    };
    if (a == "--help" || a == "-h")
      o.help = true;
    else if (a == "--threads")
      o.threads = static_cast<int>(integer_arg("--threads", value(), 1, 256));
    else if (a == "--seed")
      o.seed = static_cast<unsigned>(integer_arg("--seed", value(), 0, 4294967295LL));
    else
      throw std::invalid_argument("unknown option \"" + a + "\" (try --help)");
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  options opt;
  try {
    opt = parse(argc, argv);
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "panel_screen: %s\n", e.what());
    return 2;
  }
  if (opt.help) {
    std::fputs(usage_text, stdout);
    return 0;
  }
  const universe u = generate(opt.seed);
  const int threads = opt.threads;

  const auto t0 = std::chrono::steady_clock::now();
  const panel atr = tp::atr(u.high, u.low, u.close, 14, taspan::wilder_seed::talib, threads);
  const panel rsi = tp::rsi(u.close, 14, threads);

  const auto bands = tp::bbands(u.close, 20, 2.0, 2.0, taspan::ma_type::sma, threads);
  tp::breakout_screen_options options;
  options.breakout.method = taspan::breakout_method::range;
  options.breakout.min_bars = kBase;
  options.breakout.max_height = kMaxHeight;
  options.breakout.volume_period = 50;
  options.breakout.follow_through = 5;
  const auto screen = tp::breakout_screen(u.high, u.low, u.close, u.volume, options, threads);

  std::vector<hit> hits;
  std::size_t found = 0;
  for (const auto& r : screen) {
    if (!r.found) continue;
    ++found;
    const auto t = static_cast<Eigen::Index>(r.bar);
    if (t < kBars - kRecent || !r.move || t == 0) continue;
    const auto& e = r.event;
    const double a = atr(t - 1, r.symbol), ratio = e.volume_ratio;
    if (std::isnan(a) || !(ratio >= kMinVolumeRatio)) continue;
    const double up = bands.upper(t, r.symbol), lo = bands.lower(t, r.symbol);
    hits.push_back(
        {r.symbol, t, r.close, r.move->high, r.move->low, a, ratio, rsi(t, r.symbol),
         (r.close - lo) / (up - lo), r.move->targets.arithmetic, r.move->targets.percent,
         r.move->targets.fibonacci[1], ratio * (r.close - r.level) / a,
         e.follow_through_at ? static_cast<long long>(*e.follow_through_at - e.bar) : -1});
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
    const auto bb = taspan::bbands(c, 20, 2.0, 2.0);
    ok = ok && same(taspan::atr(h, l, c, 14), atr, j) && same(taspan::rsi(c, 14), rsi, j) &&
         same(bb.upper, bands.upper, j) && same(bb.lower, bands.lower, j);
    const auto events = taspan::breakouts(taspan::breakout_series<T>{h, l, c, v}, options.breakout);
    const auto& r = screen[static_cast<std::size_t>(j)];
    ok = ok && r.found == !events.empty();
    if (!events.empty()) {
      const auto move = taspan::measured_move_for(events.back());
      ok = ok && r.event == events.back() && r.move.has_value() == move.has_value() &&
           (!move || r.move->targets.arithmetic == move->targets.arithmetic);
    }
    ++checked;
  }

  std::printf(
      "screened %lld symbols x %lld bars (float, row-major, %d threads) in %.1f ms: "
      "%zu symbols with a base breakout, %zu volume-confirmed in the last %lld bars\n",
      static_cast<long long>(kSymbols), static_cast<long long>(kBars), threads, ms, found,
      hits.size(), static_cast<long long>(kRecent));
  std::printf("panel == single-series on %d symbols: %s\n", checked, ok ? "ok" : "MISMATCH");
  std::printf("top 10 by volume-confirmed strength (vol ratio x (close - box high) / ATR):\n");
  std::printf("%6s %5s %8s %8s %8s %6s %5s %5s %5s %9s %9s %9s %4s %8s\n", "symbol", "bar", "close",
              "box_high", "box_low", "atr14", "vol_x", "rsi", "%b", "target_ar", "target_pc",
              "fib1.618", "ft", "strength");
  for (std::size_t k = 0; k < std::min<std::size_t>(10, hits.size()); ++k) {
    const hit& h = hits[k];
    std::printf(
        "%6lld %5lld %8.2f %8.2f %8.2f %6.3f %5.2f %5.1f %5.2f %9.2f %9.2f %9.2f %4lld %8.2f\n",
        static_cast<long long>(h.symbol), static_cast<long long>(h.bar), h.close, h.box_high,
        h.box_low, h.atr, h.volume_ratio, h.rsi, h.bb_pct, h.target_arithmetic, h.target_percent,
        h.target_fib, h.follow_through, h.strength);
  }
  std::printf(
      "(%%b: position in the 20-bar Bollinger bands; ft: bars to follow-through, -1 none)\n");
  return ok ? 0 : 1;
}

#pragma once
// Common checks for OHLCV indicators with one or several outputs (the multi-input counterpart of
// ma_test::check_common): batch == stream bitwise on several bar sets, warm-up length, sizes
// around the lookback, and the NaN rule (recursive: a fresh start after the NaN bar; windowed:
// exactly the windows that hold it are NaN).
//   batch(bars) and stream(bars) -> std::vector<std::vector<T>>, one vector per output.

#include <string>
#include <vector>

#include "ohlcv_test.hpp"

namespace taspan_test {

enum class nan_rule { restart, windowed };

template <class T>
bars<T> bars_slice(const bars<T>& b, std::size_t from, std::size_t to) {
  auto cut = [&](const std::vector<T>& s) {
    return std::vector<T>(s.begin() + static_cast<std::ptrdiff_t>(from),
                          s.begin() + static_cast<std::ptrdiff_t>(to));
  };
  return {cut(b.open), cut(b.high), cut(b.low), cut(b.close), cut(b.volume)};
}

// flat_defined: false for indicators that divide by a range, undefined (NaN) on flat prices.
template <class T, class Batch, class Stream>
void check_bars_common(Batch batch, Stream stream, int lookback, nan_rule rule,
                       bool flat_defined = true) {
  const auto lb = static_cast<std::size_t>(lookback);
  for (const auto& b : bar_sets<T>()) {
    if (!flat_defined && b.high == b.low) continue;
    const auto y = batch(b);
    const auto z = stream(b);
    ASSERT_EQ(y.size(), z.size());
    for (std::size_t k = 0; k < y.size(); ++k) {
      ASSERT_EQ(y[k].size(), b.size());
      expect_series_identical(z[k], y[k], "stream vs batch, output " + std::to_string(k));
      for (std::size_t i = 0; i < b.size(); ++i)
        ASSERT_EQ(std::isnan(static_cast<double>(y[k][i])), i < lb) << "output " << k << " " << i;
    }
  }
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, lb, lb + 1}) {
    const auto y = batch(random_bars<T>(n, 9));
    for (const auto& o : y) {
      ASSERT_EQ(o.size(), n);
      for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(std::isnan(static_cast<double>(o[i])), i < lb);
    }
  }
  const auto b = random_bars<T>(lb * 3 + 120, 13);
  const std::size_t j = lb + 37;
  const auto with_nan = nan_bar(b, j);
  const auto y = batch(with_nan);
  const auto original = batch(b);
  const auto fresh = batch(bars_slice(b, j + 1, b.size()));
  const auto z = stream(with_nan);
  for (std::size_t k = 0; k < y.size(); ++k) {
    expect_series_identical(z[k], y[k], "stream vs batch with NaN");
    expect_series_identical(
        std::vector<T>(y[k].begin(), y[k].begin() + static_cast<std::ptrdiff_t>(j)),
        std::vector<T>(original[k].begin(), original[k].begin() + static_cast<std::ptrdiff_t>(j)),
        "before the NaN");
    for (std::size_t i = j; i < b.size(); ++i) {
      if (rule == nan_rule::restart) {
        const T e = i == j ? std::numeric_limits<T>::quiet_NaN() : fresh[k][i - j - 1];
        ASSERT_TRUE(y[k][i] == e || both_nan(y[k][i], e)) << "restart, bar " << i;
      } else {
        ASSERT_EQ(std::isnan(static_cast<double>(y[k][i])), i <= j + lb) << "window, bar " << i;
        if (i > j + lb) {
          EXPECT_NEAR(y[k][i], original[k][i], tol<T>() * (1.0 + std::abs(original[k][i])));
        }
      }
    }
  }
}

}  // namespace taspan_test

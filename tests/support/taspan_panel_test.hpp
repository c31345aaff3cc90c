#pragma once
// Panel test helpers: seeded panels with ragged starts and NaN holes, column extraction, and the
// central check "panel result == single-series result, column by column".

#include <Eigen/Core>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "taspan/panel/core.hpp"
#include "taspan_test.hpp"

namespace taspan_test {

template <class T>
using col_panel = taspan::panel::col_major<T>;
template <class T>
using row_panel = taspan::panel::row_major<T>;

struct panel_shape {
  Eigen::Index rows = 300;
  Eigen::Index cols = 13;  // not a multiple of any SIMD width: exercises the scalar tail
  bool ragged = true;      // symbols start trading at different bars (leading NaNs)
  bool holes = true;       // isolated NaNs and a NaN run inside some series
};

// Random-walk prices, one symbol per column. Column 0 always starts at bar 0 and has no holes;
// with `ragged`, column j > 0 starts at a seeded bar in [0, rows/3]; with `holes`, some columns
// get NaNs at seeded bars and one column gets a run of 7 NaNs.
template <class T>
col_panel<T> random_panel(panel_shape s, std::uint64_t seed = 5, double start = 100.0) {
  col_panel<T> p(s.rows, s.cols);
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<Eigen::Index> start_bar(0, std::max<Eigen::Index>(0, s.rows / 3));
  std::uniform_int_distribution<Eigen::Index> any_bar(0, std::max<Eigen::Index>(0, s.rows - 1));
  for (Eigen::Index j = 0; j < s.cols; ++j) {
    const auto col = random_walk<T>(static_cast<std::size_t>(s.rows),
                                    seed * 1000 + static_cast<std::uint64_t>(j),
                                    start * (1.0 + 0.1 * static_cast<double>(j % 7)));
    for (Eigen::Index i = 0; i < s.rows; ++i) p(i, j) = col[static_cast<std::size_t>(i)];
    if (j == 0 || s.rows == 0) continue;
    if (s.ragged) {
      const Eigen::Index first = start_bar(rng);
      for (Eigen::Index i = 0; i < first; ++i) p(i, j) = std::numeric_limits<T>::quiet_NaN();
    }
    if (s.holes && j % 3 == 1) {
      for (int k = 0; k < 3; ++k) p(any_bar(rng), j) = std::numeric_limits<T>::quiet_NaN();
    }
    if (s.holes && j == 2) {
      const Eigen::Index at = any_bar(rng);
      for (Eigen::Index i = at; i < std::min(s.rows, at + 7); ++i)
        p(i, j) = std::numeric_limits<T>::quiet_NaN();
    }
  }
  return p;
}

// Positive volumes with the same NaN pattern as `like`.
template <class T>
col_panel<T> random_volume(const col_panel<T>& like, std::uint64_t seed = 9) {
  col_panel<T> v(like.rows(), like.cols());
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> d(1e5, 1e6);
  for (Eigen::Index j = 0; j < v.cols(); ++j)
    for (Eigen::Index i = 0; i < v.rows(); ++i)
      v(i, j) = std::isnan(like(i, j)) ? like(i, j) : static_cast<T>(std::round(d(rng)));
  return v;
}

template <class P>
std::vector<typename P::Scalar> column(const P& p, Eigen::Index j) {
  std::vector<typename P::Scalar> c(static_cast<std::size_t>(p.rows()));
  for (Eigen::Index i = 0; i < p.rows(); ++i) c[static_cast<std::size_t>(i)] = p(i, j);
  return c;
}

// Every column of `panel_out` is bitwise what `single(column of inputs...)` returns.
template <class P, class F>
void expect_columns_identical(const P& panel_out, F&& single, const std::string& what) {
  for (Eigen::Index j = 0; j < panel_out.cols(); ++j)
    expect_series_identical(column(panel_out, j), single(j), what + " col " + std::to_string(j));
}

template <class A, class B>
void expect_panels_identical(const A& a, const B& b, const std::string& what) {
  ASSERT_EQ(a.rows(), b.rows()) << what;
  ASSERT_EQ(a.cols(), b.cols()) << what;
  for (Eigen::Index j = 0; j < a.cols(); ++j)
    expect_series_identical(column(a, j), column(b, j), what + " col " + std::to_string(j));
}

}  // namespace taspan_test

// pivots / pivot_stream: hand-checked fractals, ties, NaN, edges, streaming == batch, no
// look-ahead.

#include "taspan/patterns/pivot.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using taspan::extreme;

template <class T>
using pivots_t = std::vector<taspan::pivot<T>>;

template <class T>
pivots_t<T> stream_pivots(const std::vector<T>& h, const std::vector<T>& l, int left, int right) {
  taspan::pivot_stream<T> s(left, right);
  pivots_t<T> out;
  for (std::size_t i = 0; i < h.size(); ++i) {
    const auto p = s.peek(h[i], l[i]);
    const auto u = s.update(h[i], l[i]);
    EXPECT_EQ(p.high, u.high);
    EXPECT_EQ(p.low, u.low);
    if (u.high) out.push_back(*u.high);
    if (u.low) out.push_back(*u.low);
  }
  return out;
}

// Plain reference: every bar against its whole window, straight from the definition.
template <class T>
pivots_t<T> reference(const std::vector<T>& h, const std::vector<T>& l, int left, int right) {
  pivots_t<T> out;
  const auto n = static_cast<long>(h.size());
  for (long i = left; i + right < n; ++i) {
    for (int side = 0; side < 2; ++side) {
      const auto& x = side == 0 ? h : l;
      const auto c = x[static_cast<std::size_t>(i)];
      bool ok = !std::isnan(c);
      for (long j = i - left; j <= i + right && ok; ++j) {
        if (j == i) continue;
        const T v = x[static_cast<std::size_t>(j)];
        const bool before = j < i;
        if (std::isnan(v))
          ok = false;
        else if (side == 0)
          ok = before ? c > v : c >= v;
        else
          ok = before ? c < v : c <= v;
      }
      if (ok)
        out.push_back({static_cast<std::size_t>(i), c, side == 0 ? extreme::high : extreme::low,
                       static_cast<std::size_t>(i + right)});
    }
  }
  return out;
}

template <class T>
class Pivot : public ::testing::Test {};
TYPED_TEST_SUITE(Pivot, real_types);

// Hand-checked (left = right = 2): highs 13 at bar 2 (above 10, 11; not below 12, 11) and the flat
// top 12, 12 at bars 6-7, reported once, on its first bar; the low 9 at bar 5.
TYPED_TEST(Pivot, HandCheckedWithFlatTop) {
  using T = TypeParam;
  const std::vector<T> h{10, 11, 13, 12, 11, 10, 12, 12, 11, 10};
  std::vector<T> l(h.size());
  for (std::size_t i = 0; i < h.size(); ++i) l[i] = h[i] - 1;
  const pivots_t<T> expected{
      {2, 13, extreme::high, 4}, {5, 9, extreme::low, 7}, {6, 12, extreme::high, 8}};
  EXPECT_EQ(taspan::pivots(h, l, 2, 2), expected);
  EXPECT_EQ(stream_pivots(h, l, 2, 2), expected);
  // right = 0: confirmed on their own bar; any bar above the 2 before it.
  const auto p0 = taspan::pivots(h, l, 2, 0);
  for (const auto& p : p0) EXPECT_EQ(p.bar, p.confirmed_at);
  EXPECT_EQ(p0, reference(h, l, 2, 0));
}

TYPED_TEST(Pivot, FlatSeriesHasNoPivotsAndVHasOne) {
  using T = TypeParam;
  const auto flat = constant<T>(50);
  EXPECT_TRUE(taspan::pivots(flat, flat, 3, 3).empty());
  const std::vector<T> v{5, 4, 3, 2, 1, 2, 3, 4, 5};
  const pivots_t<T> expected{{4, 1, extreme::low, 7}};
  EXPECT_EQ(taspan::pivots(v, v, 3, 3), expected);
}

TYPED_TEST(Pivot, NanWindowsGiveNoPivot) {
  using T = TypeParam;
  const std::vector<T> base{1, 2, 5, 2, 1, 0, 1, 2, 6, 2, 1};
  EXPECT_EQ(taspan::pivots(base, base, 2, 2).size(), 3U);  // highs 2, 8; low 5
  const auto x = with_nans(base, {3});                     // inside the windows of bars 2 and 5
  const pivots_t<T> expected{{8, 6, extreme::high, 10}};
  EXPECT_EQ(taspan::pivots(x, x, 2, 2), expected);
  EXPECT_EQ(stream_pivots(x, x, 2, 2), expected);
}

TYPED_TEST(Pivot, TooShortInput) {
  using T = TypeParam;
  for (std::size_t n : {0U, 1U, 4U}) {
    const auto x = random_walk<T>(n);
    EXPECT_TRUE(taspan::pivots(x, x, 2, 3).empty()) << n;
  }
  taspan::pivot_stream<T> s(2, 3);
  EXPECT_EQ(s.lookback(), 5);
  for (int i = 0; i < 5; ++i) s.update(T(1), T(1));
  EXPECT_FALSE(s.ready());
  s.update(T(1), T(1));
  EXPECT_TRUE(s.ready());
}

TYPED_TEST(Pivot, StreamingBatchAndReferenceAgree) {
  using T = TypeParam;
  const auto b = random_bars<T>(3000, 5);
  auto high = with_nans(b.high, {100, 101, 2000});
  for (int left : {1, 2, 5}) {
    for (int right : {0, 1, 3, 8}) {
      const auto batch = taspan::pivots(high, b.low, left, right);
      EXPECT_EQ(batch, reference(high, b.low, left, right)) << left << " " << right;
      EXPECT_EQ(stream_pivots(high, b.low, left, right), batch) << left << " " << right;
    }
  }
}

// For every bar t, pivots computed on bars [0, t] are exactly the batch pivots known at t.
TYPED_TEST(Pivot, NoLookAhead) {
  using T = TypeParam;
  const auto b = random_bars<T>(400, 9);
  const auto all = taspan::pivots(b.high, b.low, 3, 4);
  for (std::size_t t = 0; t < b.size(); ++t) {
    const std::vector<T> h(b.high.begin(), b.high.begin() + static_cast<long>(t) + 1);
    const std::vector<T> l(b.low.begin(), b.low.begin() + static_cast<long>(t) + 1);
    pivots_t<T> known;
    for (const auto& p : all)
      if (p.confirmed_at <= t) known.push_back(p);
    ASSERT_EQ(taspan::pivots(h, l, 3, 4), known) << t;
  }
}

TEST(Pivot, ResetStartsOver) {
  const auto b = random_bars<double>(200, 2);
  taspan::pivot_stream<double> s(2, 2);
  const auto first = stream_pivots(b.high, b.low, 2, 2);
  for (std::size_t i = 0; i < 50; ++i) s.update(b.high[i], b.low[i]);
  s.reset();
  EXPECT_EQ(s.bars_seen(), 0U);
  pivots_t<double> again;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto u = s.update(b.high[i], b.low[i]);
    if (u.high) again.push_back(*u.high);
    if (u.low) again.push_back(*u.low);
  }
  EXPECT_EQ(again, first);
}

TEST(Pivot, BadParameters) {
  std::vector<double> x(10, 1.0), y(9, 1.0);
  EXPECT_TASPAN_ERROR(taspan::pivots(x, x, 0, 2), "taspan::pivots: left must be >= 1, got 0");
  EXPECT_TASPAN_ERROR(taspan::pivots(x, x, 2, -1), "taspan::pivots: right must be >= 0, got -1");
  EXPECT_TASPAN_ERROR(taspan::pivots(x, y, 2, 2),
                      "taspan::pivots: low size must be the size of high (10), got 9");
  EXPECT_TASPAN_ERROR(taspan::pivot_stream<float>(-1, 2),
                      "taspan::pivot_stream: left must be >= 1, got -1");
}

}  // namespace

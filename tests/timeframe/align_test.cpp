// align: higher-time-frame values reach a base bar only once their period has closed.

#include <chrono>

#include "taspan/overlap/sma.hpp"
#include "taspan/timeframe/align.hpp"
#include "taspan_test.hpp"
#include "timeframe_support.hpp"

namespace {

using namespace std::chrono;
using namespace timeframe_test;
using taspan::close_rule;
using taspan::not_closed;
using taspan::period_unit;

template <class T>
class Align : public ::testing::Test {};
TYPED_TEST_SUITE(Align, taspan_test::real_types);

TYPED_TEST(Align, HandChecked) {
  using T = TypeParam;
  // Period 0 closed at bar 2, period 1 at bar 4, period 2 not yet: bars 0-1 see nothing,
  // bars 2-3 period 0, bars 4-5 period 1.
  const std::vector<std::size_t> closed_at{2, 4, not_closed};
  const std::vector<T> values{10, 20, 30};
  const auto out = taspan::align(closed_at, values, 6);
  taspan_test::expect_series_identical(
      out, std::vector<T>{taspan::nan_v<T>, taspan::nan_v<T>, 10, 10, 20, 20});
  // Two periods closing on one bar: the later one wins.
  const auto same = taspan::align(std::vector<std::size_t>{1, 1}, std::vector<T>{10, 20}, 3);
  taspan_test::expect_series_identical(same, std::vector<T>{taspan::nan_v<T>, 20, 20});
  EXPECT_TRUE(taspan::align(closed_at, values, 0).empty());
}

TYPED_TEST(Align, FridaySeesItsWeekMondayOtherwise) {
  using T = TypeParam;
  // Week 1: Mon..Fri (bars 0-4); week 2: Mon..Thu (bars 5-8, Good-Friday-style holiday);
  // week 3: Mon (bar 9).
  const auto d = dates({"2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10", "2025-04-11",
                        "2025-04-14", "2025-04-15", "2025-04-16", "2025-04-17", "2025-04-21"});
  const auto close = taspan_test::monotone<T>(d.size(), true, 1.0, 1.0);  // 1, 2, ..., 10
  const T nan = taspan::nan_v<T>;
  const auto w = taspan::resample(d, close, period_unit::week);
  taspan_test::expect_series_identical(taspan::align(w, w.close, d.size()),
                                       std::vector<T>{nan, nan, nan, nan, 5, 5, 5, 5, 5, 9});
  const auto n = taspan::resample(d, close, period_unit::week, close_rule::next_bar);
  taspan_test::expect_series_identical(taspan::align(n, n.close, d.size()),
                                       std::vector<T>{nan, nan, nan, nan, nan, 5, 5, 5, 5, 9});
}

// The look-ahead test: for every bar t, the value the batch pipeline gives bar t equals the one
// computed from bars [0, t] only (resample, a weekly/monthly SMA, align; take the last entry).
TYPED_TEST(Align, NoLookAhead) {
  using T = TypeParam;
  const auto d = trading_days(420, 21);
  const auto close = taspan_test::random_walk<T>(d.size(), 22);
  for (const auto unit : {period_unit::week, period_unit::month}) {
    for (const auto rule : {close_rule::last_weekday, close_rule::next_bar}) {
      auto pipeline = [&](std::size_t bars) {
        const std::span<const year_month_day> dd(d.data(), bars);
        const std::span<const T> cc(close.data(), bars);
        const auto p = taspan::resample(dd, cc, unit, rule);
        return taspan::align(p, taspan::sma(p.close, 3), bars);
      };
      const auto full = pipeline(d.size());
      std::size_t seen = 0;
      for (std::size_t t = 0; t < d.size(); ++t) {
        const auto prefix = pipeline(t + 1);
        const T a = prefix.back(), b = full[t];
        ASSERT_TRUE(a == b || (std::isnan(a) && std::isnan(b))) << "bar " << t;
        seen += std::isnan(b) ? 0u : 1u;
      }
      EXPECT_GT(seen, d.size() / 2);  // the check compared real values, not only NaN
    }
  }
}

TEST(Align, ValuesComeOnlyFromClosedPeriods) {
  const auto d = trading_days(800, 31);
  const auto close = taspan_test::random_walk<double>(d.size(), 32);
  const auto w = taspan::resample(d, close, period_unit::week);
  // Each period's value is its index: the aligned value at bar i names the period used.
  std::vector<double> index(w.size());
  for (std::size_t k = 0; k < w.size(); ++k) index[k] = double(k);
  const auto a = taspan::align(w, index, d.size());
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (std::isnan(a[i])) {
      ASSERT_GT(w.closed_at[0], i);
      continue;
    }
    const auto k = static_cast<std::size_t>(a[i]);
    ASSERT_LE(w.closed_at[k], i) << i;  // closed by bar i
    ASSERT_LE(w.last[k], i) << i;       // never a period that has bars after i
    if (k + 1 < w.size()) {
      ASSERT_GT(w.closed_at[k + 1], i) << i;  // and the latest such
    }
  }
}

TEST(Align, Errors) {
  const std::vector<double> v{1, 2};
  EXPECT_TASPAN_ERROR(taspan::align(std::vector<std::size_t>{1, 2, 3}, v, 5),
                      "taspan::align: values size must be the size of closed_at (3), got 2");
  EXPECT_TASPAN_ERROR(taspan::align(std::vector<std::size_t>{4, 2}, v, 5),
                      "taspan::align: closed_at must be non-decreasing, got 2 after 4 at index 1");
  std::vector<double> out(5);  // the caller-memory overload
  taspan::align(std::vector<std::size_t>{1, 3}, v, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_EQ(out[1], 1.0);
  EXPECT_EQ(out[3], 2.0);
}

}  // namespace

// The shipped example data examples/data/rut_daily.csv, read with read_csv. Expected levels are
// from /work/shared/data/rut_facts.md and README.md there (computed from the Yahoo file; press
// reports in brackets there: Reuters 2,442.74 on 2021-11-08, 2,467.70 on 2025-09-18).

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "taspan/io/csv.hpp"
#include "taspan_test.hpp"

namespace {

using namespace std::chrono;

const std::filesystem::path rut_path =
    std::filesystem::path(TASPAN_SOURCE_DIR) / "examples" / "data" / "rut_daily.csv";

template <class T>
std::size_t row_of(const taspan::ohlcv<T>& b, const std::string& date) {
  const auto it = std::find(b.date_text.begin(), b.date_text.end(), date);
  EXPECT_NE(it, b.date_text.end()) << date;
  return static_cast<std::size_t>(it - b.date_text.begin());
}

TEST(RutData, ShapeAndDates) {
  const auto b = taspan::read_csv(rut_path);  // all six columns required, dates increasing
  ASSERT_EQ(b.size(), 1795u);
  EXPECT_EQ(b.date.front(), 2019y / January / 2);
  EXPECT_EQ(b.date.back(), 2026y / February / 23);
  // No gaps: trading days a year as listed in the data README (2020 253, ..., 2025 250).
  const std::pair<int, int> per_year[] = {{2019, 252}, {2020, 253}, {2021, 252}, {2022, 251},
                                          {2023, 250}, {2024, 252}, {2025, 250}, {2026, 35}};
  for (auto [y, n] : per_year) {
    const auto count = std::count_if(b.date.begin(), b.date.end(),
                                     [y = y](year_month_day d) { return d.year() == year{y}; });
    EXPECT_EQ(count, n) << y;
  }
  EXPECT_EQ(std::count(b.volume.begin(), b.volume.end(), 0.0), 17);
  for (std::size_t i = 0; i < b.size(); ++i) {
    ASSERT_LE(b.low[i], std::min(b.open[i], b.close[i])) << b.date_text[i];
    ASSERT_GE(b.high[i], std::max(b.open[i], b.close[i])) << b.date_text[i];
  }
}

template <class T>
class RutLevels : public ::testing::Test {};
TYPED_TEST_SUITE(RutLevels, taspan_test::real_types);

TYPED_TEST(RutLevels, KnownLevels) {
  using T = TypeParam;
  const auto b = taspan::read_csv<T>(rut_path);
  struct level {
    const char* date;
    const std::vector<T>* column;
    double value;
  };
  const level levels[] = {
      {"2021-11-08", &b.close, 2442.74}, {"2021-11-08", &b.high, 2458.86},
      {"2020-03-18", &b.low, 966.22},    {"2022-06-16", &b.low, 1641.47},
      {"2023-10-27", &b.close, 1636.94}, {"2024-11-25", &b.high, 2466.49},
      {"2025-04-08", &b.close, 1760.71}, {"2025-04-09", &b.low, 1732.99},
      {"2025-09-18", &b.close, 2467.70}, {"2025-12-31", &b.close, 2481.91},
      {"2026-01-02", &b.close, 2508.22}, {"2026-01-08", &b.close, 2603.91},
      {"2026-01-08", &b.high, 2608.58},  {"2026-01-16", &b.close, 2677.74},
      {"2026-02-23", &b.close, 2620.99},
  };
  for (const auto& l : levels)
    EXPECT_EQ((*l.column)[row_of(b, l.date)], static_cast<T>(l.value)) << l.date;
}

}  // namespace

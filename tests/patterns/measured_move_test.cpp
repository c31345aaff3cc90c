// measured_move: hand-computed targets, downside mirrors, the Russell 2000 base of
// 2021-2025 base, the event helper (range and swing leg), bad inputs.

#include "taspan/patterns/measured_move.hpp"
#include "taspan_test.hpp"

namespace {

using namespace taspan_test;
using taspan::direction;

template <class T>
class MeasuredMove : public ::testing::Test {};
TYPED_TEST_SUITE(MeasuredMove, real_types);

// By hand: L = 100, H = 150, B = 150: 150 + 50 = 200; 150 * 150 / 100 = 225; 150 + 50 = 200;
// 150 + 1.272 * 50 = 213.6, 150 + 1.618 * 50 = 230.9, 150 + 2.618 * 50 = 280.9.
TYPED_TEST(MeasuredMove, HandComputedUp) {
  using T = TypeParam;
  const auto m = taspan::measured_move(T(100), T(150), T(150));
  const double tl = tol<T>();
  EXPECT_NEAR(m.arithmetic, 200.0, 200 * tl);
  EXPECT_NEAR(m.percent, 225.0, 225 * tl);
  EXPECT_NEAR(m.range_height, 200.0, 200 * tl);
  EXPECT_NEAR(m.fibonacci[0], 213.6, 214 * tl);
  EXPECT_NEAR(m.fibonacci[1], 230.9, 231 * tl);
  EXPECT_NEAR(m.fibonacci[2], 280.9, 281 * tl);
  // B above the leg's top: the targets move with B, the range height does not.
  EXPECT_NEAR(taspan::measured_move_points(T(100), T(150), T(160)), 210.0, 210 * tl);
  EXPECT_NEAR(taspan::measured_move_percent(T(100), T(150), T(160)), 240.0, 240 * tl);
  EXPECT_NEAR(taspan::range_height_target(T(100), T(150)), 200.0, 200 * tl);
  EXPECT_NEAR(taspan::fibonacci_extension(T(100), T(150), T(160), 1.618), 240.9, 241 * tl);
}

// Mirror, by hand: H = 150, L = 100, B = 100: 100 - 50 = 50; 100 * 100 / 150 = 66.667;
// 100 - 50 = 50; 100 - 1.272 * 50 = 36.4.
TYPED_TEST(MeasuredMove, HandComputedDown) {
  using T = TypeParam;
  const auto m = taspan::measured_move(T(100), T(150), T(100), direction::down);
  const double tl = tol<T>();
  EXPECT_NEAR(m.arithmetic, 50.0, 50 * tl);
  EXPECT_NEAR(m.percent, 200.0 / 3.0, 67 * tl);
  EXPECT_NEAR(m.range_height, 50.0, 50 * tl);
  EXPECT_NEAR(m.fibonacci[0], 36.4, 37 * tl);
  EXPECT_NEAR(taspan::measured_move_points(T(100), T(150), T(100), direction::down), 50.0, 50 * tl);
  EXPECT_NEAR(taspan::range_height_target(T(100), T(150), direction::down), 50.0, 50 * tl);
}

// The Russell 2000 closing-price base, by hand: top 2,442.74, bottom 1,636.94; 2,442.74 + 805.80 =
// 3,248.54 and 2,442.74 * 2,442.74 / 1,636.94 = 3,645.20 (rounded to cents).
TEST(MeasuredMove, RussellBaseFromRutFacts) {
  const auto m = taspan::measured_move(1636.94, 2442.74, 2442.74);
  EXPECT_NEAR(m.arithmetic, 3248.54, 0.005);
  EXPECT_NEAR(m.percent, 3645.20, 0.005);
}

TYPED_TEST(MeasuredMove, HelperMeasuresTheRangeOrTheLeg) {
  using T = TypeParam;
  taspan::breakout_event<T> e;
  e.bar = 30;
  e.level = 110;
  e.level_bar = 4;
  e.has_range = true;
  e.range_top = 110;
  e.range_top_bar = 4;
  e.range_bottom = 88;
  e.range_bottom_bar = 12;
  const auto r = taspan::measured_move_for(e);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->basis, taspan::measured_basis::range);
  EXPECT_EQ(r->low_bar, 12U);
  EXPECT_EQ(r->high_bar, 4U);
  EXPECT_NEAR(r->targets.arithmetic, 132.0, 132 * tol<T>());  // 110 + 22
  EXPECT_NEAR(r->targets.percent, 137.5, 138 * tol<T>());     // 110 * 110 / 88

  // No range: the last swing low before the level's bar, confirmed by the event's bar.
  e.has_range = false;
  const std::vector<taspan::swing<T>> sw{{1, 80, taspan::extreme::low, 2},
                                         {2, 95, taspan::extreme::high, 3},
                                         {3, 90, taspan::extreme::low, 4},     // the one
                                         {20, 70, taspan::extreme::low, 31}};  // known too late
  const auto leg = taspan::measured_move_for(e, sw);
  ASSERT_TRUE(leg.has_value());
  EXPECT_EQ(leg->basis, taspan::measured_basis::leg);
  EXPECT_EQ(leg->low, T(90));
  EXPECT_EQ(leg->low_bar, 3U);
  EXPECT_EQ(leg->high, T(110));
  EXPECT_NEAR(leg->targets.arithmetic, 130.0, 130 * tol<T>());
  EXPECT_FALSE(taspan::measured_move_for(e).has_value());  // nothing to measure

  // Downside event: the last swing high before the level's bar.
  taspan::breakout_event<T> d;
  d.bar = 10;
  d.side = direction::down;
  d.level = 90;
  d.level_bar = 5;
  const auto dn = taspan::measured_move_for(d, sw);
  ASSERT_TRUE(dn.has_value());
  EXPECT_EQ(dn->high, T(95));
  EXPECT_EQ(dn->low, T(90));
  EXPECT_NEAR(dn->targets.arithmetic, 85.0, 85 * tol<T>());
}

TEST(MeasuredMove, BadInputs) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_TASPAN_ERROR(taspan::measured_move(0.0, 10.0, 10.0),
                      "taspan::measured_move: low must be > 0 and finite, got 0");
  EXPECT_TASPAN_ERROR(taspan::measured_move(nan, 10.0, 10.0),
                      "taspan::measured_move: low must be > 0 and finite, got nan");
  EXPECT_TASPAN_ERROR(taspan::measured_move_points(10.0, 10.0, 10.0),
                      "taspan::measured_move_points: high must be > low (10) and finite, got 10");
  EXPECT_TASPAN_ERROR(taspan::measured_move_percent(10.0, inf, 10.0),
                      "taspan::measured_move_percent: high must be > low (10) and finite, got inf");
  EXPECT_TASPAN_ERROR(taspan::measured_move(1.0, 2.0, -3.0),
                      "taspan::measured_move: level must be > 0 and finite, got -3");
  EXPECT_TASPAN_ERROR(taspan::range_height_target(5.0, 4.0),
                      "taspan::range_height_target: high must be > low (5) and finite, got 4");
  EXPECT_TASPAN_ERROR(taspan::fibonacci_extension(1.0, 2.0, 2.0, 0.0),
                      "taspan::fibonacci_extension: ratio must be > 0 and finite, got 0");
}

}  // namespace

// Every public stream meets taspan::indicator_stream (core/concepts.hpp). The list of streams is
// collected from the headers at build time (collect_streams.cmake), so a new stream is checked
// without anyone adding it here.

#include <gtest/gtest.h>

#include <array>
#include <string_view>
#include <taspan/patterns.hpp>
#include <taspan/taspan.hpp>

namespace {

// Streams take one to five inputs per bar (close; high, low; ... high, low, close, volume).
template <class S, class T>
constexpr bool is_stream_of_some_arity() {
  return taspan::indicator_stream<S, T> || taspan::indicator_stream<S, T, T> ||
         taspan::indicator_stream<S, T, T, T> || taspan::indicator_stream<S, T, T, T, T> ||
         taspan::indicator_stream<S, T, T, T, T, T>;
}

#define TASPAN_STREAM(name)                                                  \
  static_assert(is_stream_of_some_arity<taspan::name<float>, float>() &&     \
                    is_stream_of_some_arity<taspan::name<double>, double>(), \
                "taspan::" #name " does not meet taspan::indicator_stream");
#include "public_streams.inc"
#undef TASPAN_STREAM

#define TASPAN_STREAM(name) std::string_view{#name},
constexpr std::array collected{
#include "public_streams.inc"
};
#undef TASPAN_STREAM

// A stream that lacks one member, or whose member may throw, does not meet the concept.
struct full {
  double update(double x) noexcept { return x; }
  [[nodiscard]] double peek(double x) const noexcept { return x; }
  [[nodiscard]] bool ready() const noexcept { return true; }
  void reset() noexcept {}
  [[nodiscard]] int lookback() const noexcept { return 0; }
};
struct no_lookback {
  double update(double x) noexcept { return x; }
  [[nodiscard]] double peek(double x) const noexcept { return x; }
  [[nodiscard]] bool ready() const noexcept { return true; }
  void reset() noexcept {}
};
struct throwing_update : full {
  double update(double x) { return x; }
};
struct peek_of_other_type : full {
  [[nodiscard]] float peek(double x) const noexcept { return static_cast<float>(x); }
};
struct mutating_peek : full {
  double peek(double x) noexcept { return x; }
};

TEST(StreamConcept, RejectsIncompleteStreams) {
  EXPECT_TRUE((taspan::indicator_stream<full, double>));
  EXPECT_FALSE((taspan::indicator_stream<full, double, double>));  // wrong arity
  EXPECT_FALSE((taspan::indicator_stream<no_lookback, double>));
  EXPECT_FALSE((taspan::indicator_stream<throwing_update, double>));
  EXPECT_FALSE((taspan::indicator_stream<peek_of_other_type, double>));
  EXPECT_FALSE((taspan::indicator_stream<mutating_peek, double>));
}

TEST(StreamConcept, CollectsTheStreamsOfEveryFamily) {
  // One stream from each family (and both kinds of declaration: class and alias) proves the
  // collection reads every folder; the count guards against a collection that silently shrinks.
  for (std::string_view name :
       {"sma_stream", "rolling_sum_stream", "sum_stream", "rsi_stream", "plus_di_stream",
        "atr_stream", "obv_stream", "breakout_stream", "trend_stream"}) {
    EXPECT_NE(std::find(collected.begin(), collected.end(), name), collected.end()) << name;
  }
  EXPECT_GE(collected.size(), 87U);
  EXPECT_TRUE(std::is_sorted(collected.begin(), collected.end()));
}

}  // namespace

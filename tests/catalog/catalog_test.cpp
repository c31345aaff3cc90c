// taspan/catalog.hpp: the table's consistency, the run-time API (find, args, call, streams) and
// that every public indicator of the umbrella header has an entry.
#include "taspan/catalog.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <regex>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "taspan/taspan.hpp"
#include "taspan_test.hpp"

namespace {

namespace cat = taspan::catalog;
using taspan_test::random_bars;

bool is_name(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool same_value(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }
template <class T>
bool close_value(T a, T b) {
  const double x = a, y = b;
  return same_value(x, y) ||
         std::abs(x - y) <= taspan_test::tol<T>() * std::max(std::abs(x), std::abs(y));
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

TEST(Catalog, EntriesAreConsistent) {
  std::set<std::string_view> names;
  for (const cat::entry& e : cat::entries()) {
    SCOPED_TRACE(std::string(e.name));
    EXPECT_TRUE(is_name(e.name));
    EXPECT_TRUE(names.insert(e.name).second) << "name twice";
    EXPECT_TRUE(e.talib.empty() || e.talib == upper(e.name)) << e.talib;
    EXPECT_FALSE(e.summary.empty());
    EXPECT_FALSE(e.inputs.empty());
    ASSERT_FALSE(e.outputs.empty());
    if (e.outputs.size() == 1) {
      EXPECT_EQ(e.outputs[0], "value");
    }
    std::set<std::string_view> outs(e.outputs.begin(), e.outputs.end());
    EXPECT_EQ(outs.size(), e.outputs.size()) << "output twice";
    std::set<std::string_view> params;
    EXPECT_TRUE(e.accepts(e.defaults().values())) << "the library rejects the defaults";
    for (std::size_t k = 0; k < e.params.size(); ++k) {
      const cat::param& p = e.params[k];
      EXPECT_TRUE(is_name(p.name)) << p.name;
      EXPECT_TRUE(params.insert(p.name).second) << "parameter twice: " << p.name;
      const cat::valid_range r = e.range_of(k);
      EXPECT_TRUE(r.contains(p.def)) << p.name;
      EXPECT_LE(p.suggested_lo, p.suggested_hi) << p.name;
      EXPECT_TRUE(r.contains(p.suggested_lo) && r.contains(p.suggested_hi))
          << p.name << ": suggested range outside the valid " << e.rule_of(k);
      if (p.kind == cat::param_kind::integer) {
        // The probe found the library's check: something below the default is rejected.
        EXPECT_GT(r.lo, std::numeric_limits<int>::min()) << p.name;
      }
      if (!p.choices.empty()) {
        EXPECT_TRUE(std::any_of(p.choices.begin(), p.choices.end(),
                                [&](const cat::choice& c) { return c.value == p.def; }))
            << p.name << ": default not a choice";
      }
    }
  }
  EXPECT_GE(names.size(), 80U);
}

TEST(Catalog, FindsByNameInAnyCase) {
  ASSERT_NE(cat::find("bbands"), nullptr);
  EXPECT_EQ(cat::find("BBANDS"), cat::find("bbands"));
  EXPECT_EQ(cat::find("BBands")->talib, "BBANDS");
  EXPECT_EQ(cat::find("nosuch"), nullptr);
  EXPECT_EQ(&cat::get("sma"), cat::find("sma"));
  EXPECT_TASPAN_ERROR((void)cat::get("smaa"),
                      "taspan::catalog: unknown indicator \"smaa\" (did you mean sma, smma?)");
  EXPECT_TASPAN_ERROR((void)cat::get("zzzzzzzz"),
                      "taspan::catalog: unknown indicator \"zzzzzzzz\"");
  const auto near = cat::close_names("rocr1");
  EXPECT_EQ(near.front(), "rocr");
  EXPECT_NE(std::find(near.begin(), near.end(), "rocr100"), near.end());
}

TEST(Catalog, ArgsCheckValuesAsTheLibraryDoes) {
  const cat::entry& bb = cat::get("bbands");
  cat::args a(bb);
  EXPECT_EQ(a.get("period"), 5);
  a.set("period", 20).set("matype", "EMA").set("nbdevup", "1.5");
  EXPECT_EQ(a.get("period"), 20);
  EXPECT_EQ(a.get("matype"), static_cast<double>(taspan::ma_type::ema));
  EXPECT_EQ(a.get("nbdevup"), 1.5);
  EXPECT_TASPAN_ERROR(a.set("period", 1), "taspan::bbands: period must be >= 2, got 1");
  EXPECT_EQ(a.get("period"), 20) << "a rejected value leaves the old one";
  EXPECT_TASPAN_ERROR(a.set("period", 2.5), "taspan::bbands: period must be an integer, got 2.5");
  EXPECT_TASPAN_ERROR(a.set("period", "x"), "taspan::bbands: period must be an integer, got \"x\"");
  EXPECT_TASPAN_ERROR(a.set("nbdevdn", "inf"),
                      "taspan::bbands: nbdevdn must be a finite number, got \"inf\"");
  EXPECT_TASPAN_ERROR(
      a.set("matype", "mama"),
      "taspan::bbands: matype must be one of sma|ema|wma|dema|tema|trima|kama|t3, got \"mama\"");
  EXPECT_TASPAN_ERROR(
      a.set("matype", 7.0),
      "taspan::bbands: matype must be one of sma|ema|wma|dema|tema|trima|kama|t3, got 7");
  EXPECT_TASPAN_ERROR(a.set("length", 3),
                      "taspan::bbands: unknown parameter \"length\" (parameters: period, "
                      "nbdevup, nbdevdn, matype)");
  EXPECT_TASPAN_ERROR((void)cat::get("obv").param_index("period"),
                      "taspan::obv: unknown parameter \"period\" (it takes none)");
  cat::args t3(cat::get("t3"));
  EXPECT_TASPAN_ERROR(t3.set("vfactor", 1.5), "taspan::t3: vfactor must be in [0, 1], got 1.5");
  cat::args sar(cat::get("sar"));
  EXPECT_TASPAN_ERROR(sar.set("maximum", -1),
                      "taspan::sar: maximum must be >= 0 and finite, got -1");
  EXPECT_TASPAN_ERROR(cat::get("sma").lookback(a), "taspan::sma: args made for bbands");
}

TEST(Catalog, RulesAreTheLibrarysChecks) {
  EXPECT_EQ(cat::get("rsi").rule_of(0), ">= 2");
  EXPECT_EQ(cat::get("t3").rule_of(1), "in [0, 1]");
  EXPECT_EQ(cat::get("sar").rule_of(0), ">= 0 and finite");
  EXPECT_EQ(cat::get("var").rule_of(1), "finite");
  EXPECT_EQ(cat::get("ema").rule_of(1), "one of sma|first_value");
}

// Found by StreamsByNameEqualBatch: these streams' ready() turns true one bar before their first
// value (it says the next update gives one); every other stream's from its first value. Kept
// here, visible, until the stream concept (issue 13) settles one meaning.
bool ready_one_bar_early(std::string_view name) {
  for (std::string_view n : {"mom", "roc", "rocp", "rocr", "rocr100", "trange"})
    if (n == name) return true;
  return false;
}

template <class T>
class CatalogCalls : public ::testing::Test {};
TYPED_TEST_SUITE(CatalogCalls, taspan_test::real_types);

// Batch by name into caller spans == the typed call, bit for bit.
TYPED_TEST(CatalogCalls, CallEqualsTheTypedApi) {
  using T = TypeParam;
  const auto b = random_bars<T>(200, 8);
  const cat::entry& bb = cat::get("bbands");
  cat::args a(bb);
  a.set("period", 10).set("nbdevup", 1.5).set("matype", "wma");
  std::vector<T> up(b.size()), mid(b.size()), lo(b.size());
  const std::span<const T> in[]{b.close};
  const std::span<T> out[]{up, mid, lo};
  bb.call<T>(in, out, a);
  const auto want = taspan::bbands(b.close, 10, 1.5, 2.0, taspan::ma_type::wma);
  taspan_test::expect_series_identical(up, want.upper, "upper");
  taspan_test::expect_series_identical(mid, want.middle, "middle");
  taspan_test::expect_series_identical(lo, want.lower, "lower");
  EXPECT_TASPAN_ERROR(bb.call<T>(in, std::span<const std::span<T>>(out).first(2), a),
                      "taspan::bbands: outputs must be 3 series, got 2");
  EXPECT_TASPAN_ERROR(bb.call<T>({}, out, a), "taspan::bbands: inputs must be 1 series, got 0");
}

// Every entry, its defaults: the stream by name gives the batch's values, peek gives update's,
// ready() from the lookback on, reset() starts over, lookback agrees.
TYPED_TEST(CatalogCalls, StreamsByNameEqualBatch) {
  using T = TypeParam;
  const auto b = random_bars<T>(120, 9);
  for (const cat::entry& ind : cat::entries()) {  // (EXPECT_TASPAN_ERROR declares an `e`)
    SCOPED_TRACE(std::string(ind.name));
    const cat::args a(ind);
    auto series = [&](cat::input i) -> const std::vector<T>& {
      return i == cat::input::open || i == cat::input::real1 ? b.open
             : i == cat::input::high                         ? b.high
             : i == cat::input::low                          ? b.low
             : i == cat::input::volume                       ? b.volume
                                                             : b.close;
    };
    std::vector<std::span<const T>> in;
    for (cat::input i : ind.inputs) in.emplace_back(series(i));
    std::vector<std::vector<T>> batch(ind.outputs.size(), std::vector<T>(b.size()));
    std::vector<std::span<T>> out(batch.begin(), batch.end());
    ind.call<T>(in, out, a);

    auto s = ind.make_stream<T>(a);
    EXPECT_EQ(s->lookback(), ind.lookback(a));
    std::vector<T> bar(ind.inputs.size()), peeked(ind.outputs.size()), got(ind.outputs.size());
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i < b.size(); ++i) {
        for (std::size_t k = 0; k < bar.size(); ++k) bar[k] = series(ind.inputs[k])[i];
        s->peek(bar, peeked);
        s->update(bar, got);
        for (std::size_t k = 0; k < got.size(); ++k) {
          ASSERT_TRUE(same_value(got[k], peeked[k])) << "peek, bar " << i;
          ASSERT_TRUE(close_value(got[k], batch[k][i])) << "batch, bar " << i;
        }
        const int ready_from = s->lookback() - (ready_one_bar_early(ind.name) ? 1 : 0);
        EXPECT_EQ(s->ready(), static_cast<int>(i) >= ready_from) << "bar " << i;
      }
      s->reset();
    }
    const std::string bad_bar = "taspan::" + std::string(ind.name) + ": bar must be " +
                                std::to_string(ind.inputs.size()) + " values, got 0";
    EXPECT_TASPAN_ERROR(s->update(std::span<const T>(bar).first(0), got), bad_bar);
  }
}

// ---- nothing forgotten: every public stream and batch function of the umbrella has an entry --

// Folders of include/taspan that hold no series indicators (events, resampling, matrices, I/O,
// infrastructure, the catalog itself); every other folder is scanned.
const std::set<std::string> kNotIndicators{"catalog", "core",     "io",
                                           "panel",   "patterns", "timeframe"};

// Names of the public `<name>_stream` classes and `void <name>(` batch functions declared at
// namespace scope outside `namespace detail` in the headers of include/taspan's folders.
std::set<std::string> public_indicator_names(const std::filesystem::path& root) {
  static const std::regex stream_re(R"(^(?:class|using) ([a-z0-9_]+)_stream\b)");
  static const std::regex batch_re(R"(^void ([a-z0-9_]+)\()");
  std::set<std::string> names;
  for (const auto& dir : std::filesystem::directory_iterator(root)) {
    if (!dir.is_directory() || kNotIndicators.count(dir.path().filename().string()) != 0) continue;
    for (const auto& file : std::filesystem::directory_iterator(dir.path())) {
      if (file.path().extension() != ".hpp") continue;
      std::ifstream in(file.path());
      bool in_detail = false;
      for (std::string line; std::getline(in, line);) {
        if (line.starts_with("namespace detail {")) in_detail = true;
        if (line.starts_with("}  // namespace detail")) in_detail = false;
        std::smatch m;
        if (!in_detail &&
            (std::regex_search(line, m, stream_re) || std::regex_search(line, m, batch_re)))
          names.insert(m[1]);
      }
    }
  }
  return names;
}

std::vector<std::string> missing_from_catalog(const std::filesystem::path& root) {
  std::vector<std::string> missing;
  for (const std::string& n : public_indicator_names(root))
    if (cat::find(n) == nullptr) missing.push_back(n);
  return missing;
}

TEST(CatalogCoverage, EveryPublicIndicatorHasAnEntry) {
  const std::filesystem::path root = std::filesystem::path(TASPAN_SOURCE_DIR) / "include/taspan";
  const auto names = public_indicator_names(root);
  EXPECT_GE(names.size(), cat::entries().size()) << "the scan found too little";
  const auto missing = missing_from_catalog(root);
  EXPECT_TRUE(missing.empty()) << "not in taspan/catalog/entries.hpp: " << missing.front();
  for (const cat::entry& e : cat::entries())
    EXPECT_EQ(names.count(std::string(e.name)), 1U) << e.name << ": no such public function";
}

// The same scan on a fixture with an indicator the catalog lacks reports it (and only it).
TEST(CatalogCoverage, ScanReportsAMissingIndicator) {
  const std::filesystem::path root =
      std::filesystem::path(TASPAN_SOURCE_DIR) / "tests/catalog/fixture/taspan";
  EXPECT_EQ(public_indicator_names(root), (std::set<std::string>{"frobnicate", "sma"}));
  EXPECT_EQ(missing_from_catalog(root), std::vector<std::string>{"frobnicate"});
}

}  // namespace

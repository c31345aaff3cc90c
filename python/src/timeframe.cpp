// Resampling and trends in Python (float64). Instants are int64 nanoseconds since the Unix epoch
// (NumPy datetime64[ns] viewed as int64, pandas' DatetimeIndex.asi8); dates are int64 days since
// the epoch (datetime64[D]). Results are dicts of arrays; the package makes DataFrames of them.

#include <pybind11/stl.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <taspan/timeframe.hpp>

#include "bindings.hpp"

namespace taspan_python {
namespace {

using std::chrono::nanoseconds;

constexpr std::array<std::string_view, 2> rule_names{"last_weekday", "next_bar"};
constexpr std::array<std::string_view, 2> unit_names{"week", "month"};

template <class T>
[[nodiscard]] py::array_t<T> to_array(const std::vector<T>& v) {
  py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
  std::copy(v.begin(), v.end(), a.mutable_data());
  return a;
}

// Bar indices as int64, -1 for not_closed.
[[nodiscard]] py::array_t<std::int64_t> index_array(const std::vector<std::size_t>& v) {
  py::array_t<std::int64_t> a(static_cast<py::ssize_t>(v.size()));
  auto* out = a.mutable_data();
  for (std::size_t k = 0; k < v.size(); ++k)
    out[k] = v[k] == taspan::not_closed ? -1 : static_cast<std::int64_t>(v[k]);
  return a;
}

[[nodiscard]] std::vector<taspan::timestamp> times_of(const py::object& obj, const char* fn) {
  const auto a = series_of<std::int64_t>(obj, fn, "times");
  std::vector<taspan::timestamp> t(static_cast<std::size_t>(a.size()));
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = taspan::timestamp{nanoseconds{a.data()[i]}};
  return t;
}

[[nodiscard]] std::vector<std::chrono::year_month_day> dates_of(const py::object& obj,
                                                                const char* fn) {
  const auto a = series_of<std::int64_t>(obj, fn, "dates");
  std::vector<std::chrono::year_month_day> d(static_cast<std::size_t>(a.size()));
  for (std::size_t i = 0; i < d.size(); ++i)
    d[i] = std::chrono::sys_days{std::chrono::days{a.data()[i]}};
  return d;
}

[[nodiscard]] py::array_t<std::int64_t> days_array(
    const std::vector<std::chrono::year_month_day>& v) {
  py::array_t<std::int64_t> a(static_cast<py::ssize_t>(v.size()));
  for (std::size_t k = 0; k < v.size(); ++k)
    a.mutable_data()[k] = std::chrono::sys_days{v[k]}.time_since_epoch().count();
  return a;
}

[[nodiscard]] py::array_t<std::int64_t> ns_array(const std::vector<taspan::timestamp>& v) {
  py::array_t<std::int64_t> a(static_cast<py::ssize_t>(v.size()));
  for (std::size_t k = 0; k < v.size(); ++k) a.mutable_data()[k] = v[k].time_since_epoch().count();
  return a;
}

[[nodiscard]] taspan::bin_options bin_options_of(const std::optional<std::string>& session,
                                                 const std::optional<std::string>& tz,
                                                 bool weekdays_only, std::int64_t base_length_ns) {
  taspan::bin_options o;
  if (session) o.hours = taspan::parse_session(*session);
  if (tz) o.zone = taspan::parse_utc_offset(*tz);
  o.weekdays_only = weekdays_only;
  o.base_length = nanoseconds{base_length_ns};
  return o;
}

template <class R>
void put_columns(py::dict& d, const R& r) {
  d["open"] = to_array(r.open);
  d["high"] = to_array(r.high);
  d["low"] = to_array(r.low);
  d["close"] = to_array(r.close);
  d["volume"] = to_array(r.volume);
  d["first"] = index_array(r.first);
  d["last"] = index_array(r.last);
  d["closed_at"] = index_array(r.closed_at);
}

py::dict resample(const py::object& times, const py::object& open, const py::object& high,
                  const py::object& low, const py::object& close, const py::object& volume,
                  std::string_view rule, const std::optional<std::string>& session,
                  const std::optional<std::string>& tz, bool weekdays_only,
                  std::int64_t base_length_ns) {
  const char* fn = "resample";
  const auto t = times_of(times, fn);
  const auto column = [&](const py::object& x, const char* name) {
    return x.is_none() ? c_array<double>(0) : series_of<double>(x, fn, name);
  };
  const auto o = column(open, "open"), h = column(high, "high"), l = column(low, "low");
  const auto c = series_of<double>(close, fn, "close");
  const auto v = column(volume, "volume");
  const auto size = taspan::parse_timeframe(rule);
  const auto opt = bin_options_of(session, tz, weekdays_only, base_length_ns);
  const auto r = taspan::resample(std::span<const taspan::timestamp>(t), span_of(o), span_of(h),
                                  span_of(l), span_of(c), span_of(v), size, opt);
  py::dict d;
  d["time"] = ns_array(r.time);
  d["last_time"] = ns_array(r.last_time);
  put_columns(d, r);
  return d;
}

py::dict resample_periods(const py::object& dates, const py::object& close, std::string_view unit,
                          std::string_view rule) {
  const char* fn = "resample_periods";
  const auto d = dates_of(dates, fn);
  const auto c = series_of<double>(close, fn, "close");
  const auto r = taspan::resample(std::span<const std::chrono::year_month_day>(d), span_of(c),
                                  enum_of<taspan::period_unit>(fn, "unit", unit, unit_names),
                                  enum_of<taspan::close_rule>(fn, "close_rule", rule, rule_names));
  py::dict out;
  out["date"] = days_array(r.date);
  out["last_date"] = days_array(r.last_date);
  put_columns(out, r);
  return out;
}

py::dict multi_timeframe_trend(const py::object& dates, const py::object& close,
                               std::pair<int, int> daily, std::pair<int, int> weekly,
                               std::pair<int, int> monthly, std::string_view rule) {
  const char* fn = "multi_timeframe_trend";
  const auto d = dates_of(dates, fn);
  const auto c = series_of<double>(close, fn, "close");
  taspan::multi_timeframe_trend_options o;
  o.daily = {daily.first, daily.second};
  o.weekly = {weekly.first, weekly.second};
  o.monthly = {monthly.first, monthly.second};
  o.rule = enum_of<taspan::close_rule>(fn, "close_rule", rule, rule_names);
  const auto r =
      taspan::multi_timeframe_trend(std::span<const std::chrono::year_month_day>(d), span_of(c), o);
  py::dict out;
  out["daily"] = to_array(r.daily);
  out["weekly"] = to_array(r.weekly);
  out["monthly"] = to_array(r.monthly);
  out["agree"] = to_array(r.agree);
  return out;
}

// frames: [(rule, period, slope_bars), ...]
py::dict timeframes_trend(const py::object& times, const py::object& close,
                          const std::vector<std::tuple<std::string, int, int>>& frames,
                          const std::optional<std::string>& session,
                          const std::optional<std::string>& tz, bool weekdays_only,
                          std::int64_t base_length_ns) {
  const char* fn = "timeframes_trend";
  const auto t = times_of(times, fn);
  const auto c = series_of<double>(close, fn, "close");
  std::vector<taspan::timeframe_trend> fs;
  for (const auto& [rule, period, slope] : frames)
    fs.push_back({taspan::parse_timeframe(rule), {period, slope}});
  const auto r =
      taspan::multi_timeframe_trend(std::span<const taspan::timestamp>(t), span_of(c),
                                    std::span<const taspan::timeframe_trend>(fs),
                                    bin_options_of(session, tz, weekdays_only, base_length_ns));
  py::list trends;
  for (const auto& s : r.trends) trends.append(to_array(s));
  py::dict out;
  out["trends"] = trends;
  out["agree"] = to_array(r.agree);
  return out;
}

py::array_t<double> trend(const py::object& close, int period, int slope_bars) {
  const auto c = series_of<double>(close, "trend", "close");
  std::span<double> out;
  auto a = new_series<double>(static_cast<std::size_t>(c.size()), out);
  const py::gil_scoped_release unlocked;
  taspan::trend(span_of(c), out, period, slope_bars);
  return a;
}

}  // namespace

void bind_timeframe(py::module_& m) {
  const auto none = py::none();
  m.def("resample", &resample, py::arg("times"), py::arg("open"), py::arg("high"), py::arg("low"),
        py::arg("close"), py::arg("volume"), py::arg("rule"), py::arg("session") = none,
        py::arg("tz") = none, py::arg("weekdays_only") = false, py::arg("base_length_ns") = 0);
  m.def("resample_periods", &resample_periods, py::arg("dates"), py::arg("close"), py::arg("unit"),
        py::arg("close_rule") = "last_weekday");
  m.def("multi_timeframe_trend", &multi_timeframe_trend, py::arg("dates"), py::arg("close"),
        py::arg("daily") = std::pair{50, 10}, py::arg("weekly") = std::pair{30, 4},
        py::arg("monthly") = std::pair{10, 2}, py::arg("close_rule") = "last_weekday");
  m.def("timeframes_trend", &timeframes_trend, py::arg("times"), py::arg("close"),
        py::arg("frames"), py::arg("session") = none, py::arg("tz") = none,
        py::arg("weekdays_only") = false, py::arg("base_length_ns") = 0);
  m.def("trend", &trend, py::arg("close"), py::arg("period") = 50, py::arg("slope_bars") = 10);
}

}  // namespace taspan_python

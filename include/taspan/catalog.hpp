#pragma once
// taspan::catalog: every indicator described once (catalog/entries.hpp), with a generic call by
// name (what TA-Lib's TA_GetFuncInfo / TA_CallFunc do, without global state). Opt-in: not in
// taspan.hpp.
//
//   const auto& e = taspan::catalog::get("bbands");   // throws taspan::error with close names
//   taspan::catalog::args a(e);
//   a.set("period", 20).set("matype", "ema");          // checked as the library checks them
//   std::span<const double> in[]{close};
//   std::span<double> out[]{upper, middle, lower};
//   e.call<double>(in, out, a);                        // into caller-owned spans
//   auto s = e.make_stream<double>(a);                 // s->update(bar, values) per bar
//
// The entries are constant data; every call is one indirect call, the kernels run as in the
// typed API.

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/entries.hpp"
#include "core/error.hpp"

namespace taspan::catalog {

[[nodiscard]] inline std::span<const entry> entries() { return table; }

namespace detail {

[[nodiscard]] inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Edit distance (insertions, deletions, substitutions), for suggestions.
[[nodiscard]] inline std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace detail

// The entry of that name (case-insensitive; TA-Lib's upper-case name works too), or nullptr.
[[nodiscard]] inline const entry* find(std::string_view name) {
  const std::string key = detail::lower(name);
  for (const entry& e : table)
    if (e.name == key) return &e;
  return nullptr;
}

// Names that start with `name` or are within a few edits of it (one per three letters, at least
// one), closest first, at most five.
[[nodiscard]] inline std::vector<std::string_view> close_names(std::string_view name) {
  const std::string key = detail::lower(name);
  const std::size_t most = std::max<std::size_t>(1, key.size() / 3);
  std::vector<std::pair<std::size_t, std::string_view>> near;
  for (const entry& e : table) {
    const std::size_t d = e.name.starts_with(key) ? 1 : detail::distance(key, e.name);
    if (d <= most) near.emplace_back(d, e.name);
  }
  std::stable_sort(near.begin(), near.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string_view> out;
  for (std::size_t k = 0; k < near.size() && k < 5; ++k) out.push_back(near[k].second);
  return out;
}

// The entry of that name; throws taspan::error naming close ones when there is none.
[[nodiscard]] inline const entry& get(std::string_view name) {
  if (const entry* e = find(name)) return *e;
  std::string msg = "taspan::catalog: unknown indicator \"" + std::string(name) + "\"";
  const auto near = close_names(name);
  for (std::size_t k = 0; k < near.size(); ++k)
    msg.append(k == 0 ? " (did you mean " : ", ").append(near[k]);
  throw error(msg + (near.empty() ? "" : "?)"));
}

}  // namespace taspan::catalog

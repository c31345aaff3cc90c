// taspan_cli_registry_check INPUT.csv
//
// Checks taspan-cli's indicator table (registry.hpp): names unique, lower case and
// CLI-friendly; families in the documented set; parameters with unique names and defaults
// inside their ranges; at least one output, names unique. Then runs every entry with its
// default parameters on INPUT.csv (all six columns) and checks it returns one series per
// output, each as long as the input, with at least one value that is not NaN.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>

#include "registry.hpp"

namespace {

int errors = 0;

void expect(bool ok, std::string_view who, const std::string& what) {
  if (ok) return;
  std::fprintf(stderr, "%.*s: %s\n", static_cast<int>(who.size()), who.data(), what.c_str());
  ++errors;
}

bool is_name(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

int main(int argc, char** argv) {
  using namespace taspan_cli;
  if (argc != 2) {
    std::fprintf(stderr, "usage: taspan_cli_registry_check INPUT.csv\n");
    return 1;
  }
  const bars b = taspan::read_csv<double>(std::filesystem::path(argv[1]));
  const std::vector<std::string_view> families{"overlap", "momentum", "volatility", "volume",
                                               "statistic"};
  std::set<std::string_view> names;
  std::size_t family_index = 0;
  for (const indicator& ind : registry()) {
    const std::string_view who = ind.name;
    expect(is_name(ind.name), who, "name must be lower case letters, digits and _");
    expect(names.insert(ind.name).second, who, "name appears twice");
    const auto f = std::find(families.begin(), families.end(), ind.family);
    expect(f != families.end(), who, "unknown family " + std::string(ind.family));
    if (f != families.end()) {
      const auto k = static_cast<std::size_t>(f - families.begin());
      expect(k >= family_index, who, "families out of order");
      family_index = std::max(family_index, k);
    }
    expect(ind.inputs != cols::none, who, "needs at least one input column");
    expect(!ind.summary.empty(), who, "summary is empty");
    std::set<std::string_view> params;
    for (const param& p : ind.params) {
      expect(is_name(p.name), who, "bad parameter name " + std::string(p.name));
      expect(params.insert(p.name).second, who, "parameter twice: " + std::string(p.name));
      expect(p.lo <= p.def && p.def <= p.hi, who, "default outside range: " + std::string(p.name));
      if (p.kind == param_kind::choice)
        expect(p.choices != nullptr && p.hi + 1 == static_cast<double>(p.choices->size()), who,
               "choice list: " + std::string(p.name));
      if (p.kind != param_kind::real)
        expect(p.def == std::floor(p.def), who, "integer default: " + std::string(p.name));
    }
    std::set<std::string_view> outs;
    expect(!ind.outputs.empty(), who, "no outputs");
    for (std::string_view o : ind.outputs) {
      expect(is_name(o), who, "bad output name " + std::string(o));
      expect(outs.insert(o).second, who, "output twice: " + std::string(o));
    }
    if (ind.outputs.size() == 1) expect(ind.outputs[0] == "value", who, "single output is value");

    std::vector<double> defaults;
    for (const param& p : ind.params) defaults.push_back(p.def);
    const columns out = ind.run(b, args(ind.params, defaults));
    expect(out.size() == ind.outputs.size(), who, "wrong number of outputs");
    for (const auto& col : out) {
      expect(col.size() == b.size(), who, "output length differs from input");
      expect(std::any_of(col.begin(), col.end(), [](double v) { return !std::isnan(v); }), who,
             "no value on the test data with default parameters");
    }
  }
  std::printf("%zu indicators checked, %d problems\n", registry().size(), errors);
  return errors == 0 ? 0 : 1;
}

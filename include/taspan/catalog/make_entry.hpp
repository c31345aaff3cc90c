#pragma once
// How one entry of catalog/entries.hpp becomes a catalog::entry: TASPAN_CATALOG_ENTRY writes a
// small struct (names, inputs, outputs, parameter types and descriptions, facts, and the three
// library calls by name), make_entry<Def>() instantiates the erased calls for float and double.

#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <tuple>
#include <type_traits>
#include <utility>

#include "entry.hpp"

namespace taspan::catalog::detail {

template <class X, class... A>
[[nodiscard]] constexpr std::array<X, sizeof...(A)> list(A... a) {
  return {X(a)...};
}

template <class... P>
struct param_types {};

// A string literal as a view (an empty TA-Lib name reads as a plain initialisation this way).
[[nodiscard]] constexpr std::string_view text_of(const char* s) { return s; }

// A parameter value as the C++ argument type: int, double, ma_type, or another enum.
template <class P>
[[nodiscard]] constexpr P to_param(double v) noexcept {
  if constexpr (std::is_enum_v<P>) {
    return static_cast<P>(static_cast<int>(v));
  } else {
    return static_cast<P>(v);
  }
}

template <class P>
[[nodiscard]] constexpr param_kind kind_of() {
  if constexpr (std::is_same_v<P, int>) return param_kind::integer;
  if constexpr (std::is_same_v<P, double>) return param_kind::real;
  if constexpr (std::is_same_v<P, ma_type>) return param_kind::ma_type;
  if constexpr (std::is_enum_v<P> && !std::is_same_v<P, ma_type>) return param_kind::choice;
}

template <class Types>
struct apply_params;
template <class... P>
struct apply_params<param_types<P...>> {
  static constexpr std::size_t size = sizeof...(P);
  // f(values as the indicator's argument types...)
  template <class F>
  static decltype(auto) run(std::span<const double> v, F&& f) {
    return [&]<std::size_t... K>(std::index_sequence<K...>)->decltype(auto) {
      return f(to_param<P>(v[K])...);
    }
    (std::index_sequence_for<P...>{});
  }
  template <std::size_t N>
  static constexpr bool kinds_match(const std::array<param, N>& ps) {
    constexpr std::array<param_kind, sizeof...(P)> kinds{kind_of<P>()...};
    for (std::size_t k = 0; k < N; ++k)
      if (ps[k].kind != kinds[k]) return false;
    return N == sizeof...(P);
  }
};

template <class Def, class T>
void batch_impl(std::span<const std::span<const T>> in, std::span<const std::span<T>> out,
                std::span<const double> v) {
  // Empty lists are the validation call (entry::accepts): every series empty.
  auto input_at = [&](std::size_t i) { return i < in.size() ? in[i] : std::span<const T>{}; };
  auto output_at = [&](std::size_t i) { return i < out.size() ? out[i] : std::span<T>{}; };
  apply_params<typename Def::types>::run(v, [&](auto... p) {
    [&]<std::size_t... I, std::size_t... O>(std::index_sequence<I...>, std::index_sequence<O...>) {
      Def::batch(input_at(I)..., output_at(O)..., p...);
    }
    (std::make_index_sequence<Def::inputs.size()>{},
     std::make_index_sequence<Def::outputs.size()>{});
  });
}

// An int argument as a one-element tuple, any other as an empty one.
template <class P>
[[nodiscard]] constexpr auto if_int(P p) {
  if constexpr (std::is_same_v<P, int>) {
    return std::tuple<int>(p);
  } else {
    return std::tuple<>();
  }
}

// <name>_lookback with every argument, or with the int ones only (var_lookback(period) ignores
// nbdev, keltner_lookback(period, atr_period) the multiplier).
template <class Def>
int lookback_impl(std::span<const double> v) {
  return apply_params<typename Def::types>::run(v, [](auto... p) -> int {
    if constexpr (requires { Def::lookback(p...); }) {
      return Def::lookback(p...);
    } else {
      return std::apply(Def::lookback, std::tuple_cat(if_int(p)...));
    }
  });
}

template <class Def, class T>
class stream_impl final : public stream<T> {
 public:
  explicit stream_impl(std::span<const double> v)
      : s_(apply_params<typename Def::types>::run(
            v, [](auto... p) { return typename Def::template stream<T>(p...); })) {}

  void update(std::span<const T> bar, std::span<T> out) override {
    check(bar, out);
    spill(feed(bar, [&](auto... x) { return s_.update(x...); }), out);
  }
  void peek(std::span<const T> bar, std::span<T> out) const override {
    check(bar, out);
    spill(feed(bar, [&](auto... x) { return s_.peek(x...); }), out);
  }
  [[nodiscard]] bool ready() const noexcept override { return s_.ready(); }
  void reset() noexcept override { s_.reset(); }
  [[nodiscard]] int lookback() const noexcept override { return s_.lookback(); }

 private:
  static constexpr std::size_t n_in = Def::inputs.size();
  static constexpr std::size_t n_out = Def::outputs.size();

  static void check(std::span<const T> bar, std::span<T> out) {
    if (bar.size() != n_in)
      taspan::detail::fail(Def::name, "bar", std::to_string(n_in) + " values", bar.size());
    if (out.size() != n_out)
      taspan::detail::fail(Def::name, "out", std::to_string(n_out) + " values", out.size());
  }
  template <class F>
  static decltype(auto) feed(std::span<const T> bar, F&& f) {
    return [&]<std::size_t... I>(std::index_sequence<I...>)->decltype(auto) { return f(bar[I]...); }
    (std::make_index_sequence<n_in>{});
  }
  // A stream's answer (one value, or a struct of the outputs in order) into out.
  template <class V>
  static void spill(const V& v, std::span<T> out) {
    if constexpr (n_out == 1) {
      out[0] = static_cast<T>(v);
    } else if constexpr (n_out == 2) {
      const auto& [a, b] = v;
      out[0] = a, out[1] = b;
    } else if constexpr (n_out == 3) {
      const auto& [a, b, c] = v;
      out[0] = a, out[1] = b, out[2] = c;
    } else {
      static_assert(n_out == 4, "taspan::catalog: one to four outputs");
      const auto& [a, b, c, d] = v;
      out[0] = a, out[1] = b, out[2] = c, out[3] = d;
    }
  }

  typename Def::template stream<T> s_;
};

template <class Def, class T>
std::unique_ptr<stream<T>> make_stream_impl(std::span<const double> v) {
  return std::make_unique<stream_impl<Def, T>>(v);
}

template <class Def>
[[nodiscard]] constexpr entry make_entry() {
  static_assert(apply_params<typename Def::types>::kinds_match(Def::params),
                "taspan::catalog: parameter descriptions must match the argument types");
  return {Def::name,
          Def::talib,
          Def::family_of,
          Def::summary,
          Def::inputs,
          Def::outputs,
          Def::params,
          Def::facts,
          &lookback_impl<Def>,
          &batch_impl<Def, float>,
          &batch_impl<Def, double>,
          &make_stream_impl<Def, float>,
          &make_stream_impl<Def, double>};
}

#define TASPAN_CATALOG_UNPAREN(...) __VA_ARGS__

// One indicator: fn (the name in taspan::, with fn_lookback and fn_stream<T> beside it), TA-Lib's
// name, family, summary, (inputs), (outputs), (argument types after the series), (parameter
// descriptions, in argument order), facts.
#define TASPAN_CATALOG_ENTRY(fn, talib_name, fam, text, ins, outs, types_, params_, facts_)   \
  struct fn##_def {                                                                           \
    static constexpr std::string_view name = #fn;                                             \
    static constexpr std::string_view talib = detail::text_of(talib_name);                    \
    static constexpr family family_of = family::fam;                                          \
    static constexpr std::string_view summary = detail::text_of(text);                        \
    /* the lists come in parentheses: */                                                      \
    static constexpr auto inputs =                                                            \
        detail::list<input> ins; /* NOLINT(bugprone-macro-parentheses) */                     \
    static constexpr auto outputs =                                                           \
        detail::list<std::string_view> outs; /* NOLINT(bugprone-macro-parentheses) */         \
    using types = detail::param_types<TASPAN_CATALOG_UNPAREN types_>;                         \
    static constexpr auto params =                                                            \
        detail::list<param> params_; /* NOLINT(bugprone-macro-parentheses) */                 \
    static constexpr traits facts = facts_;                                                   \
    static constexpr auto lookback = [](auto... p) -> decltype(taspan::fn##_lookback(p...)) { \
      return taspan::fn##_lookback(p...);                                                     \
    };                                                                                        \
    static constexpr auto batch = [](auto&&... a) {                                           \
      taspan::fn(std::forward<decltype(a)>(a)...);                                            \
    };                                                                                        \
    template <class T>                                                                        \
    using stream = taspan::fn##_stream<T>;                                                    \
  }

}  // namespace taspan::catalog::detail

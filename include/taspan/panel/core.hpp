#pragma once
// Panels: many symbols at once. A panel is an Eigen matrix with rows = bars (time) and columns =
// symbols. Both storage orders are accepted without copying the caller's memory:
//   - row-major (the symbols of one bar are contiguous): the kernels loop across symbols in the
//     inner loop, which vectorises across symbols;
//   - column-major (each symbol's series is contiguous): each column is handed, as a zero-copy
//     span, to the single-series kernel.
// Any dense Eigen object with direct access and inner stride 1 is a panel: Matrix, Map, Ref,
// Block (e.g. `m.middleCols(10, 50)`). Outputs have the input's shape and storage order.
//
// Every panel function gives, column by column, exactly what the single-series function gives
// for that column (same arithmetic in the same order, so bit-identical), including NaN holes and
// ragged starts (symbols that begin trading later: leading NaNs), whatever `threads` is. Three
// documented exceptions agree to rounding instead: row-major ema (steps like ema_stream), rsi
// (steps like rsi_stream) and row-major double bbands with an SMA middle (see panel/ema.hpp,
// panel/wilder.hpp, panel/bands.hpp).
//
// `threads` (default 1) splits the columns into that many blocks, each run on its own
// std::thread (the calling thread takes one block). Results do not depend on it.

#include <Eigen/Core>
#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include "../core/concepts.hpp"
#include "../core/error.hpp"
#include "../core/numeric.hpp"

namespace taspan::panel {

using Eigen::Index;

// The two panel storage orders, as plain matrices (what the convenience overloads return).
template <class T>
using row_major = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <class T>
using col_major = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;

// Zero-copy views, e.g. for a function that takes any panel of one storage order.
template <class T, int Order = Eigen::RowMajor>
using panel_ref =
    Eigen::Ref<Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order>, 0, Eigen::OuterStride<>>;
template <class T, int Order = Eigen::RowMajor>
using const_panel_ref = Eigen::Ref<const Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Order>, 0,
                                   Eigen::OuterStride<>>;

// A dense Eigen object (Matrix, Map, Ref, Block ...) that a panel function can read.
template <class P>
concept readable_panel =
    std::is_base_of_v<Eigen::DenseBase<std::remove_cvref_t<P>>, std::remove_cvref_t<P>>;

// The same, writable in place (Matrix, Map and Ref to non-const, Blocks of those).
template <class P>
concept writable_panel =
    readable_panel<P> && !std::is_const_v<std::remove_reference_t<P>> &&
    ((Eigen::internal::traits<std::remove_cvref_t<P>>::Flags & Eigen::LvalueBit) != 0);

template <readable_panel P>
using panel_value_t = typename std::remove_cvref_t<P>::Scalar;

// The plain matrix a convenience overload returns for input P: P's scalar and storage order.
template <readable_panel P>
using panel_matrix_t =
    Eigen::Matrix<panel_value_t<P>, Eigen::Dynamic, Eigen::Dynamic,
                  std::remove_cvref_t<P>::IsRowMajor ? Eigen::RowMajor : Eigen::ColMajor>;

namespace detail {

using taspan::detail::fail;

// Pointer + shape + stride between consecutive rows (row-major) or columns (column-major).
template <class T>
struct view {
  T* data = nullptr;
  Index rows = 0;
  Index cols = 0;
  Index outer = 0;  // distance between rows (row-major) or columns (column-major)
  bool row_major = true;

  [[nodiscard]] T* row(Index i) const noexcept { return data + i * outer; }
  [[nodiscard]] T* col(Index j) const noexcept { return data + j * outer; }
  [[nodiscard]] std::span<T> col_span(Index j) const noexcept {
    return {col(j), static_cast<std::size_t>(rows)};
  }
};

template <class P>
constexpr void check_panel_type() {
  using D = std::remove_cvref_t<P>;
  using T = typename D::Scalar;
  static_assert(is_real_v<T>, "taspan::panel: a panel must hold float or double values");
  static_assert((Eigen::internal::traits<D>::Flags & Eigen::DirectAccessBit) != 0,
                "taspan::panel: a panel must be a Matrix, Map, Ref or Block with direct access "
                "(evaluate expressions into a matrix first)");
}

[[nodiscard]] inline std::string shape_text(Index rows, Index cols) {
  return std::to_string(rows) + "x" + std::to_string(cols);
}

template <class P>
void check_inner_stride(std::string_view function, std::string_view name, const P& p) {
  if (p.innerStride() != 1 && p.rows() > 0 && p.cols() > 0)
    fail(function, std::string(name) + " inner stride", "1",
         static_cast<long long>(p.innerStride()));
}

// A read-only view of `in`; throws if its elements are not contiguous along the inner dimension.
template <readable_panel P>
[[nodiscard]] auto input_view(std::string_view function, std::string_view name, const P& in) {
  check_panel_type<P>();
  using D = std::remove_cvref_t<P>;
  using T = typename D::Scalar;
  check_inner_stride(function, name, in);
  return view<const T>{in.derived().data(), in.rows(), in.cols(), in.outerStride(),
                       static_cast<bool>(D::IsRowMajor)};
}

// A writable view of `out`, which must have the shape of the input `ref`.
template <writable_panel P, class T>
[[nodiscard]] auto output_view(std::string_view function, std::string_view name, P&& out,
                               const view<const T>& ref) {
  check_panel_type<P>();
  using D = std::remove_cvref_t<P>;
  static_assert(std::is_same_v<typename D::Scalar, T>,
                "taspan::panel: output panels must hold the input's value type");
  if (static_cast<bool>(D::IsRowMajor) != ref.row_major)
    fail(function, std::string(name) + " storage order",
         ref.row_major ? "row-major like the input" : "column-major like the input",
         ref.row_major ? "column-major" : "row-major");
  check_inner_stride(function, name, out);
  if (out.rows() != ref.rows || out.cols() != ref.cols)
    fail(function, std::string(name) + " shape",
         "the shape of input (" + shape_text(ref.rows, ref.cols) + ")",
         shape_text(out.rows(), out.cols()));
  return view<T>{out.derived().data(), out.rows(), out.cols(), out.outerStride(), ref.row_major};
}

// Several input panels of one call (high, low, close, volume): the shape of the first.
template <class T>
void check_same_shape(std::string_view function, std::string_view name, const view<const T>& v,
                      std::string_view first_name, const view<const T>& first) {
  if (v.rows != first.rows || v.cols != first.cols)
    fail(
        function, std::string(name) + " shape",
        "the shape of " + std::string(first_name) + " (" + shape_text(first.rows, first.cols) + ")",
        shape_text(v.rows, v.cols));
  if (v.row_major != first.row_major)
    fail(function, std::string(name) + " storage order",
         std::string(first.row_major ? "row-major" : "column-major") + " like " +
             std::string(first_name),
         first.row_major ? "column-major" : "row-major");
}

inline void check_threads(std::string_view function, int threads) {
  taspan::detail::check_min(function, "threads", threads, 1);
}

// Runs f(c0, c1) on column blocks [c0, c1) covering [0, cols). Block edges are multiples of
// `align` columns (a cache line of outputs), so threads never write to the same line of a
// row-major panel. With threads == 1 (or few columns) f runs once, on the calling thread.
template <class F>
void for_column_blocks(Index cols, int threads, Index align, F&& f) {
  const Index groups = (cols + align - 1) / align;
  const Index blocks = std::max<Index>(1, std::min<Index>(threads, groups));
  if (blocks == 1) {
    if (cols > 0) f(Index{0}, cols);
    return;
  }
  std::vector<std::jthread> pool;
  pool.reserve(static_cast<std::size_t>(blocks - 1));
  auto edge = [&](Index b) { return std::min(cols, (groups * b / blocks) * align); };
  for (Index b = 1; b < blocks; ++b)
    pool.emplace_back([&f, c0 = edge(b), c1 = edge(b + 1)] { f(c0, c1); });
  f(Index{0}, edge(1));
  // jthread joins on destruction
}

// Columns per cache line of T: the block granularity of the threads.
template <class T>
inline constexpr Index line_cols = 64 / static_cast<Index>(sizeof(T));

// Runs a row-major kernel on column-major panels: `block` columns at a time are transposed into
// row-major scratch (rows x block, allocated once per call), the kernel runs on the scratch
// views (columns [0, width)), and its output is transposed back into y. The kernel sees exactly
// the values it would see on a row-major panel, so results are those of the row-major path.
// Measured (512 x 10,000, see benchmarks/README.md): for SMA this beats running the single-series
// kernel per column by ~1.5x; for EMA, RSI and ATR the single-series kernels per column are as
// fast or faster (EMA's batch kernel breaks its dependency chain), so those delegate instead.
// kernel(const std::array<view<const T>, N>& in, const view<T>& out, Index c0, Index c1).
template <class T, std::size_t N, class Kernel>
void transposed_blocks(const std::array<view<const T>, N>& ins, const view<T>& y, Index c0,
                       Index c1, Kernel&& kernel) {
  constexpr Index block = 2 * line_cols<T>;
  const Index n = y.rows;
  std::vector<T> buf(static_cast<std::size_t>((static_cast<Index>(N) + 1) * n * block));
  for (Index b0 = c0; b0 < c1; b0 += block) {
    const Index bw = std::min(block, c1 - b0);
    std::array<view<const T>, N> tin;
    for (std::size_t k = 0; k < N; ++k) {
      T* dst = buf.data() + static_cast<Index>(k) * n * block;
      const T* cols[static_cast<std::size_t>(block)];
      for (Index jj = 0; jj < bw; ++jj) cols[static_cast<std::size_t>(jj)] = ins[k].col(b0 + jj);
      for (Index i = 0; i < n; ++i)
        for (Index jj = 0; jj < bw; ++jj)
          dst[i * block + jj] = cols[static_cast<std::size_t>(jj)][i];
      tin[k] = view<const T>{dst, n, bw, block, true};
    }
    T* out = buf.data() + static_cast<Index>(N) * n * block;
    kernel(tin, view<T>{out, n, bw, block, true}, Index{0}, bw);
    for (Index jj = 0; jj < bw; ++jj) {
      T* d = y.col(b0 + jj);
      for (Index i = 0; i < n; ++i) d[i] = out[i * block + jj];
    }
  }
}

}  // namespace detail
}  // namespace taspan::panel

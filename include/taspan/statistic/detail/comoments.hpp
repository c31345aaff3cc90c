#pragma once
// Windowed co-moments of two series, for CORREL and BETA.
//
// TA-Lib keeps raw running sums (sum x, sum x*x, ...), which lose most digits on high-priced
// series and on nearly-equal returns. Here the window's means and centred sums of products are
// updated Welford-style, about the first sample of the window, as bars enter and leave, and
// re-seeded every `period` bars (core/detail/window.hpp): accurate where the raw sums fail; a
// constant series gives exactly zero variance. NaN, infinite and huge samples (beyond +-1e150,
// detail::window_max_magnitude) are left out of the moments and counted; a window with one is NaN.
// So nothing outlives the window, and the moments of the samples in range cannot overflow.

#include <algorithm>
#include <cstddef>

#include "../../core/detail/window.hpp"
#include "../../core/numeric.hpp"

namespace taspan::detail {

// Samples are held in double: prices convert exactly, and BETA's returns keep their digits.
struct xy_sample {
  double x, y;
};

class comoment_window {
 public:
  explicit comoment_window(std::size_t /*period*/) noexcept {}

  void add(const xy_sample& s) noexcept {
    if (missing(s)) {
      ++nans_;
      return;
    }
    if (!has_origin_) {
      ox_ = s.x;
      oy_ = s.y;
      has_origin_ = true;
    }
    const double x = s.x - ox_;
    const double y = s.y - oy_;
    count_ += 1.0;
    const double dx = x - mx_;
    const double dy = y - my_;
    mx_ += dx / count_;
    my_ += dy / count_;
    cxx_ += dx * (x - mx_);
    cyy_ += dy * (y - my_);
    cxy_ += dx * (y - my_);
    pxx_ = std::max(pxx_, cxx_);
    pyy_ = std::max(pyy_, cyy_);
  }
  void replace(const xy_sample& oldest, const xy_sample& s) noexcept {
    remove(oldest);
    add(s);
  }

  [[nodiscard]] bool has_nan() const noexcept { return nans_ != 0; }
  // A variance that fell below 2^-30 of the largest it has been since the seed may be mostly the
  // rounding of the downdates: window.hpp re-seeds (once; a seeded constant window is not stale).
  [[nodiscard]] bool stale() const noexcept {
    return cxx_ < pxx_ * 0x1p-30 || cyy_ < pyy_ * 0x1p-30;
  }
  // n times the population covariance and variances.
  [[nodiscard]] double cov() const noexcept { return cxy_; }
  [[nodiscard]] double var_x() const noexcept { return cxx_ > 0.0 ? cxx_ : 0.0; }
  [[nodiscard]] double var_y() const noexcept { return cyy_ > 0.0 ? cyy_ : 0.0; }

 private:
  static bool missing(const xy_sample& s) noexcept {
    return !(in_window_range(s.x) && in_window_range(s.y));
  }
  void remove(const xy_sample& s) noexcept {
    if (missing(s)) {
      --nans_;
      return;
    }
    if (count_ <= 1.0) {  // the last sample leaves: back to an empty window
      count_ = mx_ = my_ = cxx_ = cyy_ = cxy_ = 0.0;
      return;
    }
    const double x = s.x - ox_;
    const double y = s.y - oy_;
    const double dx = x - mx_;
    const double dy = y - my_;
    count_ -= 1.0;
    mx_ -= dx / count_;
    my_ -= dy / count_;
    cxx_ -= dx * (x - mx_);
    cyy_ -= dy * (y - my_);
    cxy_ -= dx * (y - my_);
  }
  // Moments are taken about the window's first sample (they do not depend on the origin), so
  // deviations keep their digits on high-priced series.
  double ox_ = 0.0, oy_ = 0.0;
  bool has_origin_ = false;
  double count_ = 0.0;
  double mx_ = 0.0, my_ = 0.0;
  double cxx_ = 0.0, cyy_ = 0.0, cxy_ = 0.0;
  double pxx_ = 0.0, pyy_ = 0.0;  // largest cxx_, cyy_ since the seed
  int nans_ = 0;
};

}  // namespace taspan::detail

#pragma once
// Fixed-capacity ring buffer for streaming windows: allocates once, at construction.

#include <algorithm>
#include <cstddef>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "../error.hpp"

namespace taspan::detail {

// Storage for a window of n values (a stream's state is O(period)). A window that cannot be
// allocated is a taspan::error, never std::bad_alloc out of a constructor.
template <class T>
[[nodiscard]] std::vector<T> window_buffer(std::size_t n, const T& fill = T{}) {
  try {
    return std::vector<T>(n, fill);
  } catch (const std::bad_alloc&) {
  } catch (const std::length_error&) {
  }
  throw error("taspan: a window of " + std::to_string(n) + " values (" +
              std::to_string(n * sizeof(T) >> 20) +
              " MiB) cannot be allocated: the period is too large for this machine's memory");
}

template <class T>
class ring {
 public:
  explicit ring(std::size_t capacity) : buf_(window_buffer<T>(capacity)) {}

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::size_t capacity() const noexcept { return buf_.size(); }
  [[nodiscard]] bool full() const noexcept { return size_ == buf_.size(); }

  // Oldest element; the one that push() replaces when full.
  [[nodiscard]] const T& front() const noexcept { return buf_[head_]; }
  // i-th element from the oldest.
  [[nodiscard]] const T& operator[](std::size_t i) const noexcept {
    const std::size_t j = head_ + i;
    return buf_[j < buf_.size() ? j : j - buf_.size()];
  }
  [[nodiscard]] const T& back() const noexcept { return (*this)[size_ - 1]; }

  void push(const T& x) noexcept {
    std::size_t tail = head_ + size_;
    if (tail >= buf_.size()) tail -= buf_.size();
    buf_[tail] = x;
    if (full()) {
      head_ = head_ + 1 == buf_.size() ? 0 : head_ + 1;
    } else {
      ++size_;
    }
  }

  void clear() noexcept { head_ = size_ = 0; }

  // Calls f on each element, oldest first (same order as the batch window).
  template <class F>
  void for_each(F&& f) const noexcept {
    const std::size_t first = std::min(size_, buf_.size() - head_);
    for (std::size_t i = 0; i < first; ++i) f(buf_[head_ + i]);
    for (std::size_t i = 0; i < size_ - first; ++i) f(buf_[i]);
  }
  // The same, newest first.
  template <class F>
  void for_each_reverse(F&& f) const noexcept {
    const std::size_t first = std::min(size_, buf_.size() - head_);
    for (std::size_t i = size_ - first; i-- > 0;) f(buf_[i]);
    for (std::size_t i = first; i-- > 0;) f(buf_[head_ + i]);
  }

 private:
  std::vector<T> buf_;
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace taspan::detail

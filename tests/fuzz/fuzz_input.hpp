#pragma once
// Turns libFuzzer's bytes into parameters and price series that reach the corners: ordinary
// random-walk prices, NaN, +-inf, zero, denormals, 1e300, the largest finite values, and raw
// bit patterns.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

namespace taspan_fuzz {

class bytes {
 public:
  bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  [[nodiscard]] bool empty() const { return pos_ >= size_; }
  [[nodiscard]] std::size_t left() const { return size_ - pos_; }
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8U) | byte();
    return v;
  }
  // An int in [lo, hi].
  int in_range(int lo, int hi) {
    const auto span = static_cast<std::uint32_t>(hi - lo) + 1U;
    const std::uint32_t raw = (static_cast<std::uint32_t>(byte()) << 8U) | byte();
    return lo + static_cast<int>(raw % span);
  }

  // One value: mostly a random-walk step from prev, sometimes a special or a raw bit pattern.
  template <class T>
  T value(double& prev) {
    const std::uint8_t kind = byte();
    const std::uint8_t b = byte();
    if (kind < 200) {
      prev += (static_cast<double>(b) - 127.5) / 16.0;
      return static_cast<T>(prev);
    }
    if (kind < 240) {
      using lim = std::numeric_limits<T>;
      const T big = sizeof(T) == 8 ? static_cast<T>(1e300) : static_cast<T>(1e38F);
      const T specials[] = {lim::quiet_NaN(),
                            lim::infinity(),
                            -lim::infinity(),
                            T(0),
                            -T(0),
                            lim::denorm_min(),
                            lim::min(),
                            lim::max(),
                            lim::lowest(),
                            big,
                            -big,
                            T(1e-30F),
                            lim::epsilon(),
                            T(1e7F),
                            T(1),
                            T(-1)};
      return specials[b % 16U];
    }
    T raw{};
    std::uint64_t bits = u64();
    std::memcpy(&raw, &bits, sizeof(T));
    return raw;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

}  // namespace taspan_fuzz

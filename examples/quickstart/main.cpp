// quickstart: a rolling mean of a short price series, batch and streaming side by side.
#include <taspan/taspan.hpp>

#include <cstdio>
#include <vector>

int main() {
  const std::vector<double> close{100.0, 101.5, 99.8,  102.3, 103.1,
                                  104.0, 102.7, 105.2, 106.8, 106.1};
  const int period = 5;

  const auto batch = taspan::sma(close, period);  // whole series at once, NaN during warm-up
  taspan::sma_stream<double> live(period);        // one bar at a time

  std::printf("%4s %9s %9s %13s\n", "bar", "close", "sma(5)", "sma(5) live");
  for (std::size_t i = 0; i < close.size(); ++i) {
    const double streamed = live.update(close[i]);
    std::printf("%4zu %9.2f %9.3f %13.3f\n", i, close[i], batch[i], streamed);
  }
  return 0;
}

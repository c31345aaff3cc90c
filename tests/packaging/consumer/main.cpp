#include <taspan/taspan.hpp>

#include <cstdio>
#include <vector>

int main() {
  const std::vector<double> close{10, 11, 12, 13, 14};
  const auto avg = taspan::sma(close, 3);
  if (avg[4] != 13.0) {
    std::printf("unexpected sma %g\n", avg[4]);
    return 1;
  }
  std::printf("sma(3) of the last bar: %g\n", avg[4]);
  return 0;
}

// make_minutes OUT.csv [SEED]: a seeded synthetic series of one-minute bars for the
// intraday_breakout example: 20 sessions (09:30-15:59, weekdays from 2024-04-01, timestamps
// "YYYY-MM-DD HH:MM:SS" in exchange time). Twelve sideways sessions, then a rising market; in
// the last session (2024-04-26) a tight 30-minute opening range breaks upward at 10:40 on three
// times the volume and runs to its measured-move target. The random numbers come from
// std::mt19937_64 (its sequence is fixed by the standard) turned into doubles here, so the file is
// the same with every compiler.
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

namespace {

constexpr int sessions = 20;
constexpr int breakout_session = 19;  // 0-based: the last session
constexpr int session_minutes = 390;

struct rng {
  std::mt19937_64 bits;
  double uniform() { return static_cast<double>(bits() >> 11) * 0x1.0p-53; }
  double normal() {  // sum of four uniforms: mean 0, variance 1/3, scaled to 1
    double s = 0;
    for (int k = 0; k < 4; ++k) s += uniform();
    return (s - 2.0) * std::sqrt(3.0);
  }
};

// Drift per minute of a session (log return), and the noise size.
double drift(int session, int minute) {
  if (session < 12) return 0.0;
  if (session != breakout_session) return 0.00002;
  if (minute < 30) return 0.0;          // the opening range
  if (minute < 70) return 0.0;          // drifting inside it
  if (minute < 75) return 0.0012;       // 10:40-10:44: the breakout
  return minute < 270 ? 0.00005 : 0.0;  // the run to the target, then a flat close
}
double noise(int session, int minute) {
  return session == breakout_session && minute < 70 ? 0.00012 : 0.0004;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: make_minutes OUT.csv [SEED]\n");
    return 2;
  }
  rng r{std::mt19937_64(argc == 3 ? std::stoull(argv[2]) : 20240401u)};
  std::FILE* f = std::fopen(argv[1], "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "make_minutes: cannot open %s\n", argv[1]);
    return 2;
  }
  std::fprintf(f, "date,open,high,low,close,volume\n");
  using namespace std::chrono;
  double price = 100.0;
  int made = 0;
  for (sys_days d = 2024y / April / 1; made < sessions; d += days{1}) {
    if (weekday{d}.iso_encoding() > 5) continue;
    const year_month_day ymd{d};
    price *= std::exp(0.002 * r.normal());
    const double anchor = price;  // the breakout session's range holds around its open
    for (int m = 0; m < session_minutes; ++m) {
      const double open = price;
      double close = open * std::exp(drift(made, m) + noise(made, m) * r.normal());
      if (made == breakout_session && m < 70)  // the range, then quieter inside it
        close = anchor * (1.0 + (m < 30 ? 0.002 : 0.0008) * r.normal());
      const double wick = open * 0.0002 * r.uniform();
      const double high = std::max(open, close) + wick;
      const double low = std::min(open, close) - open * 0.0002 * r.uniform();
      // U-shaped volume; three times the usual on the breakout minutes.
      const double u = (m - 195.0) / 195.0;
      double volume = 800.0 * (1.0 + 1.5 * u * u) * (0.6 + 0.8 * r.uniform());
      if (made == breakout_session && m >= 70 && m < 75) volume *= 3.0;
      std::fprintf(f, "%04d-%02u-%02u %02d:%02d:00,%.4f,%.4f,%.4f,%.4f,%.0f\n",
                   static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                   static_cast<unsigned>(ymd.day()), (570 + m) / 60, (570 + m) % 60, open, high,
                   low, close, volume);
      price = close;
    }
    ++made;
  }
  return std::fclose(f) == 0 ? 0 : 2;
}

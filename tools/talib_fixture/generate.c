/* Writes TA-Lib's own outputs as taspan's test fixture (tests/data/talib/<set>.csv): one CSV per
 * data set, the inputs (open, high, low, close, volume, periods) then one column per TA-Lib call,
 * named "<taspan name>(<parameters in catalog order, ';'-separated>).<output>", aligned with the input: empty
 * before TA-Lib's first output (its lookback), "nan" where TA-Lib's value is NaN (acos(2)).
 * 15 significant digits: the tests compare to 1e-9 relative. Built and run by tools/talib_fixture/run.sh against TA-Lib 0.6's
 * C sources (npm talib@2.0.5); tests/talib reads the files and needs neither npm nor TA-Lib.
 *   generate <rut_daily.csv> <out-dir> */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ta_libc.h"

#define MAXN 4000
#define MAXCOLS 160

typedef struct {
  const char *name;
  int n;
  double o[MAXN], h[MAXN], l[MAXN], c[MAXN], v[MAXN], p[MAXN];
} dataset;

static char col_names[MAXCOLS][200];
static double cols[MAXCOLS][MAXN];
static int col_beg[MAXCOLS]; /* TA-Lib's outBegIdx: the lookback */
static int ncols;

static uint64_t rng_state;
static double uniform(void) { /* splitmix64 */
  uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  return (double)(z >> 11) / 9007199254740992.0;
}
static double gauss(void) {
  double u = uniform(), w = uniform();
  return sqrt(-2.0 * log(u + 1e-300)) * cos(6.283185307179586 * w);
}
/* Prices rounded to cents, as quotes are. */
static double cents(double x) { return round(x * 100.0) / 100.0; }

/* One bar from the previous close, a drift, a volatility and a gap size. */
static void bar(dataset *d, int i, double prev, double drift, double vol, double gap) {
  double open = prev * (1.0 + gap * gauss());
  double close = open * (1.0 + drift + vol * gauss());
  double hi = fmax(open, close) * (1.0 + fabs(vol * 0.5 * gauss()));
  double lo = fmin(open, close) * (1.0 - fabs(vol * 0.5 * gauss()));
  d->o[i] = cents(open), d->c[i] = cents(close), d->h[i] = cents(hi), d->l[i] = cents(lo);
  if (d->h[i] < fmax(d->o[i], d->c[i])) d->h[i] = fmax(d->o[i], d->c[i]);
  if (d->l[i] > fmin(d->o[i], d->c[i])) d->l[i] = fmin(d->o[i], d->c[i]);
  d->v[i] = round(1e5 * (1.0 + uniform()));
}

static void synthetic(dataset *d, const char *name, uint64_t seed, int n, double drift, double vol,
                      double gap) {
  d->name = name, d->n = n, rng_state = seed;
  double prev = 100.0;
  for (int i = 0; i < n; ++i) {
    bar(d, i, prev, drift, vol, i % 17 == 0 ? gap * 8 : gap);
    prev = d->c[i];
  }
}

/* Exactly flat stretches between moves: the flat-range rule of STOCH/STOCHF/STOCHRSI/WILLR. */
static void flat_stretches(dataset *d) {
  d->name = "flat", d->n = 400, rng_state = 44;
  double prev = 50.0;
  for (int i = 0; i < d->n; ++i) {
    if ((i / 25) % 2 == 1) {
      d->o[i] = d->h[i] = d->l[i] = d->c[i] = prev, d->v[i] = 1000;
    } else {
      bar(d, i, prev, 0.0, 0.01, 0.0);
      prev = d->c[i];
    }
  }
}

/* Values in about [-1.3, 1.3]: the domains of ACOS, ASIN, LN, SQRT and their edges. */
static void unit_wave(dataset *d) {
  d->name = "unit", d->n = 300, rng_state = 45;
  for (int i = 0; i < d->n; ++i) {
    double x = 1.3 * sin(i * 0.07) + 0.05 * gauss();
    d->o[i] = x, d->c[i] = (i % 29 == 0) ? (i % 2 ? 1.0 : -1.0) : x + 0.02 * gauss();
    d->h[i] = fmax(d->o[i], d->c[i]) + 0.01, d->l[i] = fmin(d->o[i], d->c[i]) - 0.01;
    d->v[i] = 1000;
  }
}

static void read_rut(dataset *d, const char *path) {
  FILE *f = fopen(path, "r");
  char line[256];
  if (!f) { perror(path); exit(1); }
  d->name = "rut", d->n = 0;
  if (!fgets(line, sizeof line, f)) exit(1);
  while (fgets(line, sizeof line, f) && d->n < 1000) { /* the first 1000 days: 2019 to 2022 */
    int i = d->n;
    if (sscanf(line, "%*[^,],%lf,%lf,%lf,%lf,%lf", &d->o[i], &d->h[i], &d->l[i], &d->c[i],
               &d->v[i]) == 5)
      ++d->n;
  }
  fclose(f);
}

/* Periods for MAVP: integers 1..40, changing every few bars. */
static void periods(dataset *d, uint64_t seed) {
  rng_state = seed;
  double p = 10;
  for (int i = 0; i < d->n; ++i) {
    if (uniform() < 0.3) p = 1 + floor(uniform() * 40);
    d->p[i] = p;
  }
}

/* A new column of NaN; returns its index. */
static int column(const char *name) {
  snprintf(col_names[ncols], sizeof col_names[ncols], "%s", name);
  for (int i = 0; i < MAXN; ++i) cols[ncols][i] = NAN;
  return ncols++;
}

/* Copies TA-Lib's compacted output (beg, nb) into aligned columns. */
static int d_n;
static void place(const char *spec, const char *outs, int beg, int nb, double *o0, double *o1,
                  double *o2, TA_RetCode rc) {
  double *src[3] = {o0, o1, o2};
  char names[128], *save = NULL;
  snprintf(names, sizeof names, "%s", outs);
  int k = 0;
  for (char *t = strtok_r(names, ",", &save); t; t = strtok_r(NULL, ",", &save), ++k) {
    char full[200];
    snprintf(full, sizeof full, "%s.%s", spec, t);
    int c = column(full);
    if (rc != TA_SUCCESS) { fprintf(stderr, "%s: TA-Lib error %d\n", full, rc); exit(1); }
    col_beg[c] = nb > 0 ? beg : d_n;
    for (int i = 0; i < nb; ++i) cols[c][beg + i] = src[k][i];
  }
}

static double b0[MAXN], b1[MAXN], b2[MAXN];
static int ib[MAXN];

#define S 0, d->n - 1
#define ONE(spec, call)                                  \
  do {                                                   \
    int beg = 0, nb = 0;                                 \
    TA_RetCode rc = call;                                \
    place(spec, "value", beg, nb, b0, NULL, NULL, rc);   \
  } while (0)
#define MANY(spec, outs, call)                           \
  do {                                                   \
    int beg = 0, nb = 0;                                 \
    TA_RetCode rc = call;                                \
    place(spec, outs, beg, nb, b0, b1, b2, rc);          \
  } while (0)

static void run_all(const dataset *d) {
  char spec[200];
  ncols = 0;
  d_n = d->n;
  /* math transforms on close, operators on (close, open) */
  ONE("acos()", TA_ACOS(S, d->c, &beg, &nb, b0));
  ONE("asin()", TA_ASIN(S, d->c, &beg, &nb, b0));
  ONE("atan()", TA_ATAN(S, d->c, &beg, &nb, b0));
  ONE("ceil()", TA_CEIL(S, d->c, &beg, &nb, b0));
  ONE("cos()", TA_COS(S, d->c, &beg, &nb, b0));
  ONE("cosh()", TA_COSH(S, d->c, &beg, &nb, b0));
  ONE("exp()", TA_EXP(S, d->c, &beg, &nb, b0));
  ONE("floor()", TA_FLOOR(S, d->c, &beg, &nb, b0));
  ONE("ln()", TA_LN(S, d->c, &beg, &nb, b0));
  ONE("log10()", TA_LOG10(S, d->c, &beg, &nb, b0));
  ONE("sin()", TA_SIN(S, d->c, &beg, &nb, b0));
  ONE("sinh()", TA_SINH(S, d->c, &beg, &nb, b0));
  ONE("sqrt()", TA_SQRT(S, d->c, &beg, &nb, b0));
  ONE("tan()", TA_TAN(S, d->c, &beg, &nb, b0));
  ONE("tanh()", TA_TANH(S, d->c, &beg, &nb, b0));
  ONE("add()", TA_ADD(S, d->c, d->o, &beg, &nb, b0));
  ONE("sub()", TA_SUB(S, d->c, d->o, &beg, &nb, b0));
  ONE("mult()", TA_MULT(S, d->c, d->o, &beg, &nb, b0));
  ONE("div()", TA_DIV(S, d->c, d->o, &beg, &nb, b0));
  /* momentum and overlap */
  for (int p = 5; p <= 9; p += 4) {
    snprintf(spec, sizeof spec, "macdfix(%d)", p);
    MANY(spec, "macd,macdsignal,macdhist", TA_MACDFIX(S, d->c, p, &beg, &nb, b0, b1, b2));
  }
  for (int p = 2; p <= 14; p += 12) {
    snprintf(spec, sizeof spec, "avgdev(%d)", p);
    ONE(spec, TA_AVGDEV(S, d->c, p, &beg, &nb, b0));
    snprintf(spec, sizeof spec, "imi(%d)", p);
    ONE(spec, TA_IMI(S, d->o, d->c, p, &beg, &nb, b0));
  }
  for (int p = 2; p <= 20; p += 18) {
    snprintf(spec, sizeof spec, "accbands(%d)", p);
    MANY(spec, "upperband,middleband,lowerband",
         TA_ACCBANDS(S, d->h, d->l, d->c, p, &beg, &nb, b0, b1, b2));
  }
  static const double sarext_params[][8] = {
      {0, 0, 0.02, 0.02, 0.2, 0.02, 0.02, 0.2},
      {0, 0.01, 0.01, 0.03, 0.25, 0.04, 0.01, 0.15},
      {95, 0, 0.02, 0.02, 0.2, 0.02, 0.02, 0.2},
      {-120, 0.5, 0.05, 0.01, 0.1, 0.03, 0.02, 0.3},
      {0, 0, 0.3, 0.02, 0.2, 0.25, 0.02, 0.2},
  };
  for (int k = 0; k < 5; ++k) {
    const double *q = sarext_params[k];
    snprintf(spec, sizeof spec, "sarext(%.17g;%.17g;%.17g;%.17g;%.17g;%.17g;%.17g;%.17g)", q[0],
             q[1], q[2], q[3], q[4], q[5], q[6], q[7]);
    ONE(spec, TA_SAREXT(S, d->h, d->l, q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7], &beg, &nb,
                        b0));
  }
  static const int mavp_params[][3] = {{2, 30, 0}, {2, 30, 1}, {5, 20, 2}, {3, 12, 3},
                                       {2, 30, 4}, {4, 25, 5}, {2, 30, 6}, {2, 10, 8},
                                       {2, 40, 0}};
  for (int k = 0; k < 9; ++k) {
    const int *q = mavp_params[k];
    snprintf(spec, sizeof spec, "mavp(%d;%d;%d)", q[0], q[1], q[2]);
    ONE(spec, TA_MAVP(S, d->c, d->p, q[0], q[1], (TA_MAType)q[2], &beg, &nb, b0));
  }
  /* Hilbert transform family and MAMA */
  ONE("ht_trendline()", TA_HT_TRENDLINE(S, d->c, &beg, &nb, b0));
  ONE("ht_dcperiod()", TA_HT_DCPERIOD(S, d->c, &beg, &nb, b0));
  ONE("ht_dcphase()", TA_HT_DCPHASE(S, d->c, &beg, &nb, b0));
  MANY("ht_phasor()", "inphase,quadrature", TA_HT_PHASOR(S, d->c, &beg, &nb, b0, b1));
  MANY("ht_sine()", "sine,leadsine", TA_HT_SINE(S, d->c, &beg, &nb, b0, b1));
  {
    int beg = 0, nb = 0;
    TA_RetCode rc = TA_HT_TRENDMODE(S, d->c, &beg, &nb, ib);
    for (int i = 0; i < nb; ++i) b0[i] = ib[i];
    place("ht_trendmode()", "value", beg, nb, b0, NULL, NULL, rc);
  }
  MANY("mama(0.5;0.050000000000000003)", "mama,fama",
       TA_MAMA(S, d->c, 0.5, 0.05, &beg, &nb, b0, b1));
  MANY("mama(0.25;0.01)", "mama,fama", TA_MAMA(S, d->c, 0.25, 0.01, &beg, &nb, b0, b1));
  ONE("ma(30;7)", TA_MA(S, d->c, 30, TA_MAType_MAMA, &beg, &nb, b0));
  /* the flat-range rule */
  MANY("stochf(5;3;0)", "fastk,fastd", TA_STOCHF(S, d->h, d->l, d->c, 5, 3, 0, &beg, &nb, b0, b1));
  MANY("stoch(5;3;0;3;0)", "slowk,slowd",
       TA_STOCH(S, d->h, d->l, d->c, 5, 3, 0, 3, 0, &beg, &nb, b0, b1));
  MANY("stochrsi(14;5;3;0)", "fastk,fastd",
       TA_STOCHRSI(S, d->c, 14, 5, 3, 0, &beg, &nb, b0, b1));
  MANY("stochrsi(5;3;2;0)", "fastk,fastd", TA_STOCHRSI(S, d->c, 5, 3, 2, 0, &beg, &nb, b0, b1));
  ONE("willr(14)", TA_WILLR(S, d->h, d->l, d->c, 14, &beg, &nb, b0));
}

static void write(const dataset *d, const char *dir) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s.csv", dir, d->name);
  FILE *f = fopen(path, "w");
  if (!f) { perror(path); exit(1); }
  fprintf(f, "open,high,low,close,volume,periods");
  for (int k = 0; k < ncols; ++k) fprintf(f, ",%s", col_names[k]);
  fprintf(f, "\n");
  for (int i = 0; i < d->n; ++i) {
    fprintf(f, "%.15g,%.15g,%.15g,%.15g,%.15g,%.15g", d->o[i], d->h[i], d->l[i], d->c[i], d->v[i],
            d->p[i]);
    for (int k = 0; k < ncols; ++k) {
      if (i < col_beg[k]) fprintf(f, ",");  /* before TA-Lib's first output: empty */
      else if (isnan(cols[k][i])) fprintf(f, ",nan");
      else fprintf(f, ",%.15g", cols[k][i]);
    }
    fprintf(f, "\n");
  }
  fclose(f);
}

int main(int argc, char **argv) {
  static dataset d;
  if (argc != 3) { fprintf(stderr, "usage: generate <rut_daily.csv> <out-dir>\n"); return 2; }
  if (TA_Initialize() != TA_SUCCESS) return 1;
  for (int k = 0; k < 6; ++k) {
    switch (k) {
      case 0: read_rut(&d, argv[1]); break;
      case 1: synthetic(&d, "random_walk", 41, 500, 0.0, 0.015, 0.0); break;
      case 2: synthetic(&d, "trending", 42, 500, 0.004, 0.008, 0.0); break;
      case 3: synthetic(&d, "gapping", 43, 500, 0.0, 0.01, 0.02); break;
      case 4: flat_stretches(&d); break;
      default: unit_wave(&d); break;
    }
    periods(&d, 100 + (uint64_t)k);
    run_all(&d);
    write(&d, argv[2]);
  }
  TA_Shutdown();
  return 0;
}

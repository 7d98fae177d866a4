#include "json_number.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace core {

namespace {

constexpr int kMantissaBits = 52;
constexpr int kExponentBias = -1023;  // a double's value is 1.m x 2^(e + kExponentBias)
constexpr int kMaxShift = 56;         // digit arithmetic below keeps n * 10 + 9 within 64 bits

// A decimal number 0.d[0]d[1]... x 10^dp, scaled by powers of two digit by digit. Slow, but
// exact for every input the quick path cannot take: 800 digits decide the rounding of any
// double (the longest exact halfway point has 767 significant digits), and `truncated` says that
// non-zero digits were dropped beyond them, which settles a tie.
struct Decimal {
  static constexpr int kMaxDigits = 800;
  unsigned char d[kMaxDigits];
  int nd = 0;
  int dp = 0;
  bool truncated = false;

  void trim() {
    while (nd > 0 && d[nd - 1] == 0) --nd;
    if (nd == 0) dp = 0;
  }

  // Divides by 2^k, k <= kMaxShift.
  void shiftRight(int k) {
    int r = 0, w = 0;
    std::uint64_t n = 0;
    for (; (n >> k) == 0; ++r) {  // the first digits make a number of at least 2^k
      if (r >= nd) {
        if (n == 0) {
          nd = 0;
          return;
        }
        while ((n >> k) == 0) {
          n *= 10;
          ++r;
        }
        break;
      }
      n = n * 10 + d[r];
    }
    dp -= r - 1;
    const std::uint64_t mask = (std::uint64_t{1} << k) - 1;
    for (; r < nd; ++r) {
      const unsigned digit = static_cast<unsigned>(n >> k);
      n = ((n & mask) * 10) + d[r];
      d[w++] = static_cast<unsigned char>(digit);
    }
    while (n > 0) {
      const unsigned digit = static_cast<unsigned>(n >> k);
      n = (n & mask) * 10;
      if (w < kMaxDigits) d[w++] = static_cast<unsigned char>(digit);
      else if (digit > 0) truncated = true;
    }
    nd = w;
    trim();
  }

  // Multiplies by 2^k, k <= kMaxShift: at most 17 more digits.
  void shiftLeft(int k) {
    unsigned char out[kMaxDigits + 18];
    int w = kMaxDigits + 18;
    std::uint64_t n = 0;
    for (int r = nd - 1; r >= 0; --r) {
      n += static_cast<std::uint64_t>(d[r]) << k;
      out[--w] = static_cast<unsigned char>(n % 10);
      n /= 10;
    }
    while (n > 0) {
      out[--w] = static_cast<unsigned char>(n % 10);
      n /= 10;
    }
    const int length = kMaxDigits + 18 - w;
    dp += length - nd;
    nd = length < kMaxDigits ? length : kMaxDigits;
    for (int i = nd; i < length; ++i)
      if (out[w + i]) truncated = true;
    std::memcpy(d, out + w, static_cast<std::size_t>(nd));
    trim();
  }

  void shift(int k) {  // by 2^k, either way
    for (; k > kMaxShift; k -= kMaxShift) shiftLeft(kMaxShift);
    for (; k < -kMaxShift; k += kMaxShift) shiftRight(kMaxShift);
    if (k > 0) shiftLeft(k);
    else if (k < 0) shiftRight(-k);
  }

  // The integer part, rounded to nearest (ties to even; a tie with dropped digits rounds up).
  std::uint64_t roundedInteger() const {
    std::uint64_t n = 0;
    int i = 0;
    for (; i < dp && i < nd; ++i) n = n * 10 + d[i];
    for (; i < dp; ++i) n *= 10;
    if (dp >= 0 && dp < nd) {
      const bool tie = d[dp] == 5 && dp + 1 == nd;
      if (tie ? truncated || (dp > 0 && d[dp - 1] % 2 == 1) : d[dp] >= 5) ++n;
    }
    return n;
  }
};

double fromBits(std::uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

// Scales by powers of two until the value is 1.m x 2^e, then takes 53 bits, rounded.
double slowPath(Decimal& dec) {
  const double infinity = fromBits(std::uint64_t{0x7FF} << kMantissaBits);
  if (dec.nd == 0) return 0;
  if (dec.dp > 310) return infinity;  // at least 10^309
  if (dec.dp < -330) return 0;        // below 10^-330, less than half the smallest double
  // The bits a power of ten 10^i spans, used as a step towards [0.5, 1).
  static constexpr int kStep[] = {1, 3, 6, 9, 13, 16, 19, 23, 26};
  int e = 0;
  while (dec.dp > 0) {
    const int k = dec.dp >= 9 ? 27 : kStep[dec.dp];
    dec.shift(-k);
    e += k;
  }
  while (dec.dp < 0 || (dec.dp == 0 && dec.d[0] < 5)) {
    const int k = -dec.dp >= 9 ? 27 : kStep[-dec.dp];
    dec.shift(k);
    e -= k;
  }
  // Now 0.5 <= value < 1: value x 2^e = (2 x value) x 2^(e - 1).
  --e;
  if (e < kExponentBias + 1) {  // subnormal: fewer bits of mantissa
    dec.shift(-(kExponentBias + 1 - e));
    e = kExponentBias + 1;
  }
  if (e - kExponentBias >= 0x7FF) return infinity;
  dec.shift(kMantissaBits + 1);
  std::uint64_t mantissa = dec.roundedInteger();
  if (mantissa == std::uint64_t{2} << kMantissaBits) {  // rounding carried into a new bit
    mantissa >>= 1;
    if (++e - kExponentBias >= 0x7FF) return infinity;
  }
  if ((mantissa & (std::uint64_t{1} << kMantissaBits)) == 0) e = kExponentBias;
  return fromBits((mantissa & ((std::uint64_t{1} << kMantissaBits) - 1)) |
                  (static_cast<std::uint64_t>(e - kExponentBias) << kMantissaBits));
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

double decimalToDouble(std::string_view intDigits, std::string_view fracDigits, std::int64_t exp10) {
  constexpr std::int64_t kExponentLimit = std::int64_t{1} << 40;  // far beyond any double, no overflow
  if (exp10 > kExponentLimit) exp10 = kExponentLimit;
  if (exp10 < -kExponentLimit) exp10 = -kExponentLimit;
  // Quick path: at most 19 significant digits making an integer m < 2^53, and a power of ten
  // up to 10^22 (both exact doubles), give m x 10^e or m / 10^e with one correctly rounded
  // operation. Prices and hours ("49.99") take it.
  std::uint64_t m = 0;
  int digits = 0, zeros = 0;  // zeros: trailing zeros not yet in m
  bool quick = true;
  auto take = [&](char c) {
    if (c == '0') {
      if (m) ++zeros;
      return;
    }
    for (; zeros > 0; --zeros, ++digits) m *= 10;
    m = m * 10 + static_cast<unsigned>(c - '0');
    ++digits;
  };
  for (std::size_t i = 0; i < intDigits.size() && quick; ++i) {
    take(intDigits[i]);
    quick = digits + zeros <= 19;
  }
  for (std::size_t i = 0; i < fracDigits.size() && quick; ++i) {
    take(fracDigits[i]);
    quick = digits + zeros <= 19;
  }
  if (quick && m == 0) return 0;
  const std::int64_t e = exp10 - static_cast<std::int64_t>(fracDigits.size()) + zeros;
  if (quick && m <= (std::uint64_t{1} << 53) && e >= -22 && e <= 22) {
    static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const double v = static_cast<double>(m);
    return e >= 0 ? v * kPowers[e] : v / kPowers[-e];
  }

  Decimal dec;
  std::int64_t dp = 0;  // dec.dp, counted wide: a digit string can be millions of digits long
  auto add = [&](char c, bool integerPart) {
    if (dec.nd == 0 && c == '0') {
      if (!integerPart) --dp;
      return;
    }
    if (integerPart) ++dp;
    if (dec.nd < Decimal::kMaxDigits) dec.d[dec.nd++] = static_cast<unsigned char>(c - '0');
    else if (c != '0') dec.truncated = true;
  };
  for (char c : intDigits) add(c, true);
  for (char c : fracDigits) add(c, false);
  dec.trim();
  if (dec.nd == 0) return 0;
  // Beyond these bounds the value is infinity or zero whatever its digits (slowPath's checks).
  constexpr std::int64_t kFar = 100000;
  dp += exp10;
  dec.dp = static_cast<int>(dp > kFar ? kFar : dp < -kFar ? -kFar : dp);
  return slowPath(dec);
}

void appendJsonDouble(std::string& out, double d) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  char buf[32];
  int n = 0;
  for (int precision = 15; precision <= 17; ++precision) {
    n = std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    // Read back with our own reader: "-1.25e-05" is sign, digits, point, digits, exponent.
    const char* p = buf + (buf[0] == '-');
    const char* end = buf + n;
    const char* intEnd = p;
    while (intEnd < end && isDigit(*intEnd)) ++intEnd;
    const char* frac = intEnd < end && *intEnd == '.' ? intEnd + 1 : intEnd;
    const char* fracEnd = frac;
    while (fracEnd < end && isDigit(*fracEnd)) ++fracEnd;
    std::int64_t exp10 = 0;
    if (fracEnd < end && *fracEnd == 'e') {
      const bool negative = fracEnd[1] == '-';
      for (const char* q = fracEnd + 2; q < end; ++q) exp10 = exp10 * 10 + (*q - '0');
      if (negative) exp10 = -exp10;
    }
    const double back = decimalToDouble(std::string_view(p, static_cast<std::size_t>(intEnd - p)),
                                        std::string_view(frac, static_cast<std::size_t>(fracEnd - frac)),
                                        exp10);
    if ((buf[0] == '-' ? -back : back) == d) break;
  }
  out.append(buf, static_cast<std::size_t>(n));
  if (!std::strpbrk(buf, ".e")) out += ".0";
}

}  // namespace core

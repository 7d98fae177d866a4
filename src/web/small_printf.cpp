#include "small_printf.h"

#include <climits>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace web {
namespace {

// Where the characters go: into the buffer while there is room, counted either way. Runs of one
// character are counted without a loop past the buffer, so a huge width or precision costs no
// more than the buffer's size.
class Output {
 public:
  Output(char* buffer, std::size_t size) : buffer_(buffer), size_(size) {}
  void put(char c) {
    if (count_ + 1 < size_) buffer_[count_] = c;
    ++count_;
  }
  void repeat(char c, std::uint64_t n) {
    for (; n > 0 && count_ + 1 < size_; --n) buffer_[count_++] = c;
    count_ += n;
  }
  void write(const char* s, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) put(s[i]);
  }
  int finish() {
    if (size_ > 0) buffer_[count_ < size_ ? count_ : size_ - 1] = '\0';
    return count_ > static_cast<std::uint64_t>(INT_MAX) ? -1 : static_cast<int>(count_);
  }

 private:
  char* buffer_;
  std::size_t size_;
  std::uint64_t count_ = 0;  // wider than size_t in wasm: several huge fields do not wrap
};

struct Spec {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  std::uint64_t width = 0;  // at most 2^40: a count past INT_MAX is -1 anyway
  int precision = -1;  // -1: none given
};

// Pads one converted field to its width: `prefix` (sign, "0x") and then `zeros` zeros come
// before the body, which `body(out)` writes (`bodySize` characters).
template <class Body>
void field(Output& out, const Spec& spec, const char* prefix, std::uint64_t zeros, std::uint64_t bodySize,
           bool zeroPadAllowed, Body body) {
  const std::size_t prefixSize = std::strlen(prefix);
  const std::uint64_t size = prefixSize + zeros + bodySize;
  const std::uint64_t pad = spec.width > size ? spec.width - size : 0;
  const bool padWithZeros = spec.zero && !spec.left && zeroPadAllowed;
  if (!spec.left && !padWithZeros) out.repeat(' ', pad);
  out.write(prefix, prefixSize);
  out.repeat('0', zeros + (padWithZeros ? pad : 0));
  body(out);
  if (spec.left) out.repeat(' ', pad);
}

// --- integers ------------------------------------------------------------------------------------

void integer(Output& out, const Spec& spec, unsigned long long magnitude, bool negative, char conversion) {
  const unsigned base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
  const char* digitChars = conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  char digits[24];
  std::size_t n = 0;
  for (unsigned long long v = magnitude; v; v /= base) digits[sizeof digits - ++n] = digitChars[v % base];
  std::size_t minDigits = spec.precision >= 0 ? static_cast<std::size_t>(spec.precision) : 1;
  if (spec.alt && conversion == 'o' && n >= minDigits) minDigits = n + 1;  // "#o": a leading 0
  const char* prefix = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
  if (conversion != 'd' && conversion != 'i') prefix = "";
  if (spec.alt && magnitude != 0 && base == 16) prefix = conversion == 'X' ? "0X" : "0x";
  field(out, spec, prefix, minDigits > n ? minDigits - n : 0, n, spec.precision < 0,
        [&](Output& o) { o.write(digits + sizeof digits - n, n); });
}

// --- floating point ------------------------------------------------------------------------------

// A non-negative finite double as its exact decimal digits: value = 0.d1 d2 ... d_count × 10^point,
// with no leading and no trailing zeros ("0" for zero).
struct Decimal {
  char digits[800];  // the most a double has: 2^53 × 5^1074 has 767 digits
  int count = 0;
  int point = 0;
};

void multiply(std::uint32_t* words, int& n, std::uint32_t factor) {  // base 10^9, least significant first
  std::uint64_t carry = 0;
  for (int i = 0; i < n; ++i) {
    const std::uint64_t x = static_cast<std::uint64_t>(words[i]) * factor + carry;
    words[i] = static_cast<std::uint32_t>(x % 1000000000u);
    carry = x / 1000000000u;
  }
  for (; carry; carry /= 1000000000u) words[n++] = static_cast<std::uint32_t>(carry % 1000000000u);
}

void expand(double value, Decimal& d) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  int exponent = static_cast<int>((bits >> 52) & 0x7ff);
  std::uint64_t mantissa = bits & ((std::uint64_t{1} << 52) - 1);
  if (exponent) mantissa |= std::uint64_t{1} << 52;
  else exponent = 1;  // subnormal
  if (mantissa == 0) {
    d.digits[0] = '0';
    d.count = d.point = 1;
    return;
  }
  int e2 = exponent - 1075;  // value = mantissa × 2^e2
  while ((mantissa & 1) == 0 && e2 < 0) {
    mantissa >>= 1;
    ++e2;
  }
  std::uint32_t words[100];  // 2^1024 needs 35 words of 9 digits, 2^53 × 5^1074 needs 86
  int n = 0;
  for (; mantissa; mantissa /= 1000000000u) words[n++] = static_cast<std::uint32_t>(mantissa % 1000000000u);
  int fractionDigits = 0;
  if (e2 > 0) {  // times 2^e2
    for (; e2 >= 29; e2 -= 29) multiply(words, n, 1u << 29);
    if (e2) multiply(words, n, 1u << e2);
  } else if (e2 < 0) {  // m / 2^k = m × 5^k / 10^k
    fractionDigits = -e2;
    int k = -e2;
    for (; k >= 13; k -= 13) multiply(words, n, 1220703125u);  // 5^13
    std::uint32_t rest = 1;
    while (k-- > 0) rest *= 5;
    multiply(words, n, rest);
  }
  d.count = 0;
  for (int i = n - 1; i >= 0; --i) {
    char nine[9];
    std::uint32_t w = words[i];
    for (int j = 8; j >= 0; --j, w /= 10) nine[j] = static_cast<char>('0' + w % 10);
    int j = 0;
    if (i == n - 1)
      while (j < 8 && nine[j] == '0') ++j;  // the first word has no leading zeros
    for (; j < 9; ++j) d.digits[d.count++] = nine[j];
  }
  d.point = d.count - fractionDigits;
  while (d.count > 1 && d.digits[d.count - 1] == '0') --d.count;
}

// Keeps the first `keep` digits (counted from the first digit; 0 or less: none), rounded to
// nearest, a tie to even.
void roundTo(Decimal& d, long long keep) {
  if (keep >= d.count) return;
  bool up = false;
  if (keep >= 0) {
    const char next = d.digits[keep];
    const bool more = keep + 1 < d.count;  // trailing zeros are gone: anything after is > 0
    up = next > '5' || (next == '5' && (more || (keep > 0 && (d.digits[keep - 1] - '0') % 2 == 1)));
  }
  if (keep <= 0) {  // nothing kept: the value becomes one unit of that place, or zero
    d.digits[0] = up ? '1' : '0';
    d.point = up ? static_cast<int>(d.point - keep + 1) : 1;
    d.count = 1;
    return;
  }
  d.count = static_cast<int>(keep);
  if (up) {
    int i = d.count - 1;
    while (i >= 0 && d.digits[i] == '9') d.digits[i--] = '0';
    if (i < 0) {
      d.digits[0] = '1';
      d.count = 1;
      ++d.point;
    } else {
      ++d.digits[i];
    }
  }
  while (d.count > 1 && d.digits[d.count - 1] == '0') --d.count;
}

bool isZero(const Decimal& d) { return d.count == 1 && d.digits[0] == '0'; }

std::size_t clampSize(long long n) { return n > 0 ? static_cast<std::size_t>(n) : 0; }

// %f: the integer part, then `fraction` digits after the point (the point too when `point`).
void fixedBody(Output& out, const Decimal& d, std::size_t fraction, bool point, std::size_t& size, bool write) {
  const std::size_t whole = clampSize(d.point);
  const std::size_t wholeFromDigits = whole < static_cast<std::size_t>(d.count) ? whole : d.count;
  size = (whole ? whole : 1) + (point ? 1 + fraction : 0);
  if (!write) return;
  if (whole) {
    out.write(d.digits, wholeFromDigits);
    out.repeat('0', whole - wholeFromDigits);
  } else {
    out.put('0');
  }
  if (!point) return;
  out.put('.');
  const std::size_t leading = clampSize(-static_cast<long long>(d.point)) < fraction ? clampSize(-static_cast<long long>(d.point)) : fraction;
  out.repeat('0', leading);
  const std::size_t first = whole;  // the index of the first digit after the point
  std::size_t fromDigits = static_cast<std::size_t>(d.count) > first ? d.count - first : 0;
  if (fromDigits > fraction - leading) fromDigits = fraction - leading;
  out.write(d.digits + first, fromDigits);
  out.repeat('0', fraction - leading - fromDigits);
}

// %e: one digit, `fraction` more after the point, and the exponent (at least two digits).
void scientificBody(Output& out, const Decimal& d, std::size_t fraction, bool point, char e, std::size_t& size,
                    bool write) {
  int exponent = isZero(d) ? 0 : d.point - 1;
  char expText[8];
  std::size_t expSize = 0;
  const bool negativeExp = exponent < 0;
  if (negativeExp) exponent = -exponent;
  for (; exponent || expSize < 2; exponent /= 10) expText[sizeof expText - ++expSize] = static_cast<char>('0' + exponent % 10);
  size = 1 + (point ? 1 + fraction : 0) + 2 + expSize;
  if (!write) return;
  out.put(d.digits[0]);
  if (point) {
    out.put('.');
    std::size_t fromDigits = static_cast<std::size_t>(d.count - 1);
    if (fromDigits > fraction) fromDigits = fraction;
    out.write(d.digits + 1, fromDigits);
    out.repeat('0', fraction - fromDigits);
  }
  out.put(e);
  out.put(negativeExp ? '-' : '+');
  out.write(expText + sizeof expText - expSize, expSize);
}

void floating(Output& out, const Spec& spec, double value, char conversion) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  const bool negative = bits >> 63;
  const bool upper = conversion == 'F' || conversion == 'E' || conversion == 'G';
  const char* prefix = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
  if (value != value || value - value != 0) {  // NaN, or infinity (inf - inf is NaN)
    const char* text = value != value ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    field(out, spec, prefix, 0, 3, false, [&](Output& o) { o.write(text, 3); });
    return;
  }
  Decimal d;
  expand(negative ? -value : value, d);
  const long long precision = spec.precision < 0 ? 6 : spec.precision;
  bool scientific = conversion == 'e' || conversion == 'E';
  long long fraction = precision;
  if (conversion == 'g' || conversion == 'G') {
    const long long significant = precision == 0 ? 1 : precision;
    roundTo(d, significant);
    const long long exponent = isZero(d) ? 0 : d.point - 1;
    scientific = !(exponent < significant && exponent >= -4);
    fraction = scientific ? significant - 1 : significant - 1 - exponent;
    if (!spec.alt) {  // no trailing zeros: only the digits there are
      const long long shown = scientific ? d.count - 1 : d.count - d.point;
      if (shown < fraction) fraction = shown > 0 ? shown : 0;
    }
  } else {
    roundTo(d, scientific ? precision + 1 : d.point + precision);
  }
  const bool point = fraction > 0 || spec.alt;
  const char e = upper ? 'E' : 'e';
  std::size_t size = 0;
  const auto body = [&](Output& o, bool write) {
    if (scientific) scientificBody(o, d, clampSize(fraction), point, e, size, write);
    else fixedBody(o, d, clampSize(fraction), point, size, write);
  };
  body(out, false);
  field(out, spec, prefix, 0, size, true, [&](Output& o) { body(o, true); });
}

}  // namespace

int printFormatted(char* buffer, std::size_t size, const char* format, va_list args) {
  Output out(buffer, size);
  for (const char* f = format; *f; ++f) {
    if (*f != '%') {
      out.put(*f);
      continue;
    }
    ++f;
    Spec spec;
    for (;; ++f) {
      if (*f == '-') spec.left = true;
      else if (*f == '+') spec.plus = true;
      else if (*f == ' ') spec.space = true;
      else if (*f == '#') spec.alt = true;
      else if (*f == '0') spec.zero = true;
      else break;
    }
    if (*f == '*') {
      const int width = va_arg(args, int);
      if (width < 0) spec.left = true;
      spec.width = width < 0 ? 0u - static_cast<unsigned>(width) : static_cast<unsigned>(width);  // -INT_MIN too
      ++f;
    } else {
      for (; *f >= '0' && *f <= '9'; ++f) {
        spec.width = spec.width * 10 + static_cast<std::uint64_t>(*f - '0');
        if (spec.width > (std::uint64_t{1} << 40)) spec.width = std::uint64_t{1} << 40;
      }
      if (*f == '$') return out.finish();  // positional arguments: not known here
    }
    if (*f == '.') {
      ++f;
      if (*f == '*') {
        const int precision = va_arg(args, int);
        spec.precision = precision < 0 ? -1 : precision;
        ++f;
      } else {
        long long precision = 0;
        for (; *f >= '0' && *f <= '9'; ++f)
          if (precision < INT_MAX) precision = precision * 10 + (*f - '0');
        spec.precision = precision < INT_MAX ? static_cast<int>(precision) : INT_MAX;
      }
    }
    char length = 0;  // 'H' hh, 'h', 'l', 'L' ll, 'j', 'z', 't'
    if (*f == 'h') length = *++f == 'h' ? (++f, 'H') : 'h';
    else if (*f == 'l') length = *++f == 'l' ? (++f, 'L') : 'l';
    else if (*f == 'j' || *f == 'z' || *f == 't') length = *f++;
    const char conversion = *f;
    switch (conversion) {
      case 'd': case 'i': {
        long long v;
        switch (length) {
          case 'l': v = va_arg(args, long); break;
          case 'L': v = va_arg(args, long long); break;
          case 'j': v = va_arg(args, std::intmax_t); break;
          case 'z': v = static_cast<std::make_signed_t<std::size_t>>(va_arg(args, std::size_t)); break;
          case 't': v = va_arg(args, std::ptrdiff_t); break;
          case 'H': v = static_cast<signed char>(va_arg(args, int)); break;
          case 'h': v = static_cast<short>(va_arg(args, int)); break;
          default: v = va_arg(args, int);
        }
        const unsigned long long magnitude = v < 0 ? 0ull - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
        integer(out, spec, magnitude, v < 0, conversion);
        break;
      }
      case 'u': case 'o': case 'x': case 'X': {
        unsigned long long v;
        switch (length) {
          case 'l': v = va_arg(args, unsigned long); break;
          case 'L': v = va_arg(args, unsigned long long); break;
          case 'j': v = va_arg(args, std::uintmax_t); break;
          case 'z': v = va_arg(args, std::size_t); break;
          case 't': v = static_cast<std::make_unsigned_t<std::ptrdiff_t>>(va_arg(args, std::ptrdiff_t)); break;
          case 'H': v = static_cast<unsigned char>(va_arg(args, unsigned)); break;
          case 'h': v = static_cast<unsigned short>(va_arg(args, unsigned)); break;
          default: v = va_arg(args, unsigned);
        }
        integer(out, spec, v, false, conversion);
        break;
      }
      case 'p': {
        const void* p = va_arg(args, void*);
        Spec hex = spec;
        hex.alt = true;
        hex.plus = hex.space = false;
        if (p) integer(out, hex, reinterpret_cast<std::uintptr_t>(p), false, 'x');
        else field(out, spec, "", 0, 5, false, [](Output& o) { o.write("(nil)", 5); });
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
        floating(out, spec, va_arg(args, double), conversion);
        break;
      case 'c': {
        const char c = static_cast<char>(va_arg(args, int));
        field(out, spec, "", 0, 1, false, [&](Output& o) { o.put(c); });
        break;
      }
      case 's': {
        const char* s = va_arg(args, const char*);
        if (!s) s = "(null)";
        std::size_t n = 0;
        while ((spec.precision < 0 || n < static_cast<std::size_t>(spec.precision)) && s[n]) ++n;
        field(out, spec, "", 0, n, false, [&](Output& o) { o.write(s, n); });
        break;
      }
      case '%':
        out.put('%');
        break;
      default:  // n, a, A, L, or the format's end: stop before touching an argument
        return out.finish();
    }
  }
  return out.finish();
}

}  // namespace web

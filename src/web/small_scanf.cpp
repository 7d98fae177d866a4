#include "small_scanf.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "json_number.h"

namespace web {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A decimal number ([sign] digits [. digits] [e [sign] digits], at least one digit before the
// exponent) from at most `limit` characters, correctly rounded by core::decimalToDouble: the
// C library's strtod, with its long-double scanner, is then not linked at all. Infinity, NaN and
// hexadecimal floats are not read (nobody types them into a slider). Returns how many characters
// it took, 0 when there is no number there.
std::size_t readDecimal(const char* s, std::size_t limit, double& value) {
  std::size_t i = 0;
  bool negative = false;
  if (i < limit && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  const std::size_t intStart = i;
  while (i < limit && isDigit(s[i])) ++i;
  const std::string_view intDigits(s + intStart, i - intStart);
  std::string_view fracDigits;
  if (i < limit && s[i] == '.') {
    const std::size_t fracStart = ++i;
    while (i < limit && isDigit(s[i])) ++i;
    fracDigits = std::string_view(s + fracStart, i - fracStart);
  }
  if (intDigits.empty() && fracDigits.empty()) return 0;
  std::int64_t exp10 = 0;
  if (i < limit && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    bool expNegative = false;
    if (j < limit && (s[j] == '+' || s[j] == '-')) expNegative = s[j++] == '-';
    if (j < limit && isDigit(s[j])) {  // else the 'e' is not part of the number, as in strtod
      for (; j < limit && isDigit(s[j]); ++j)
        if (exp10 < 100000) exp10 = exp10 * 10 + (s[j] - '0');  // beyond: 0 or infinity anyway
      if (expNegative) exp10 = -exp10;
      i = j;
    }
  }
  const double magnitude = core::decimalToDouble(intDigits, fracDigits, exp10);
  value = negative ? -magnitude : magnitude;
  return i;
}

bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// An integer in `base` (0: C's prefixes, 0x for hex and 0 for octal) from at most `limit`
// characters. Returns how many characters it took, 0 when there is no number there. Like C's
// strtoull, a minus sign negates in unsigned arithmetic and the value wraps on overflow.
std::size_t readInteger(const char* s, std::size_t limit, int base, unsigned long long& value) {
  std::size_t i = 0;
  bool negative = false;
  if (i < limit && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  // "0x" is taken as the prefix even when no hex digit follows (within the width or at all):
  // the number is then the 0 before the x, as glibc reads it.
  bool prefixZero = false;
  if ((base == 0 || base == 16) && i + 1 < limit && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
    i += 2;
    base = 16;
    prefixZero = true;
  } else if (base == 0) {
    base = i < limit && s[i] == '0' ? 8 : 10;
  }
  const std::size_t first = i;
  unsigned long long v = 0;
  while (i < limit && digitValue(s[i]) < base) v = v * static_cast<unsigned>(base) + digitValue(s[i++]);
  if (i == first && !prefixZero) return 0;
  value = negative ? 0ull - v : v;
  return i;
}

}  // namespace

int scanFormatted(const char* input, const char* format, va_list args) {
  const char* s = input;
  int stored = 0;
  // C's rule: running out of input before the first conversion is EOF (-1), later it is a count.
  const auto endOfInput = [&] { return stored == 0 ? -1 : stored; };
  for (const char* f = format; *f; ++f) {
    if (isSpace(*f)) {
      while (isSpace(*s)) ++s;
      continue;
    }
    if (*f != '%' || f[1] == '%') {
      if (*f == '%') {  // "%%" matches one '%' after any white space
        ++f;
        while (isSpace(*s)) ++s;
      }
      if (*s == '\0') return endOfInput();
      if (*s != *f) return stored;
      ++s;
      continue;
    }
    ++f;
    std::size_t width = 0;
    while (*f >= '0' && *f <= '9') width = width * 10 + static_cast<std::size_t>(*f++ - '0');
    const std::size_t limit = width ? width : static_cast<std::size_t>(-1);
    int longs = 0;  // "l" or "ll"
    while (*f == 'l' && longs < 2) {
      ++longs;
      ++f;
    }
    while (isSpace(*s)) ++s;
    if (*s == '\0') return endOfInput();
    switch (*f) {
      case 'd': case 'i': case 'u': case 'x': case 'X': {
        const int base = *f == 'i' ? 0 : (*f == 'x' || *f == 'X') ? 16 : 10;
        unsigned long long value = 0;
        const std::size_t taken = readInteger(s, limit, base, value);
        if (taken == 0) return stored;
        s += taken;
        if (longs == 2) *va_arg(args, long long*) = static_cast<long long>(value);
        else if (longs == 1) *va_arg(args, long*) = static_cast<long>(value);
        else *va_arg(args, int*) = static_cast<int>(value);
        break;
      }
      case 'f': case 'e': case 'g': case 'E': case 'G': {
        if (longs == 2) return stored;
        double value = 0;
        const std::size_t taken = readDecimal(s, limit, value);
        if (taken == 0) return stored;
        s += taken;
        if (longs == 1) *va_arg(args, double*) = value;
        else *va_arg(args, float*) = static_cast<float>(value);
        break;
      }
      default:  // a conversion this scanner does not know: stop before touching its argument
        return stored;
    }
    ++stored;
  }
  return stored;
}

}  // namespace web

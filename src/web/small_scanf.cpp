#include "small_scanf.h"

#include <cstddef>
#include <cstdlib>

namespace web {
namespace {

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
        // A width is honoured by reading from a copy cut to it (a number is never longer).
        char cut[64];
        const char* text = s;
        if (width) {
          std::size_t n = 0;
          while (n < width && n + 1 < sizeof cut && s[n]) cut[n] = s[n], ++n;
          cut[n] = '\0';
          text = cut;
        }
        char* end = nullptr;
        const double value = std::strtod(text, &end);
        if (end == text) return stored;
        s += end - text;
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

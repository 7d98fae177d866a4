// The wasm build's small vsnprintf (src/web/small_printf.h) against the system's: the same text
// and the same count for integers, strings and floats in every flag, width and precision the
// widget and Dear ImGui use and more, for hand-picked doubles (ties, carries, the extremes) and
// for many random ones, and in buffers too small for the text.
#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "small_printf.h"

namespace {

struct Printed {
  std::string text;
  int count;
  bool operator==(const Printed& o) const { return text == o.text && count == o.count; }
};

std::ostream& operator<<(std::ostream& os, const Printed& p) { return os << '"' << p.text << "\" (" << p.count << ')'; }

using Printer = int (*)(char*, std::size_t, const char*, va_list);
const Printer ours = web::printFormatted;
const Printer libc = std::vsnprintf;

// What `printer` writes into a buffer of `size`, and the count it returns.
Printed print(Printer printer, std::size_t size, const char* format, ...) {
  std::vector<char> buffer(size + 1, '#');
  va_list args;
  va_start(args, format);
  const int count = printer(size ? buffer.data() : nullptr, size, format, args);
  va_end(args);
  CHECK(buffer[size] == '#');  // nothing past the size it was given
  return {size ? std::string(buffer.data()) : std::string(), count};
}

const char* const kFloatFormats[] = {
    "%f",    "%.0f",  "%.1f",   "%.2f",    "%.3f",   "%.10f",   "%.30f",  "%g",      "%.0g",
    "%.1g",  "%.2g",  "%.3g",   "%.6g",    "%.15g",  "%.16g",   "%.17g",  "%.40g",   "%e",
    "%.0e",  "%.1e",  "%.3e",   "%.16e",   "%.25e",  "%#.0f",   "%#.0e",
    "%+f",   "% .2f", "%010.3f", "%-12.2f|", "%12g", "%-+14.4e|", "%F",   "%E",      "%G",
    "$%.1fM", "%.0f%%", "rated %.1f/5", "%g h", "%+08.2e", "% 012g", "%-08.3f|", "%.3G"};

// "%#.Pg" as the C standard defines it, from the system's %e and %f: style e with precision P - 1
// when the exponent X that style e gives is below -4 or at least P, else style f with precision
// P - 1 - X, and trailing zeros kept. (glibc 2.36 drops them when rounding carries into a new
// digit: "%#g" of 999999.5 is "1.e+06" there, "1.00000e+06" in C and in musl.)
Printed alternateG(double v, int p) {
  const Printed e = print(libc, 512, "%#.*e", p - 1, v);
  const std::size_t at = e.text.find('e');
  if (!std::isfinite(v) || at == std::string::npos) return print(libc, 512, "%#.*g", p, v);
  const int x = std::atoi(e.text.c_str() + at + 1);
  return x < -4 || x >= p ? e : print(libc, 512, "%#.*f", p - 1 - x, v);
}

void checkFloat(double v) {
  CAPTURE(v);
  for (const char* format : kFloatFormats) {
    const std::string shown = format;
    CAPTURE(shown);
    CHECK(print(ours, 512, format, v) == print(libc, 512, format, v));
  }
  CHECK(print(ours, 512, "%#g", v) == alternateG(v, 6));
  CHECK(print(ours, 512, "%#.3g", v) == alternateG(v, 3));
}

}  // namespace

TEST_CASE("small vsnprintf: integers, characters and strings print what the system's prints") {
  const char* const intFormats[] = {"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d",
                                    "%-8.3d|", "%.0d", "%+.0d", "%u", "%x", "%X", "%#x", "%#X", "%o",
                                    "%#o", "%#.0o", "%08x", "%#010x", "%-#10x|", "%.5x", "%*d", "%-*d|",
                                    "##%08X", "Pos=%d,%d", "%zu of %zu done", "%%%d%%"};
  const int values[] = {0, 1, -1, 7, 42, -42, 255, 4096, 65535, 123456789, -123456789,
                        std::numeric_limits<int>::max(), std::numeric_limits<int>::min()};
  for (const char* format : intFormats) {
    for (int v : values) {
      CAPTURE(std::string(format));
      CAPTURE(v);
      const bool star = std::strchr(format, '*') != nullptr;
      if (star) {
        CHECK(print(ours, 256, format, 7, v) == print(libc, 256, format, 7, v));
        CHECK(print(ours, 256, format, -9, v) == print(libc, 256, format, -9, v));  // a negative width: left
      } else if (std::strstr(format, "%zu")) {
        const std::size_t a = static_cast<unsigned>(v), b = 12;
        CHECK(print(ours, 256, format, a, b) == print(libc, 256, format, a, b));
      } else {
        CHECK(print(ours, 256, format, v, v) == print(libc, 256, format, v, v));
      }
    }
  }
  const long long wide[] = {0, -1, 9007199254740993LL, std::numeric_limits<long long>::min(),
                            std::numeric_limits<long long>::max()};
  for (long long v : wide) {
    CAPTURE(v);
    CHECK(print(ours, 256, "%lld|%llx|%llu", v, v, v) == print(libc, 256, "%lld|%llx|%llu", v, v, v));
    CHECK(print(ours, 256, "$%lld.%lldk", v, v / 7) == print(libc, 256, "$%lld.%lldk", v, v / 7));
    CHECK(print(ours, 256, "%jd %jx", static_cast<std::intmax_t>(v), static_cast<std::uintmax_t>(v)) ==
          print(libc, 256, "%jd %jx", static_cast<std::intmax_t>(v), static_cast<std::uintmax_t>(v)));
  }
  CHECK(print(ours, 64, "%hhd %hhu %hd %hu", 300, 300, 70000, 70000) == print(libc, 64, "%hhd %hhu %hd %hu", 300, 300, 70000, 70000));
  CHECK(print(ours, 64, "%ld %lu %td", -5L, 5UL, std::ptrdiff_t{-3}) == print(libc, 64, "%ld %lu %td", -5L, 5UL, std::ptrdiff_t{-3}));
  CHECK(print(ours, 64, "[%c][%3c][%-3c]", 'a', 'b', 'c') == print(libc, 64, "[%c][%3c][%-3c]", 'a', 'b', 'c'));
  const char* const strings[] = {"", "a", "GenAI engineer", "\xE2\x80\x94 dash"};
  for (const char* s : strings) {
    CAPTURE(std::string(s));
    CHECK(print(ours, 64, "[%s][%10s][%-10s][%.3s][%*.*s]", s, s, s, s, 6, 2, s) ==
          print(libc, 64, "[%s][%10s][%-10s][%.3s][%*.*s]", s, s, s, s, 6, 2, s));
    CHECK(print(ours, 64, "%.*s|", 4, s) == print(libc, 64, "%.*s|", 4, s));
  }
  int here = 0;
  CHECK(print(ours, 64, "%p", static_cast<void*>(&here)) == print(libc, 64, "%p", static_cast<void*>(&here)));
  CHECK(print(ours, 64, "%p", static_cast<void*>(nullptr)) == print(libc, 64, "%p", static_cast<void*>(nullptr)));
}

TEST_CASE("small vsnprintf: hand-picked doubles print what the system's prints") {
  const double values[] = {
      0.0, -0.0, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 0.625, 1e-5, 0.0001, 0.00001234, 0.1, 0.2,
      0.3, 2.0 / 3, 1.0 / 3, 9.5, 0.05, 0.95, 0.995, 99.95, 999999.5, 9999995.0, 9.9999995, 1234567.0,
      123456789.0, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 4.35, 2.675, 1.005, 5e-324, 1e-320,
      DBL_MIN, DBL_MAX, -DBL_MAX, 1e308, 1.7976931348623157e308, 2.2250738585072009e-308,
      9007199254740993.0, 0.1 + 0.2, 123000.0, 120000.0, 1.5e6, 42.0, 0.06, 0.0625, 1e100, 1e-100,
      std::ldexp(1.0, 1023), std::ldexp(1.0, -1022), std::ldexp(1.0, -1074), 0.4999999999999999,
      std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
      std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::quiet_NaN()};
  for (double v : values) checkFloat(v);
}

TEST_CASE("small vsnprintf: random doubles print what the system's prints") {
  std::mt19937_64 random(20261127);
  for (int i = 0; i < 3000; ++i) {  // any bit pattern: every exponent, subnormals, NaNs
    std::uint64_t bits = random();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    checkFloat(v);
  }
  std::uniform_int_distribution<int> digits(0, 999999);
  std::uniform_int_distribution<int> scale(0, 9);
  for (int i = 0; i < 3000; ++i) {  // decimal-looking numbers, near where rounding ties live
    const double v = digits(random) / std::pow(10.0, scale(random)) * (i % 2 ? 1 : -1);
    checkFloat(v);
    checkFloat(v + 0.5 * std::pow(10.0, -scale(random)));
  }
}

TEST_CASE("small vsnprintf: a buffer too small gets the text's start, a '\\0', and the whole count") {
  const std::size_t sizes[] = {0, 1, 2, 5, 9};
  for (std::size_t size : sizes) {
    CAPTURE(size);
    CHECK(print(ours, size, "%s, %d%% fit", "Prompt engineer", 85) == print(libc, size, "%s, %d%% fit", "Prompt engineer", 85));
    CHECK(print(ours, size, "%.3f|%12g", 3.14159, 2.5e-7) == print(libc, size, "%.3f|%12g", 3.14159, 2.5e-7));
    CHECK(print(ours, size, "%-20s|", "abc") == print(libc, size, "%-20s|", "abc"));
  }
  // A width past what an int counts: -1, as the C library says (and nothing past the buffer).
  CHECK(print(ours, 8, "%2147483648d", 1).count == -1);
  CHECK(print(ours, 8, "%.2000000000f", 1.0).count == 2000000002);
  CHECK(print(ours, 8, "%.2000000000f", 1.0).text == "1.00000");
}

TEST_CASE("small vsnprintf: what it does not know ends the text there, before reading an argument") {
  int target = 7;
  CHECK(print(ours, 64, "ab%ncd", &target) == Printed{"ab", 2});
  CHECK(target == 7);  // %n never writes
  CHECK(print(ours, 64, "x=%a|", 1.0) == Printed{"x=", 2});
  CHECK(print(ours, 64, "x=%Lf|", 1.0L) == Printed{"x=", 2});
  CHECK(print(ours, 64, "[%1$d]", 5) == Printed{"[", 1});
  CHECK(print(ours, 64, "50%") == Printed{"50", 2});  // a lone '%' at the end
}

// Decimal text to double and back without strtod (json_number.h), checked against the C library's
// strtod, which is correctly rounded, on hard and random inputs.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "json_number.h"

namespace {

// "123.456e-7" (no sign) read by decimalToDouble.
double ours(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  const std::string_view whole(s.data(), i);
  std::string_view fraction;
  if (i < s.size() && s[i] == '.') {
    const std::size_t start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    fraction = std::string_view(s.data() + start, i - start);
  }
  std::int64_t exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) exponent = std::strtoll(s.c_str() + i + 1, nullptr, 10);
  return core::decimalToDouble(whole, fraction, exponent);
}

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("decimal to double: hard cases round as strtod does") {
  const char* cases[] = {
      "49.99", "0.1", "0.3", "1e23", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
      "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",  // around the smallest normal
      "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",  // half the smallest
      "1.7976931348623157e308", "1.7976931348623158e308", "8.98846567431158e307",
      "0.000000000000000000000000000000000000001", "123456789012345678901234567890", "1e-400", "0", "0.0",
      "3.7054923438093281e-324", "1e-320", "7.2057594037927933e16", "1.00000000000000011102230246251565404",
      // Just below the point where rounding would overflow, with 380 digits.
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207"
      "096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764"
      "475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177"
      "904174497791.9999999999999999999999999999999999999999999999999999999999999999999999999"};
  for (const char* c : cases) {
    INFO(c);
    CHECK(sameBits(ours(c), std::strtod(c, nullptr)));
  }
  CHECK(std::isinf(ours("1e400")));
  CHECK(std::isinf(ours("1.7976931348623159e308")));
  CHECK(ours("1" + std::string(2000, '0') + "e-2000") == 1);
  CHECK(ours("0." + std::string(2000, '0') + "5e2001") == 5);
}

TEST_CASE("decimal to double: random inputs round as strtod does") {
  std::mt19937_64 rng(20261126);
  int differ = 0;
  for (int i = 0; i < 60000; ++i) {
    std::string s;
    const int digits = 1 + static_cast<int>(rng() % (i % 8 == 0 ? 40 : 19));
    for (int k = 0; k < digits; ++k) s += static_cast<char>('0' + rng() % 10);
    if (rng() % 2) s.insert(1 + rng() % s.size(), ".");
    if (s.back() == '.') s += '5';
    if (rng() % 2) s += "e" + std::to_string(static_cast<int>(rng() % 700) - 350);
    if (!sameBits(ours(s), std::strtod(s.c_str(), nullptr)) && ++differ < 5) MESSAGE(s);
  }
  CHECK(differ == 0);
  // Exact halfway points between neighbouring doubles, printed with every digit.
  differ = 0;
  for (int i = 0; i < 300; ++i) {
    std::uint64_t bits = rng() & 0x7FEFFFFFFFFFFFFFull;
    double low;
    std::memcpy(&low, &bits, sizeof low);
    const long double mid = (static_cast<long double>(low) + std::nextafter(low, INFINITY)) / 2;
    char text[1000];
    std::snprintf(text, sizeof text, "%.780Le", mid);
    std::string s = text;  // "d.ddd...e+XX"
    if (!sameBits(ours(s), std::strtod(text, nullptr))) ++differ;
  }
  CHECK(differ == 0);
}

TEST_CASE("double to text: the shortest of 15-17 digits that reads back the same") {
  std::mt19937_64 rng(7);
  int differ = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (!std::isfinite(d)) continue;
    std::string out;
    core::appendJsonDouble(out, d);
    if (!sameBits(std::strtod(out.c_str(), nullptr), d)) ++differ;
  }
  CHECK(differ == 0);
  std::string out;
  core::appendJsonDouble(out, 0.1);
  CHECK(out == "0.1");
}

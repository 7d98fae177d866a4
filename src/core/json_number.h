// Numbers between JSON text and double, without the C library's strtod: its long-double scanner
// (and its dependence on the locale) is not linked into the wasm. Reading is correctly rounded
// (to nearest, ties to even), as strtod's is; writing gives the fewest of 15, 16 or 17
// significant digits that read back to the same double.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// The value of the digits intDigits "." fracDigits, times 10^exp10 (digits: ASCII '0'-'9' only,
// any count; either may be empty), correctly rounded to a double: +infinity when it is beyond the
// largest double, 0 when it is below half the smallest. Never negative: the sign is the caller's.
double decimalToDouble(std::string_view intDigits, std::string_view fracDigits, std::int64_t exp10);

// Appends a finite double as a JSON number that reads back as the same double ("49.99", "0.5",
// "1e+20"); integral values keep a ".0" ("10.0") so that they read back as a fraction, not an
// integer. Infinities and NaN, which JSON cannot write, become null.
void appendJsonDouble(std::string& out, double d);

}  // namespace core

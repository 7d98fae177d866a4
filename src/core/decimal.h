// core::decimal: an integer written in decimal, as std::to_string writes it.
//
// Why not std::to_string: in the wasm it brings libc++'s integer-to-text machinery (a table of
// digit pairs and a converter per integer width: 0.9 KB of wasm, 0.7 KB brotli), while every
// other number the widget writes already goes through snprintf (src/web/small_printf.h in the
// wasm), which this uses.
#pragma once

#include <string>
#include <type_traits>

namespace core {

std::string signedDecimal(long long value);
std::string unsignedDecimal(unsigned long long value);

template <class Integer>
std::string decimal(Integer value) {
  static_assert(std::is_integral_v<Integer>, "decimal writes integers");
  if constexpr (std::is_signed_v<Integer>) return signedDecimal(value);
  else return unsignedDecimal(value);
}

}  // namespace core

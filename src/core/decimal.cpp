#include "decimal.h"

#include <cstdio>

namespace core {

std::string signedDecimal(long long value) {
  char text[24];  // "-9223372036854775808" and the NUL
  std::snprintf(text, sizeof text, "%lld", value);
  return text;
}

std::string unsignedDecimal(unsigned long long value) {
  char text[24];  // "18446744073709551615" and the NUL
  std::snprintf(text, sizeof text, "%llu", value);
  return text;
}

}  // namespace core

// core::decimal (decimal.h): what std::to_string writes, for every integer width the code uses.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

#include "decimal.h"

TEST_CASE("decimal: the text std::to_string gives, signed and unsigned, at their limits") {
  for (long long v : {0LL, 7LL, -7LL, 1000000LL, std::numeric_limits<long long>::min(),
                      std::numeric_limits<long long>::max()})
    CHECK(core::decimal(v) == std::to_string(v));
  for (int v : {0, -1, 42, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()})
    CHECK(core::decimal(v) == std::to_string(v));
  for (std::uint64_t v : {std::uint64_t{0}, std::uint64_t{10}, std::numeric_limits<std::uint64_t>::max()})
    CHECK(core::decimal(v) == std::to_string(v));
  const std::size_t count = 12345;
  CHECK(core::decimal(count) == "12345");
  CHECK(core::decimal(std::numeric_limits<unsigned>::max()) == "4294967295");
}

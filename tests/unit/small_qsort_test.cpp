// The wasm build's small qsort (src/web/small_qsort.h) against the system's: the same order for
// keys that differ, a sorted permutation for keys that tie, elements of every size ImGui sorts
// and odd ones, and a bounded number of comparisons for any input order.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

#include "small_qsort.h"

namespace {

// An element of `Size` bytes: a key to sort by, a serial number to tell equal keys apart, and
// padding that must travel with them.
template <std::size_t Size>
struct Element {
  static_assert(Size >= 8 && Size % 4 == 0, "no padding beyond Size");
  std::uint32_t key;
  std::uint32_t serial;
  std::array<unsigned char, Size - 8> padding;
};

long comparisons = 0;

template <std::size_t Size>
int byKey(const void* a, const void* b) {
  ++comparisons;
  const auto& x = *static_cast<const Element<Size>*>(a);
  const auto& y = *static_cast<const Element<Size>*>(b);
  return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
}

template <std::size_t Size>
std::vector<Element<Size>> randomElements(std::mt19937& random, std::size_t count, std::uint32_t keys) {
  std::vector<Element<Size>> elements(count);
  for (std::size_t i = 0; i < count; ++i) {
    elements[i].key = static_cast<std::uint32_t>(random() % keys);
    elements[i].serial = static_cast<std::uint32_t>(i);
    elements[i].padding.fill(static_cast<unsigned char>(i * 7 + 3));
  }
  return elements;
}

// Sorts a copy with ours and with the system's; both must be sorted permutations of the input
// whose padding stayed with its element, and with distinct keys the same order.
template <std::size_t Size>
void checkAgainstSystem(std::mt19937& random, std::size_t count, std::uint32_t keys) {
  const auto input = randomElements<Size>(random, count, keys);
  auto ours = input;
  auto system = input;
  comparisons = 0;
  web::sortElements(ours.data(), ours.size(), sizeof(Element<Size>), byKey<Size>);
  const long ourComparisons = comparisons;
  std::qsort(system.data(), system.size(), sizeof(Element<Size>), byKey<Size>);

  std::vector<bool> seen(count, false);
  for (std::size_t i = 0; i < count; ++i) {
    const auto& e = ours[i];
    REQUIRE(e.serial < count);
    CHECK_FALSE(seen[e.serial]);
    seen[e.serial] = true;
    CHECK(e.key == input[e.serial].key);
    CHECK(e.padding == input[e.serial].padding);
    if (i > 0) CHECK(ours[i - 1].key <= e.key);
    if (keys >= count * 1000) CHECK(e.serial == system[i].serial);  // keys almost surely distinct
    CHECK(e.key == system[i].key);
  }
  // Heapsort's bound: building the heap takes under 2n comparisons, each of the n - 1 removals
  // at most 2 log2(n).
  if (count > 1) CHECK(ourComparisons <= static_cast<long>(2 * count + 2 * count * std::log2(static_cast<double>(count))));
}

}  // namespace

TEST_CASE("small qsort: random elements of several sizes sort as the system's qsort sorts them") {
  std::mt19937 random(20261127);
  for (const std::size_t count : {0u, 1u, 2u, 3u, 4u, 5u, 7u, 8u, 16u, 31u, 100u, 257u, 1000u}) {
    CAPTURE(count);
    checkAgainstSystem<8>(random, count, 4000000000u);
    checkAgainstSystem<12>(random, count, 4000000000u);
    checkAgainstSystem<24>(random, count, 4000000000u);
    checkAgainstSystem<20>(random, count, 4000000000u);
    // Many ties: any sorted permutation will do.
    checkAgainstSystem<8>(random, count, 3);
    checkAgainstSystem<16>(random, count, 1);
  }
}

TEST_CASE("small qsort: sorted, reversed and organ-pipe inputs stay within the comparison bound") {
  constexpr std::size_t count = 5000;
  for (int shape = 0; shape < 3; ++shape) {
    CAPTURE(shape);
    std::vector<Element<8>> elements(count);
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t key = shape == 0 ? i : shape == 1 ? count - i : std::min(i, count - i);
      elements[i] = {static_cast<std::uint32_t>(key), static_cast<std::uint32_t>(i), {}};
    }
    comparisons = 0;
    web::sortElements(elements.data(), count, sizeof(Element<8>), byKey<8>);
    CHECK(comparisons <= static_cast<long>(2 * count + 2 * count * std::log2(static_cast<double>(count))));
    for (std::size_t i = 1; i < count; ++i) REQUIRE(elements[i - 1].key <= elements[i].key);
  }
}

TEST_CASE("small qsort: elements of an odd size compared by all their bytes come out as the system's") {
  // Equal elements are equal bytes here, so there is one right answer.
  std::mt19937 random(7);
  constexpr std::size_t size = 3;
  for (const std::size_t count : {2u, 9u, 100u, 999u}) {
    std::vector<unsigned char> ours(count * size);
    for (auto& b : ours) b = static_cast<unsigned char>(random() % 4);
    auto system = ours;
    const auto compare = [](const void* a, const void* b) { return std::memcmp(a, b, size); };
    web::sortElements(ours.data(), count, size, compare);
    std::qsort(system.data(), count, size, compare);
    CHECK(ours == system);
  }
}

TEST_CASE("small qsort: one-byte elements, and sizes or counts with nothing to do") {
  std::vector<unsigned char> bytes = {9, 3, 200, 0, 3, 255, 17};
  web::sortElements(bytes.data(), bytes.size(), 1, [](const void* a, const void* b) {
    return int(*static_cast<const unsigned char*>(a)) - int(*static_cast<const unsigned char*>(b));
  });
  CHECK(bytes == std::vector<unsigned char>{0, 3, 3, 9, 17, 200, 255});

  // Never called when there is nothing to compare.
  const web::ElementCompare fails = [](const void*, const void*) -> int {
    FAIL("compared");
    return 0;
  };
  web::sortElements(nullptr, 0, 8, fails);
  web::sortElements(bytes.data(), 1, 1, fails);
  web::sortElements(bytes.data(), bytes.size(), 0, fails);
}

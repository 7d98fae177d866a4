// core::HashMap (hash_map.h) against std::unordered_map: the same answers after every step of
// long random runs of adds, look-ups and erases (erasing while iterating too), with keys that
// collide in the slots, and across clear, reserve and swap.
#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>

#include "hash_map.h"

namespace {

// Every entry of `ours` is in `expected` with the same value, and their sizes agree.
template <class K, class V, class Expected>
void checkSame(const core::HashMap<K, V>& ours, const Expected& expected) {
  REQUIRE(ours.size() == expected.size());
  for (const auto& [key, value] : ours) {
    const auto it = expected.find(key);
    REQUIRE(it != expected.end());
    CHECK(it->second == value);
  }
  for (const auto& [key, value] : expected) {
    const auto it = ours.find(key);
    REQUIRE(it != ours.end());
    CHECK(it->second == value);
  }
}

}  // namespace

TEST_CASE("hash map: random adds, look-ups and erases give what std::unordered_map gives") {
  std::mt19937 rng(2026);
  for (int keys : {4, 40, 3000}) {  // few keys: many hits; many: growth and long runs of slots
    core::HashMap<std::string, int> ours;
    std::unordered_map<std::string, int> expected;
    for (int step = 0; step < 20000; ++step) {
      const std::string key = "skill-" + std::to_string(rng() % static_cast<unsigned>(keys));
      switch (rng() % 5) {
        case 0: case 1: {
          const int value = static_cast<int>(rng() % 100);
          ours[key] += value;
          expected[key] += value;
          break;
        }
        case 2: {
          const auto [it, fresh] = ours.emplace(key, 7);
          const auto [eit, efresh] = expected.emplace(key, 7);
          CHECK(fresh == efresh);
          CHECK(it->second == eit->second);
          break;
        }
        case 3: {
          auto it = ours.find(std::string_view(key));
          const auto eit = expected.find(key);
          REQUIRE((it == ours.end()) == (eit == expected.end()));
          if (it != ours.end()) {
            ours.erase(it);
            expected.erase(eit);
          }
          break;
        }
        default:
          CHECK(ours.count(key) == expected.count(key));
      }
      if (step % 997 == 0) checkSame(ours, expected);
    }
    checkSame(ours, expected);
    // Erasing while iterating, as the widget drops scroll requests no region drew.
    for (auto it = ours.begin(); it != ours.end();) it = it->second % 2 ? ours.erase(it) : it + 1;
    for (auto it = expected.begin(); it != expected.end();) it = it->second % 2 ? expected.erase(it) : std::next(it);
    checkSame(ours, expected);
  }
}

TEST_CASE("hash map: integer keys that share their low bits, clear, reserve and swap") {
  core::HashMap<std::uint64_t, int> ours;
  std::map<std::uint64_t, int> expected;
  for (std::uint64_t i = 0; i < 5000; ++i) {  // masks that differ only in their high bits
    ours[i << 40] = static_cast<int>(i);
    expected[i << 40] = static_cast<int>(i);
  }
  checkSame(ours, expected);
  for (std::uint64_t i = 0; i < 5000; i += 3) {
    ours.erase(ours.find(i << 40));
    expected.erase(i << 40);
  }
  checkSame(ours, expected);
  CHECK(ours.find(std::uint64_t{3} << 40) == ours.end());

  core::HashMap<std::uint64_t, int> other;
  other.reserve(100);
  other[std::uint64_t{1}] = 1;
  ours.swap(other);
  CHECK(ours.size() == 1);
  CHECK(ours.find(std::uint64_t{1})->second == 1);
  CHECK(other.size() == expected.size());
  other.clear();
  CHECK(other.empty());
  CHECK(other.find(std::uint64_t{4} << 40) == other.end());
  other[std::uint64_t{9}] = 9;  // usable again after clear
  CHECK(other.count(std::uint64_t{9}) == 1);
}

TEST_CASE("hash map: string keys are found by any string-like key, and an empty key is a key") {
  core::HashMap<std::string, int> ours;
  ours[""] = 1;
  ours["a"] = 2;
  ours[std::string(20, 'x')] = 3;  // longer than a word: the loop over eight-byte words
  CHECK(ours.find("")->second == 1);
  CHECK(ours.find(std::string_view("a"))->second == 2);
  CHECK(ours.find(std::string(20, 'x'))->second == 3);
  CHECK(ours.count(std::string(19, 'x')) == 0);
  CHECK(core::hashKey(std::string_view("ab")) != core::hashKey(std::string_view("ba")));
}

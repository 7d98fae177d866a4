// core::stableSort (stable_sort.h): the order std::stable_sort gives, equal elements included.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "stable_sort.h"

namespace {

using Item = std::pair<int, int>;  // key, where the element was: equal keys must keep that order

std::vector<Item> randomItems(std::mt19937& rng, std::size_t n, int keys) {
  std::vector<Item> items;
  for (std::size_t i = 0; i < n; ++i)
    items.emplace_back(static_cast<int>(rng() % static_cast<unsigned>(keys)), static_cast<int>(i));
  return items;
}

}  // namespace

TEST_CASE("stable sort: the order std::stable_sort gives, for every size up to a few runs and beyond") {
  std::mt19937 rng(7);
  const auto byKey = [](const Item& a, const Item& b) { return a.first < b.first; };
  std::vector<std::size_t> sizes;
  for (std::size_t n = 0; n <= 70; ++n) sizes.push_back(n);
  sizes.insert(sizes.end(), {127, 128, 129, 1000, 4099});
  for (std::size_t n : sizes) {
    for (int keys : {1, 3, 50, 100000}) {
      std::vector<Item> ours = randomItems(rng, n, keys);
      std::vector<Item> expected = ours;
      std::stable_sort(expected.begin(), expected.end(), byKey);
      core::stableSort(ours, byKey);
      CHECK_MESSAGE(ours == expected, "n=" << n << " keys=" << keys);
    }
  }
}

TEST_CASE("stable sort: sorted, reversed and descending comparisons") {
  std::vector<int> up(300), down(300);
  for (int i = 0; i < 300; ++i) up[i] = i, down[i] = 299 - i;
  std::vector<int> a = up, b = down;
  core::stableSort(a, [](int x, int y) { return x < y; });
  core::stableSort(b, [](int x, int y) { return x < y; });
  CHECK(a == up);
  CHECK(b == up);
  core::stableSort(a, [](int x, int y) { return x > y; });
  CHECK(a == down);
}

TEST_CASE("stable sort: elements with strings keep their contents, equal keys in their order") {
  std::vector<std::pair<int, std::string>> items = {{2, "b1"}, {1, "a1"}, {2, "b2"}, {1, "a2"}, {0, "z"}};
  core::stableSort(items, [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> names;
  for (const auto& item : items) names.push_back(item.second);
  CHECK(names == std::vector<std::string>{"z", "a1", "a2", "b1", "b2"});
}

TEST_CASE("stable sort: input already in order costs about one comparison per element") {
  // A job's 10,000 ratings, a link's or saved progress's lists come in id order: each merge of
  // two runs already in order is one comparison, not one per element.
  std::vector<int> up(4096);
  for (int i = 0; i < 4096; ++i) up[i] = i / 3;  // with equal keys, which must keep their order
  std::vector<std::pair<int, int>> items;
  for (int i = 0; i < 4096; ++i) items.emplace_back(up[i], i);
  std::size_t comparisons = 0;
  core::stableSort(items, [&](const auto& x, const auto& y) { return ++comparisons, x.first < y.first; });
  for (int i = 0; i < 4096; ++i) CHECK(items[i].second == i);
  CHECK(comparisons <= 2 * items.size());
  // One element out of place still sorts.
  std::swap(items[100], items[3000]);
  core::stableSort(items, [](const auto& x, const auto& y) { return x.first < y.first; });
  for (int i = 1; i < 4096; ++i) CHECK(items[i - 1].first <= items[i].first);
}

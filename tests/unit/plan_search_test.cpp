// The planner's resumable pieces on their own: the sliced merge sort against std::stable_sort.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "plan_search.h"

TEST_CASE("sliced sort: the same order as std::stable_sort, however it is sliced") {
  std::mt19937 rng(8);
  for (int round = 0; round < 300; ++round) {
    const int n = static_cast<int>(rng() % 70);
    std::vector<int> keys(n);
    for (int& k : keys) k = static_cast<int>(rng() % 10);  // many ties: stability matters
    std::vector<int> items(n);
    for (int i = 0; i < n; ++i) items[i] = i;
    auto less = [&](int a, int b) { return keys[a] < keys[b]; };
    std::vector<int> expected = items;
    std::stable_sort(expected.begin(), expected.end(), less);

    core::search::SlicedSort sort;
    sort.start(items);
    const std::uint64_t slice = 1 + rng() % 9;
    int calls = 0;
    core::search::Slice s{slice, 0};
    while (!sort.run(s, less)) {
      CHECK(s.used == slice);  // stopped exactly at the allowance
      s = core::search::Slice{slice, 0};
      ++calls;
    }
    CAPTURE(round);
    CHECK(sort.items() == expected);
    if (n > 8 && slice == 1) CHECK(calls > n);  // really resumed many times
  }
}

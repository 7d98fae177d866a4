// core::SortedIds and core::SortedIdMap (sorted_ids.h): what std::set and std::map do for the
// calls the widget makes, checked against them over random calls, and input of any order put in
// with one sort.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "sorted_ids.h"

namespace {

std::string randomId(std::mt19937& rng) {
  static const char* const ids[] = {"", "a", "ab", "b", "python", "python-2", "rag", "Z", "é", "sql"};
  return ids[rng() % (sizeof ids / sizeof ids[0])];
}

template <class Ours, class Theirs>
bool same(const Ours& ours, const Theirs& theirs) {
  return std::vector<typename Theirs::value_type>(theirs.begin(), theirs.end()) ==
         std::vector<typename Theirs::value_type>(ours.begin(), ours.end());
}

}  // namespace

TEST_CASE("sorted ids: a map that does what std::map does, over 20,000 random calls") {
  std::mt19937 rng(11);
  core::SortedIdMap<int> ours;
  std::map<std::string, int, std::less<>> theirs;
  for (int step = 0; step < 20000; ++step) {
    const std::string id = randomId(rng);
    switch (rng() % 5) {
      case 0:
      case 1: {
        const int level = static_cast<int>(rng() % 4);
        ours[id] = level;
        theirs[id] = level;
        break;
      }
      case 2: {
        auto a = ours.find(id);
        auto b = theirs.find(id);
        REQUIRE((a == ours.end()) == (b == theirs.end()));
        if (a != ours.end()) {
          CHECK(a->second == b->second);
          ours.erase(a);
          theirs.erase(b);
        }
        break;
      }
      case 3:
        CHECK(ours.count(id) == theirs.count(id));
        break;
      default: {
        const auto [at, inserted] = ours.insert({id, 9});
        const auto [at2, inserted2] = theirs.insert({id, 9});
        CHECK(inserted == inserted2);
        CHECK(at->second == at2->second);
      }
    }
    REQUIRE(same(ours, theirs));
    CHECK(ours.size() == theirs.size());
    CHECK(ours.empty() == theirs.empty());
  }
}

TEST_CASE("sorted ids: a set that does what std::set does, and equality by contents") {
  std::mt19937 rng(12);
  core::SortedIds ours, copy;
  std::set<std::string, std::less<>> theirs;
  for (int step = 0; step < 5000; ++step) {
    const std::string id = randomId(rng);
    if (rng() % 3) {
      CHECK(ours.insert(id).second == theirs.insert(id).second);
    } else if (auto it = ours.find(id); it != ours.end()) {
      ours.erase(it);
      theirs.erase(id);
    }
    REQUIRE(same(ours, theirs));
  }
  copy = ours;
  CHECK(copy == ours);
  CHECK_FALSE(copy != ours);
  copy.insert("not-there-before");
  CHECK(copy != ours);
  copy.clear();
  CHECK(copy.empty());
}

TEST_CASE("sorted ids: assign sorts once, and of repeated ids the last counts") {
  core::SortedIdMap<int> ratings;
  ratings.assign({{"sql", 1}, {"python", 2}, {"rag", 3}, {"python", 1}, {"ab", 2}, {"sql", 3}});
  CHECK(std::vector<std::pair<std::string, int>>(ratings.begin(), ratings.end()) ==
        std::vector<std::pair<std::string, int>>{{"ab", 2}, {"python", 1}, {"rag", 3}, {"sql", 3}});
  // An initializer list (as tests and defaults write them) goes through the same sort.
  CHECK(core::SortedIdMap<int>{{"b", 1}, {"a", 2}} == core::SortedIdMap<int>{{"a", 2}, {"b", 1}});

  // As many as a catalogue may have, in the worst order for one-by-one insertion.
  std::vector<std::string> reversed;
  for (int i = 20000; i-- > 0;) reversed.push_back("course-" + std::to_string(100000 + i));
  core::SortedIds done;
  done.assign(reversed);
  REQUIRE(done.size() == 20000);
  CHECK(*done.begin() == "course-100000");
  CHECK(done.count("course-119999") == 1);
  CHECK(done.count("course-120000") == 0);
}

TEST_CASE("sorted ids: eraseIf removes in one pass and keeps the order") {
  core::SortedIdMap<int> ratings{{"a", 0}, {"b", 2}, {"c", 0}, {"d", 3}, {"e", 0}};
  ratings.eraseIf([](const auto& r) { return r.second == 0; });
  CHECK(ratings == core::SortedIdMap<int>{{"b", 2}, {"d", 3}});
  ratings.eraseIf([](const auto&) { return false; });
  CHECK(ratings.size() == 2);
  ratings.eraseIf([](const auto&) { return true; });
  CHECK(ratings.empty());
}

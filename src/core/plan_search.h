// The planner's solvers, each resumable: they run until a slice's allowance of steps is used and
// keep their whole search state between calls, so that a plan can be improved a few milliseconds
// at a time (one slice per frame) and never blocks the page. Internal to core (planner.cpp).
//
// A step is one unit of roughly constant cost: one option tried from one state, one state
// visited, one element moved by the sort. Counting steps rather than time keeps every result
// deterministic and every test reproducible.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include "model.h"

namespace core::search {

using Mask = std::uint64_t;

// A slice's allowance. Solvers stop as soon as `used` reaches `limit`; one step may overrun it by
// its own size (a Pareto insert that compares against a front).
struct Slice {
  std::uint64_t limit = 0, used = 0;
  bool more() const { return used < limit; }
};

// A lexicographic cost: the goal's unit first, the other second, then the number of courses.
// Integers (tenths of hours, cents) so that equal plans compare equal.
struct Key {
  std::int64_t primary = 0, secondary = 0;
  std::int32_t count = 0;
  bool operator<(const Key& o) const {
    if (primary != o.primary) return primary < o.primary;
    if (secondary != o.secondary) return secondary < o.secondary;
    return count < o.count;
  }
  bool operator==(const Key& o) const {
    return primary == o.primary && secondary == o.secondary && count == o.count;
  }
  Key operator+(const Key& o) const {
    return {primary + o.primary, secondary + o.secondary, count + o.count};
  }
};
inline constexpr std::int64_t kInfinite = std::numeric_limits<std::int64_t>::max() / 4;

// One candidate course as the search sees it.
struct Option {
  const Course* course = nullptr;
  Mask mask = 0;
  Key key;  // in the goal's order
  std::int64_t tenthsOfHours = 0, cents = 0;
  Key cheapestKey() const { return {cents, tenthsOfHours, 1}; }
};

struct Problem {
  int skills = 0;  // k: coverable gap skills, bits 0..k-1
  Mask full = 0;
  std::vector<Option> options;              // sorted by (key, course id): ties are data-order free
  std::vector<std::vector<int>> byElement;  // options covering each bit, in option order
  std::optional<std::int64_t> capCents;     // a budget to honour
  bool budgetIsPrimary = false;             // least cost: the cap applies to the primary key
  // For the lower bound: per bit, the cheapest option's primary cost covering it, and the
  // cheapest share of an option's primary cost (cost / skills it covers).
  std::vector<double> minPrimary, minShare;
  std::vector<double> minSecondary, minShareSecondary;  // the same for the secondary measure

  Key keyOf(const std::vector<int>& chosen) const;
  // A valid lower bound on the primary cost of covering `uncovered`: any cover pays at least the
  // dearest single skill's cheapest option, and at least each skill's cheapest share.
  double lowerBound(Mask uncovered) const;
  // The same for the secondary measure (for ties on the primary one, e.g. many free courses).
  double lowerBoundSecondary(Mask uncovered) const;
  bool withinCap(const Key& k) const { return !capCents || budgetIsPrimary || k.secondary <= *capCents; }
};

// A stable merge sort of indices that can stop after any element and resume.
class SlicedSort {
 public:
  template <class Less>
  bool run(Slice& s, const Less& less);  // true when sorted; the result is items()
  void start(std::vector<int> items);
  const std::vector<int>& items() const { return a_; }

 private:
  void beginRun(std::size_t lo);
  std::vector<int> a_, b_;
  std::size_t width_ = 1, lo_ = 0, mid_ = 0, hi_ = 0, i_ = 0, j_ = 0, k_ = 0;
};

template <class Less>
bool SlicedSort::run(Slice& s, const Less& less) {
  const std::size_t n = a_.size();
  while (width_ < n) {
    if (!s.more()) return false;
    ++s.used;
    if (k_ == hi_) {  // this pair of runs is merged: on to the next pair, or the next pass
      if (hi_ >= n) {
        std::swap(a_, b_);
        width_ *= 2;
        beginRun(0);
      } else {
        beginRun(hi_);
      }
      continue;
    }
    if (i_ < mid_ && (j_ >= hi_ || !less(a_[j_], a_[i_]))) b_[k_++] = a_[i_++];
    else b_[k_++] = a_[j_++];
  }
  return true;
}

// The classic greedy cover: repeatedly the option with the lowest cost per newly covered skill
// (by the goal's key, or by price when `byCost`). Ties: the lower option index.
class Greedy {
 public:
  Greedy(const Problem& p, bool byCost) : p_(p), byCost_(byCost), uncovered_(p.full) {}
  bool run(Slice& s);  // true when done
  const std::vector<int>& chosen() const { return chosen_; }

 private:
  const Problem& p_;
  bool byCost_;
  Mask uncovered_;
  std::vector<int> chosen_;
  std::size_t cursor_ = 0;
  int pick_ = -1;
  double bestRatio_ = 0;
};

// Exact: dynamic programming over subsets of the gap (k <= kExactSkills). Minimises the key; the
// lowest uncovered skill must be covered by some chosen course, so only the options covering it
// are tried from each state (every cover is reachable that way).
class SubsetDp {
 public:
  SubsetDp(const Problem& p, bool cheapest) : p_(p), cheapest_(cheapest) {}
  bool run(Slice& s);  // true when done
  bool reached() const;  // some cover of the whole gap has been found
  Key bestKey() const;
  std::vector<int> solution() const;  // the best cover found so far

 private:
  struct Entry {  // trivially constructible: the table is filled a slice at a time
    std::int64_t primary, secondary;
    std::int32_t count, via;
    std::uint32_t from;
  };
  Key keyOf(int option) const { return cheapest_ ? p_.options[option].cheapestKey() : p_.options[option].key; }
  const Problem& p_;
  bool cheapest_;
  std::vector<Entry> table_;
  Mask state_ = 0;
  std::size_t next_ = 0;
};

// Exact with a budget on the secondary measure (least hours within a price cap): each subset
// keeps its Pareto front of (hours, cents) instead of one best value.
class ParetoDp {
 public:
  // Labels kept at most: a memory bound (about 32 bytes each) on top of the work budget.
  static constexpr std::size_t kMaxLabels = 1u << 20;
  explicit ParetoDp(const Problem& p) : p_(p) {}
  bool run(Slice& s);  // true when done (or out of labels: see outOfLabels())
  bool outOfLabels() const { return outOfLabels_; }
  bool reached() const { return fronts_.size() > p_.full && !fronts_[p_.full].empty(); }
  Key bestKey() const;
  std::vector<int> solution() const;

 private:
  struct Label {
    Key key;
    std::int32_t option, parent;  // parent: index into pool_
  };
  // Labels in blocks of a fixed size: growing never copies what is there (a vector of a million
  // labels would copy 32 MB in one step), and unlike std::deque it is one small class.
  class LabelPool {
   public:
    std::size_t size() const { return size_; }
    const Label& operator[](std::int32_t i) const { return blocks_[i >> kBlockBits][i & (kBlock - 1)]; }
    void push_back(const Label& l) {
      if ((size_ & (kBlock - 1)) == 0) blocks_.push_back(std::make_unique<Label[]>(kBlock));
      blocks_.back()[size_ & (kBlock - 1)] = l;
      ++size_;
    }

   private:
    static constexpr int kBlockBits = 12;
    static constexpr std::size_t kBlock = std::size_t{1} << kBlockBits;
    std::vector<std::unique_ptr<Label[]>> blocks_;
    std::size_t size_ = 0;
  };
  std::int32_t bestLabel() const;
  void insert(Mask t, const Label& l, Slice& s);
  const Problem& p_;
  LabelPool pool_;
  std::vector<std::vector<std::int32_t>> fronts_;
  Mask state_ = 0;
  std::size_t label_ = 0, next_ = 0;
  bool outOfLabels_ = false;
};

// Beyond kExactSkills (or when forced): depth-first branch and bound, with an explicit stack so
// that it can stop anywhere. Branches on the uncovered skill with the fewest options.
class BranchAndBound {
 public:
  BranchAndBound(const Problem& p, const std::vector<int>& start);
  bool run(Slice& s);  // true when the whole tree is explored (the best found is optimal)
  bool found() const { return found_; }
  Key bestKey() const { return bestKey_; }
  const std::vector<int>& best() const { return best_; }
  // A proven lower bound on the optimum's primary cost: every unexplored subtree hangs off a
  // frame on the stack and costs at least that frame's cost plus the bound of what it leaves.
  double provenBound() const;

 private:
  struct Frame {
    Mask uncovered;
    Key cost;
    int element;
    std::size_t next;
  };
  void keep(const std::vector<int>& chosen, const Key& k);
  void push(Mask uncovered, const Key& cost);
  const Problem& p_;
  std::vector<int> order_;
  std::vector<Frame> stack_;
  std::vector<int> path_;
  std::vector<int> best_;
  Key bestKey_;
  bool found_ = false;
};

}  // namespace core::search

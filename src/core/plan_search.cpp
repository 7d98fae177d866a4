#include "plan_search.h"
#include "stable_sort.h"

#include <algorithm>
#include <cmath>

namespace core::search {

Key Problem::keyOf(const std::vector<int>& chosen) const {
  Key k{};
  for (int o : chosen) k = k + options[o].key;
  return k;
}

double Problem::lowerBound(Mask uncovered) const {
  double sum = 0, most = 0;
  for (int e = 0; e < skills; ++e) {
    if (!(uncovered >> e & 1)) continue;
    sum += minShare[e];
    most = std::max(most, minPrimary[e]);
  }
  return std::max(sum, most);
}

double Problem::lowerBoundSecondary(Mask uncovered) const {
  double sum = 0, most = 0;
  for (int e = 0; e < skills; ++e) {
    if (!(uncovered >> e & 1)) continue;
    sum += minShareSecondary[e];
    most = std::max(most, minSecondary[e]);
  }
  return std::max(sum, most);
}

// --- sort ---------------------------------------------------------------------------------------

void SlicedSort::start(std::vector<int> items) {
  a_ = std::move(items);
  b_.assign(a_.size(), 0);
  width_ = 1;
  beginRun(0);
}

void SlicedSort::beginRun(std::size_t lo) {
  const std::size_t n = a_.size();
  lo_ = lo;
  mid_ = std::min(lo + width_, n);
  hi_ = std::min(lo + 2 * width_, n);
  i_ = lo;
  j_ = mid_;
  k_ = lo;
}

// --- greedy -------------------------------------------------------------------------------------

bool Greedy::run(Slice& s) {
  while (uncovered_) {
    if (cursor_ == p_.options.size()) {
      if (pick_ < 0) break;  // nothing covers the rest (cannot happen for coverable skills)
      chosen_.push_back(pick_);
      uncovered_ &= ~p_.options[pick_].mask;
      pick_ = -1;
      cursor_ = 0;
      continue;
    }
    if (!s.more()) return false;
    ++s.used;
    const Option& o = p_.options[cursor_];
    const int gain = __builtin_popcountll(o.mask & uncovered_);
    if (gain) {
      const double cost = static_cast<double>(byCost_ ? o.cents : o.key.primary);
      const double ratio = cost / gain;
      if (pick_ < 0 || ratio < bestRatio_) {
        pick_ = static_cast<int>(cursor_);
        bestRatio_ = ratio;
      }
    }
    ++cursor_;
  }
  return true;
}

// --- exact --------------------------------------------------------------------------------------

namespace {
// Steps per table entry set up. Each is fresh memory (up to 32 MB for 20 skills): touching it
// costs about two search steps, so the set-up is spread over slices like the search.
constexpr std::uint64_t kFillSteps = 2;
}

bool SubsetDp::run(Slice& s) {
  const Mask full = p_.full;
  const std::size_t n = static_cast<std::size_t>(full) + 1;
  if (table_.empty()) {
    table_.reserve(n);
    table_.push_back(Entry{0, 0, 0, -1, 0});
  }
  while (table_.size() < n) {
    if (!s.more()) return false;
    s.used += kFillSteps;
    table_.push_back(Entry{kInfinite, 0, 0, -1, 0});
  }
  while (state_ < full) {
    if (!s.more()) return false;
    ++s.used;
    const Entry& cur = table_[state_];
    const std::vector<int>& list = p_.byElement[__builtin_ctzll(~state_ & full)];
    if (cur.primary == kInfinite || next_ >= list.size()) {
      ++state_;
      next_ = 0;
      continue;
    }
    const int o = list[next_++];
    const Mask t = state_ | p_.options[o].mask;
    const Key candidate = Key{cur.primary, cur.secondary, cur.count} + keyOf(o);
    Entry& dst = table_[t];
    if (candidate < Key{dst.primary, dst.secondary, dst.count})
      dst = Entry{candidate.primary, candidate.secondary, candidate.count, o,
                  static_cast<std::uint32_t>(state_)};
  }
  return true;
}

bool SubsetDp::reached() const {
  return table_.size() > p_.full && table_[p_.full].primary != kInfinite;
}

Key SubsetDp::bestKey() const {
  const Entry& e = table_[p_.full];
  return {e.primary, e.secondary, e.count};
}

std::vector<int> SubsetDp::solution() const {
  std::vector<int> chosen;
  if (!reached()) return chosen;
  for (Mask s = p_.full; s != 0 && table_[s].via >= 0; s = table_[s].from) chosen.push_back(table_[s].via);
  return chosen;
}

// --- exact within a budget: Pareto fronts -------------------------------------------------------

bool ParetoDp::run(Slice& s) {
  const Mask full = p_.full;
  const std::size_t n = static_cast<std::size_t>(full) + 1;
  if (fronts_.empty()) {
    fronts_.reserve(n);
    pool_.push_back(Label{Key{}, -1, -1});
    fronts_.push_back({0});
  }
  while (fronts_.size() < n) {
    if (!s.more()) return false;
    s.used += kFillSteps;
    fronts_.emplace_back();
  }
  const std::int64_t cap = p_.capCents.value_or(kInfinite);
  while (state_ < full) {
    if (!s.more()) return false;
    ++s.used;
    const std::vector<std::int32_t>& front = fronts_[state_];
    const std::vector<int>& list = p_.byElement[__builtin_ctzll(~state_ & full)];
    if (label_ >= front.size()) {
      ++state_;
      label_ = next_ = 0;
      continue;
    }
    if (next_ >= list.size()) {
      ++label_;
      next_ = 0;
      continue;
    }
    const int o = list[next_++];
    const std::int32_t parent = front[label_];
    const Key k = pool_[parent].key + p_.options[o].key;
    if (k.secondary > cap) continue;
    if (pool_.size() >= kMaxLabels) {
      outOfLabels_ = true;
      return true;
    }
    // Fronts only grow for supersets of this state (t > state_), so `front` stays valid.
    insert(state_ | p_.options[o].mask, Label{k, o, parent}, s);
  }
  return true;
}

void ParetoDp::insert(Mask t, const Label& l, Slice& s) {
  std::vector<std::int32_t>& f = fronts_[t];
  s.used += f.size();
  for (std::int32_t i : f) {
    const Key& k = pool_[i].key;
    if (k.primary <= l.key.primary && k.secondary <= l.key.secondary && !(l.key < k))
      return;  // an existing label is at least as good on both: drop the new one
  }
  f.erase(std::remove_if(f.begin(), f.end(),
                         [&](std::int32_t i) {
                           const Key& k = pool_[i].key;
                           return l.key.primary <= k.primary && l.key.secondary <= k.secondary;
                         }),
          f.end());
  pool_.push_back(l);
  f.push_back(static_cast<std::int32_t>(pool_.size() - 1));
}

std::int32_t ParetoDp::bestLabel() const {
  const std::vector<std::int32_t>& f = fronts_[p_.full];
  std::int32_t best = f.front();
  for (std::int32_t i : f)
    if (pool_[i].key < pool_[best].key) best = i;
  return best;
}

Key ParetoDp::bestKey() const { return pool_[bestLabel()].key; }

std::vector<int> ParetoDp::solution() const {
  std::vector<int> chosen;
  if (!reached()) return chosen;
  for (std::int32_t i = bestLabel(); pool_[i].option >= 0; i = pool_[i].parent)
    chosen.push_back(pool_[i].option);
  return chosen;
}

// --- branch and bound ---------------------------------------------------------------------------

BranchAndBound::BranchAndBound(const Problem& p, const std::vector<int>& start) : p_(p) {
  for (int e = 0; e < p.skills; ++e) order_.push_back(e);
  // The narrowest choice first: the skill with the fewest options.
  stableSort(order_, [&](int a, int b) {
    return p.byElement[a].size() < p.byElement[b].size();
  });
  if (!start.empty() || p.full == 0) keep(start, p.keyOf(start));
  if (p.full != 0) push(p.full, Key{});
}

void BranchAndBound::keep(const std::vector<int>& chosen, const Key& k) {
  if (!p_.withinCap(k)) return;
  if (!found_ || k < bestKey_) {
    bestKey_ = k;
    best_ = chosen;
    found_ = true;
  }
}

void BranchAndBound::push(Mask uncovered, const Key& cost) {
  int element = 0;
  for (int candidate : order_)
    if (uncovered >> candidate & 1) {
      element = candidate;
      break;
    }
  stack_.push_back(Frame{uncovered, cost, element, 0});
}

bool BranchAndBound::run(Slice& s) {
  // The bound costs a pass over the skills: it counts as part of a step.
  const std::uint64_t boundSteps = 1 + static_cast<std::uint64_t>(p_.skills) / 4;
  while (!stack_.empty()) {
    if (!s.more()) return false;
    ++s.used;
    Frame& f = stack_.back();
    const std::vector<int>& list = p_.byElement[f.element];
    if (f.next >= list.size()) {
      stack_.pop_back();
      if (!path_.empty()) path_.pop_back();
      continue;
    }
    const int o = static_cast<int>(list[f.next++]);
    const Key next = f.cost + p_.options[o].key;
    // Options are in key order: once one alone costs more than the best plan, so do the rest.
    if (found_ && next.primary > bestKey_.primary) {
      f.next = list.size();
      continue;
    }
    if (!p_.withinCap(next)) continue;
    const Mask rest = f.uncovered & ~p_.options[o].mask;
    path_.push_back(o);
    if (rest == 0) {
      keep(path_, next);
      path_.pop_back();
      continue;
    }
    s.used += boundSteps;
    // Prune what cannot beat the best plan: costs are whole units, so a bound is rounded up;
    // where it only ties on the primary measure, the secondary one decides.
    if (found_) {
      const double least = std::ceil(static_cast<double>(next.primary) + p_.lowerBound(rest) - 1e-6);
      const double best = static_cast<double>(bestKey_.primary);
      if (least > best ||
          (least == best && static_cast<double>(next.secondary) + p_.lowerBoundSecondary(rest) >
                                static_cast<double>(bestKey_.secondary) + 1e-6)) {
        path_.pop_back();
        continue;
      }
    }
    push(rest, next);
  }
  return true;
}

double BranchAndBound::provenBound() const {
  double bound = found_ ? static_cast<double>(bestKey_.primary) : static_cast<double>(kInfinite);
  for (const Frame& f : stack_)
    if (f.next < p_.byElement[f.element].size())
      bound = std::min(bound, static_cast<double>(f.cost.primary) + p_.lowerBound(f.uncovered));
  return bound;
}

}  // namespace core::search

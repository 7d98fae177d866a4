#include "plan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace core {

std::string_view nameOf(PlanGoal g) { return g == PlanGoal::LeastHours ? "hours" : "cost"; }

double planningHours(const Course& c, const PlanAssumptions& a, bool* estimated) {
  if (estimated) *estimated = !c.hours;
  if (c.hours) return c.hours->value;
  if (!c.level) return a.hoursUnknownLevel;
  switch (c.level->value) {
    case CourseLevel::Beginner: return a.hoursBeginner;
    case CourseLevel::Intermediate: return a.hoursIntermediate;
    default: return a.hoursAdvanced;
  }
}

double planningUsd(const Course& c, const PlanAssumptions& a, bool* estimated) {
  bool guess = false;
  double usd = 0;
  if (!c.price) {
    guess = true;
    usd = a.usdOneTime;
  } else if (c.price->model == PriceModel::Free || c.price->model == PriceModel::FreeAudit) {
    usd = 0;  // auditing teaches the same skills; a certificate is optional
  } else if (c.price->usd) {
    usd = *c.price->usd;
  } else {
    guess = true;
    usd = c.price->model == PriceModel::Subscription ? a.usdSubscription : a.usdOneTime;
  }
  if (estimated) *estimated = guess;
  return usd;
}

bool allowedByFilters(const Course& c, const PlanFilters& f) {
  if (f.skipLegacy && c.legacy) return false;
  if (f.freeOnly && (!c.price || (c.price->model != PriceModel::Free &&
                                  c.price->model != PriceModel::FreeAudit)))
    return false;
  if (c.level && static_cast<int>(c.level->value) > static_cast<int>(f.maxLevel)) return false;
  return true;
}

namespace {

using Mask = std::uint64_t;

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
  Key operator+(const Key& o) const {
    return {primary + o.primary, secondary + o.secondary, count + o.count};
  }
};
constexpr Key kInfinite{std::numeric_limits<std::int64_t>::max() / 4, 0, 0};

// One candidate course as the search sees it.
struct Option {
  const Course* course;
  Mask mask;
  Key key;
  std::int64_t tenthsOfHours, cents;
};

struct Problem {
  int skills = 0;  // k: coverable gap skills, bits 0..k-1
  std::vector<Option> options;
  std::vector<std::vector<int>> byElement;  // options covering each bit, cheapest first
  std::optional<std::int64_t> capCents;     // a budget to honour
  bool budgetIsPrimary = false;             // least cost: the cap applies to the primary key
};

std::int64_t centsOf(double usd) { return std::llround(usd * 100.0); }

// --- exact: dynamic programming over subsets of the gap (k <= kExactSkills) --------------------

// Minimises Key; the lowest uncovered skill must be covered by some chosen course, so only the
// options covering it are tried from each state (every cover is reachable that way).
std::vector<int> solveExact(const Problem& p, std::uint64_t& work) {
  const Mask full = (Mask{1} << p.skills) - 1;
  std::vector<Key> best(full + 1, kInfinite);
  std::vector<std::int32_t> via(full + 1, -1);
  std::vector<Mask> from(full + 1, 0);
  best[0] = Key{};
  for (Mask s = 0; s < full; ++s) {
    if (best[s].primary == kInfinite.primary) continue;
    const int e = __builtin_ctzll(~s & full);
    for (int o : p.byElement[e]) {
      ++work;
      const Mask t = s | p.options[o].mask;
      Key candidate = best[s] + p.options[o].key;
      if (candidate < best[t]) {
        best[t] = candidate;
        via[t] = o;
        from[t] = s;
      }
    }
  }
  std::vector<int> chosen;
  for (Mask s = full; s != 0 && via[s] >= 0; s = from[s]) chosen.push_back(via[s]);
  return chosen;
}

// Exact with a budget on the secondary measure (least hours within a price cap): each subset
// keeps its Pareto front of (hours, cents) instead of one best value.
std::vector<int> solveExactWithBudget(const Problem& p, std::uint64_t& work, bool& feasible) {
  struct Label {
    Key key;
    std::int32_t option, parent;  // parent: index into pool
  };
  const Mask full = (Mask{1} << p.skills) - 1;
  std::vector<Label> pool{{Key{}, -1, -1}};
  std::vector<std::vector<std::int32_t>> front(full + 1);
  front[0].push_back(0);
  const std::int64_t cap = *p.capCents;
  auto insert = [&](Mask t, const Label& l) {
    auto& f = front[t];
    for (std::int32_t i : f) {
      const Key& k = pool[i].key;
      if (k.primary <= l.key.primary && k.secondary <= l.key.secondary &&
          !(l.key < k))  // an existing label is at least as good on both: drop the new one
        return;
    }
    f.erase(std::remove_if(f.begin(), f.end(), [&](std::int32_t i) {
              const Key& k = pool[i].key;
              return l.key.primary <= k.primary && l.key.secondary <= k.secondary;
            }),
            f.end());
    pool.push_back(l);
    f.push_back(static_cast<std::int32_t>(pool.size() - 1));
  };
  for (Mask s = 0; s < full; ++s) {
    if (front[s].empty()) continue;
    const int e = __builtin_ctzll(~s & full);
    const std::vector<std::int32_t> labels = front[s];
    for (std::int32_t li : labels) {
      for (int o : p.byElement[e]) {
        ++work;
        Key k = pool[li].key + p.options[o].key;
        if (k.secondary > cap) continue;
        insert(s | p.options[o].mask, Label{k, o, li});
      }
    }
  }
  std::vector<int> chosen;
  feasible = !front[full].empty();
  if (!feasible) return chosen;
  std::int32_t bestLabel = front[full][0];
  for (std::int32_t i : front[full])
    if (pool[i].key < pool[bestLabel].key) bestLabel = i;
  for (std::int32_t i = bestLabel; pool[i].option >= 0; i = pool[i].parent)
    chosen.push_back(pool[i].option);
  return chosen;
}

// --- beyond kExactSkills: branch and bound with a work budget ---------------------------------

class BranchAndBound {
 public:
  BranchAndBound(const Problem& p, std::uint64_t budget) : p_(p), budget_(budget) {
    const int k = p.skills;
    minPrimary_.assign(k, std::numeric_limits<double>::infinity());
    minShare_.assign(k, std::numeric_limits<double>::infinity());
    for (const Option& o : p.options) {
      const double share = static_cast<double>(o.key.primary) / __builtin_popcountll(o.mask);
      for (int e = 0; e < k; ++e) {
        if (!(o.mask >> e & 1)) continue;
        minPrimary_[e] = std::min(minPrimary_[e], static_cast<double>(o.key.primary));
        minShare_[e] = std::min(minShare_[e], share);
      }
    }
    // Branch on the skill with the fewest options first: the narrowest choice.
    for (int e = 0; e < k; ++e) order_.push_back(e);
    std::stable_sort(order_.begin(), order_.end(), [&](int a, int b) {
      return p.byElement[a].size() < p.byElement[b].size();
    });
  }

  // A valid lower bound on the primary cost of covering `uncovered`: any cover pays at least the
  // dearest single skill's cheapest option, and at least each skill's cheapest share of an option.
  double lowerBound(Mask uncovered) const {
    double sum = 0, most = 0;
    for (int e = 0; e < p_.skills; ++e) {
      if (!(uncovered >> e & 1)) continue;
      sum += minShare_[e];
      most = std::max(most, minPrimary_[e]);
    }
    return std::max(sum, most);
  }

  void run(const std::vector<int>& start) {
    if (!start.empty() || p_.skills == 0) keep(start);
    std::vector<int> path;
    const Mask full = p_.skills == 64 ? ~Mask{0} : (Mask{1} << p_.skills) - 1;
    search(full, Key{}, path);
  }

  bool complete() const { return !outOfWork_; }
  std::uint64_t work() const { return work_; }
  const std::vector<int>& best() const { return best_; }
  bool found() const { return found_; }

 private:
  void keep(const std::vector<int>& chosen) {
    Key k{};
    for (int o : chosen) k = k + p_.options[o].key;
    if (p_.capCents && k.secondary > *p_.capCents && !p_.budgetIsPrimary) return;
    if (!found_ || k < bestKey_) {
      bestKey_ = k;
      best_ = chosen;
      found_ = true;
    }
  }

  void search(Mask uncovered, Key cost, std::vector<int>& path) {
    if (outOfWork_) return;
    if (++work_ > budget_) {
      outOfWork_ = true;
      return;
    }
    if (uncovered == 0) {
      keep(path);
      return;
    }
    // Prune only what cannot tie: an equal primary cost may still win on the secondary.
    if (found_ && static_cast<double>(cost.primary) + lowerBound(uncovered) >
                      static_cast<double>(bestKey_.primary) + 1e-6)
      return;
    int e = 0;
    for (int candidate : order_)
      if (uncovered >> candidate & 1) {
        e = candidate;
        break;
      }
    for (int o : p_.byElement[e]) {
      Key next = cost + p_.options[o].key;
      if (p_.capCents && !p_.budgetIsPrimary && next.secondary > *p_.capCents) continue;
      path.push_back(o);
      search(uncovered & ~p_.options[o].mask, next, path);
      path.pop_back();
    }
  }

  const Problem& p_;
  std::uint64_t budget_, work_ = 0;
  bool outOfWork_ = false, found_ = false;
  std::vector<double> minPrimary_, minShare_;
  std::vector<int> order_;
  std::vector<int> best_;
  Key bestKey_{};
};

// The classic greedy: repeatedly the option with the lowest cost per newly covered skill.
std::vector<int> greedyCover(const Problem& p) {
  Mask uncovered = p.skills == 64 ? ~Mask{0} : (Mask{1} << p.skills) - 1;
  std::vector<int> chosen;
  while (uncovered) {
    int pick = -1;
    double bestRatio = 0;
    for (int o = 0; o < static_cast<int>(p.options.size()); ++o) {
      const int gain = __builtin_popcountll(p.options[o].mask & uncovered);
      if (!gain) continue;
      const double ratio = static_cast<double>(p.options[o].key.primary) / gain;
      if (pick < 0 || ratio < bestRatio) pick = o, bestRatio = ratio;
    }
    if (pick < 0) break;
    chosen.push_back(pick);
    uncovered &= ~p.options[pick].mask;
  }
  return chosen;
}

// --- study order ------------------------------------------------------------------------------

int teachesAt(const Course& c, std::string_view skill) {
  for (const SkillTaught& t : c.teaches)
    if (t.skill == skill) return t.level;
  return 0;
}

// Beginner before intermediate before advanced; and where two courses teach the same skill,
// the one teaching it at a lower level first (the other builds on it). Ties by id.
void orderForStudy(std::vector<PlannedCourse>& courses) {
  const std::size_t n = courses.size();
  auto rank = [](const Course& c) { return c.level ? static_cast<int>(c.level->value) : 1; };
  std::vector<std::vector<bool>> before(n, std::vector<bool>(n, false));
  std::vector<int> indegree(n, 0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      for (const SkillTaught& t : courses[a].course->teaches) {
        const int other = teachesAt(*courses[b].course, t.skill);
        if (other > t.level) {
          before[a][b] = true;
          break;
        }
      }
    }
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b)
      if (before[a][b]) ++indegree[b];
  std::vector<PlannedCourse> ordered;
  std::vector<bool> placed(n, false);
  auto preferred = [&](std::size_t a, std::size_t b) {
    const Course& ca = *courses[a].course;
    const Course& cb = *courses[b].course;
    if (rank(ca) != rank(cb)) return rank(ca) < rank(cb);
    return ca.id < cb.id;
  };
  for (std::size_t step = 0; step < n; ++step) {
    std::size_t pick = n;
    // The preferred course whose prerequisites are placed; on a cycle, the preferred of all.
    for (int pass = 0; pass < 2 && pick == n; ++pass)
      for (std::size_t i = 0; i < n; ++i)
        if (!placed[i] && (pass == 1 || indegree[i] == 0) && (pick == n || preferred(i, pick)))
          pick = i;
    placed[pick] = true;
    for (std::size_t b = 0; b < n; ++b)
      if (before[pick][b]) --indegree[b];
    ordered.push_back(courses[pick]);
  }
  courses = std::move(ordered);
}

}  // namespace

Plan planFor(const Catalog& catalog, const Role& role, const Ratings& ratings, PlanGoal goal,
             const PlanFilters& filters, const PlanAssumptions& assumptions,
             std::uint64_t searchBudget) {
  Plan plan;
  std::vector<const Course*> allowed;
  for (const Course& c : catalog.courses)
    if (allowedByFilters(c, filters)) allowed.push_back(&c);
  // Ids, not file order, decide ties: the same data in any order gives the same plan.
  std::sort(allowed.begin(), allowed.end(),
            [](const Course* a, const Course* b) { return a->id < b->id; });

  // The gap, and for each skill the level a plan aims for.
  std::vector<int> target;        // per coverable skill
  std::vector<std::string> bits;  // coverable skill ids, bit order
  for (const SkillNeed& need : role.skills) {
    const int have = ratingOf(ratings, need.skill);
    if (have >= need.level) continue;
    SkillGap gap{need.skill, have, need.level, 0};
    for (const Course* c : allowed) gap.reachable = std::max(gap.reachable, teachesAt(*c, need.skill));
    plan.gap.push_back(gap);
    if (gap.reachable <= have) {
      plan.uncoverable.push_back(need.skill);
      continue;
    }
    if (gap.reachable < need.level) plan.shortOfLevel.push_back(need.skill);
    if (bits.size() == 64) {  // the loader caps a role at 64 skills; defensive only
      plan.uncoverable.push_back(need.skill);
      continue;
    }
    bits.push_back(need.skill);
    target.push_back(std::min(need.level, gap.reachable));
  }

  Problem p;
  p.skills = static_cast<int>(bits.size());
  if (filters.budgetUsd) {
    p.capCents = centsOf(*filters.budgetUsd);
    p.budgetIsPrimary = goal == PlanGoal::LeastCost;
  }
  // One option per distinct set of skills, the cheapest — unless a price cap constrains the
  // other measure, where a slower but cheaper course with the same skills may be the answer.
  const bool dedupe = !p.capCents || p.budgetIsPrimary;
  std::unordered_map<Mask, int> byMask;
  for (const Course* c : allowed) {
    Mask m = 0;
    for (std::size_t b = 0; b < bits.size(); ++b)
      if (teachesAt(*c, bits[b]) >= target[b]) m |= Mask{1} << b;
    if (!m) continue;
    const std::int64_t tenths = std::llround(planningHours(*c, assumptions) * 10.0);
    const std::int64_t cents = centsOf(planningUsd(*c, assumptions));
    Option o{c, m,
             goal == PlanGoal::LeastHours ? Key{tenths, cents, 1} : Key{cents, tenths, 1},
             tenths, cents};
    if (!dedupe) {
      p.options.push_back(o);
      continue;
    }
    auto [it, fresh] = byMask.emplace(m, static_cast<int>(p.options.size()));
    if (fresh) p.options.push_back(o);
    else if (o.key < p.options[it->second].key) p.options[it->second] = o;
  }
  p.byElement.assign(p.skills, {});
  for (int o = 0; o < static_cast<int>(p.options.size()); ++o)
    for (int e = 0; e < p.skills; ++e)
      if (p.options[o].mask >> e & 1) p.byElement[e].push_back(o);
  for (auto& list : p.byElement)
    std::stable_sort(list.begin(), list.end(),
                     [&](int a, int b) { return p.options[a].key < p.options[b].key; });
  std::vector<int> chosen;
  if (p.skills > 0 && p.skills <= kExactSkills) {
    if (p.capCents && goal == PlanGoal::LeastHours) {
      bool feasible = false;
      chosen = solveExactWithBudget(p, plan.work, feasible);
      if (!feasible) {
        plan.overBudget = true;  // show the cheapest plan, flagged, rather than nothing
        p.capCents.reset();
        Problem cheapest = p;
        for (Option& o : cheapest.options) o.key = Key{o.cents, o.tenthsOfHours, 1};
        chosen = solveExact(cheapest, plan.work);
      }
    } else {
      chosen = solveExact(p, plan.work);
    }
  } else if (p.skills > kExactSkills) {
    BranchAndBound search(p, searchBudget);
    const Mask full = p.skills == 64 ? ~Mask{0} : (Mask{1} << p.skills) - 1;
    const double unit = goal == PlanGoal::LeastHours ? 10.0 : 100.0;  // tenths of hours, cents
    plan.lowerBound = search.lowerBound(full) / unit;
    search.run(greedyCover(p));
    plan.work = search.work();
    plan.optimal = search.complete();
    chosen = search.best();
    if (!search.found()) {
      plan.overBudget = true;
      chosen = greedyCover(p);
    }
  }

  for (int o : chosen) {
    PlannedCourse pc;
    pc.course = p.options[o].course;
    pc.hours = planningHours(*pc.course, assumptions, &pc.hoursEstimated);
    pc.usd = planningUsd(*pc.course, assumptions, &pc.usdEstimated);
    for (int e = 0; e < p.skills; ++e)
      if (p.options[o].mask >> e & 1) pc.closes.push_back(bits[e]);
    plan.totalHours += pc.hours;
    plan.totalUsd += pc.usd;
    plan.anyEstimate = plan.anyEstimate || pc.hoursEstimated || pc.usdEstimated;
    plan.courses.push_back(std::move(pc));
  }
  orderForStudy(plan.courses);
  if (plan.optimal) plan.lowerBound = goal == PlanGoal::LeastHours ? plan.totalHours : plan.totalUsd;
  if (p.capCents && goal == PlanGoal::LeastCost && centsOf(plan.totalUsd) > *p.capCents)
    plan.overBudget = true;
  return plan;
}

}  // namespace core

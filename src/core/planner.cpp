#include "planner.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

#include "hash_map.h"
#include "plan_search.h"
#include "stable_sort.h"

namespace core {

using search::Key;
using search::Mask;
using search::Option;
using search::Slice;

namespace {

// A taught skill looked up by id (a string hash) costs a few search steps.
constexpr std::uint64_t kLookupSteps = 4;

std::int64_t centsOf(double usd) { return std::llround(usd * 100.0); }

// What the planner is doing. Setup (Scan to Greedy) is linear in the data and always finishes;
// Search is what the work budget limits.
enum class Phase { Scan, Options, Sort, Index, Greedy, Search, Done };
// Which solver the search runs. A price cap with "least hours" first solves without the cap:
// when that optimum fits the budget it is the answer (the usual case, and cheap); otherwise it
// is a proven lower bound while the Pareto search runs.
enum class Stage { Exact, Uncapped, Pareto, Cheapest, Branch };

}  // namespace

struct Planner::Impl {
  const Catalog& catalog;
  const Role& role;
  Ratings ratings;
  PlanGoal goal;
  PlanFilters filters;
  PlanAssumptions assumptions;
  PlanLimits limits;

  Phase phase = Phase::Scan;
  Stage stage = Stage::Exact;
  std::size_t cursor = 0;
  std::uint64_t work = 0, searchUsed = 0;
  bool complete = false;  // the search finished (not cut short by the budget)

  // Setup.
  HashMap<std::string_view, int> needOf;  // skill id -> index into role.skills
  std::vector<int> reachable;                         // per role skill
  std::vector<int> reachableUnfiltered;               // per role skill, filters aside
  std::vector<const Course*> exams;                   // exams for the role's skills
  std::vector<const Course*> allowed;
  std::vector<std::string> bits;                      // coverable skill ids, bit order
  std::vector<int> target;                            // per bit: the level aimed for
  HashMap<std::string_view, int> bitOf;
  HashMap<Mask, int> byMask;
  std::vector<Option> unsorted;
  search::Problem p;
  search::SlicedSort sort;

  // Search.
  std::unique_ptr<search::Greedy> greedyMain, greedyCheap;
  std::unique_ptr<search::SubsetDp> dp;
  std::unique_ptr<search::ParetoDp> pareto;
  std::unique_ptr<search::BranchAndBound> bnb;
  double uncappedOptimum = 0;  // primary units; a lower bound for the capped problem

  // The best plan so far.
  std::vector<int> incumbent;
  Key incumbentKey;
  bool haveIncumbent = false, incumbentChanged = false;
  Plan plan;

  Impl(const Catalog& c, const Role& r, const Ratings& rt, PlanGoal g, const PlanFilters& f,
       const PlanAssumptions& a, PlanLimits l)
      : catalog(c), role(r), ratings(rt), goal(g), filters(f), assumptions(a), limits(l) {
    for (std::size_t i = 0; i < role.skills.size(); ++i) needOf.emplace(role.skills[i].skill, static_cast<int>(i));
    reachable.assign(role.skills.size(), 0);
    reachableUnfiltered.assign(role.skills.size(), 0);
    plan.planning = true;
    plan.optimal = false;
  }

  bool feasible(const Key& k) const {
    return !p.capCents || (p.budgetIsPrimary ? k.primary <= *p.capCents : k.secondary <= *p.capCents);
  }

  Key costFirst(const Key& k) const { return p.budgetIsPrimary ? k : Key{k.secondary, k.primary, k.count}; }

  // A plan within the budget beats one over it; among those within, the lower key wins, and
  // among those over it, the cheaper (the plan shown when nothing fits).
  void offer(const std::vector<int>& chosen, const Key& k) {
    if (haveIncumbent) {
      const bool a = feasible(k), b = feasible(incumbentKey);
      const bool better = a != b ? a : a ? k < incumbentKey : costFirst(k) < costFirst(incumbentKey);
      if (!better) return;
    }
    incumbent = chosen;
    incumbentKey = k;
    haveIncumbent = incumbentChanged = true;
  }

  // --- setup ---------------------------------------------------------------------------------

  void scan(Slice& s) {
    while (cursor < catalog.courses.size()) {
      if (!s.more()) return;
      const Course& c = catalog.courses[cursor++];
      s.used += 1 + kLookupSteps * c.teaches.size();
      if (!teachesForPlan(c)) {
        exams.push_back(&c);
        continue;
      }
      const bool ok = allowedByFilters(c, filters);
      if (ok) allowed.push_back(&c);
      for (const SkillTaught& t : c.teaches) {
        auto it = needOf.find(t.skill);
        if (it == needOf.end()) continue;
        int& any = reachableUnfiltered[it->second];
        any = std::max(any, t.level);
        if (ok) reachable[it->second] = std::max(reachable[it->second], t.level);
      }
    }
    defineGap();
    nameExams();
    cursor = 0;
    phase = Phase::Options;
  }

  // The gap, and for each skill the level a plan aims for.
  void defineGap() {
    for (std::size_t i = 0; i < role.skills.size(); ++i) {
      const SkillNeed& need = role.skills[i];
      const int have = ratingOf(ratings, need.skill);
      if (have >= need.level) continue;
      if (needOf.find(need.skill)->second != static_cast<int>(i)) continue;  // a skill listed twice
      SkillGap gap{need.skill, have, need.level, reachable[i]};
      plan.gap.push_back(gap);
      if (gap.reachable <= have || bits.size() == 64) {  // the loader caps a role at 64 skills
        plan.uncoverable.push_back(need.skill);
        if (reachableUnfiltered[i] > have && gap.reachable <= have)
          plan.excludedByFilters.push_back(need.skill);
        continue;
      }
      if (gap.reachable < need.level) plan.shortOfLevel.push_back(need.skill);
      bitOf.emplace(need.skill, static_cast<int>(bits.size()));
      bits.push_back(need.skill);
      target.push_back(std::min(need.level, gap.reachable));
    }
    p.skills = static_cast<int>(bits.size());
    p.full = p.skills == 64 ? ~Mask{0} : (Mask{1} << p.skills) - 1;
    if (filters.budgetUsd) {
      p.capCents = centsOf(*filters.budgetUsd);
      p.budgetIsPrimary = goal == PlanGoal::LeastCost;
    }
  }

  // The exams that certify a gap skill, by id, a few at most. Linear in the exams' skills.
  void nameExams() {
    std::vector<const Course*> named;
    for (const Course* e : exams) {
      bool relevant = false;
      for (const SkillTaught& t : e->teaches)
        for (const SkillGap& g : plan.gap)
          if (!relevant && t.skill == g.skill && t.level > g.have) relevant = true;
      if (relevant) named.push_back(e);
    }
    stableSort(named, [](const Course* a, const Course* b) { return a->id < b->id; });
    if (named.size() > kMaxExamsNamed) named.resize(kMaxExamsNamed);
    plan.exams = std::move(named);
    exams = {};
  }

  void buildOptions(Slice& s) {
    // One option per distinct set of skills, the cheapest — unless a price cap constrains the
    // other measure, where a slower but cheaper course with the same skills may be the answer.
    const bool dedupe = !p.capCents || p.budgetIsPrimary;
    while (cursor < allowed.size()) {
      if (!s.more()) return;
      const Course* c = allowed[cursor++];
      s.used += 1 + kLookupSteps * c->teaches.size();
      Mask m = 0;
      for (const SkillTaught& t : c->teaches) {
        auto it = bitOf.find(t.skill);
        if (it != bitOf.end() && t.level >= target[it->second]) m |= Mask{1} << it->second;
      }
      if (!m) continue;
      // Read once: a duration is parsed from its text (bounded by the loader's string limit).
      const CourseEstimate e = estimateCourse(*c, assumptions);
      const std::int64_t tenths = std::llround(e.hours.mid() * 10.0);
      const std::int64_t cents = planningCents(e);
      Option o{c, m, goal == PlanGoal::LeastHours ? Key{tenths, cents, 1} : Key{cents, tenths, 1},
               tenths, cents};
      if (!dedupe) {
        unsorted.push_back(o);
        continue;
      }
      auto [it, fresh] = byMask.emplace(m, static_cast<int>(unsorted.size()));
      if (fresh) unsorted.push_back(o);
      else if (before(o, unsorted[it->second])) unsorted[it->second] = o;
    }
    std::vector<int> order(unsorted.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    sort.start(std::move(order));
    phase = Phase::Sort;
  }

  // Ids, not file order, decide ties: the same data in any order gives the same plan.
  static bool before(const Option& a, const Option& b) {
    if (!(a.key == b.key)) return a.key < b.key;
    return a.course->id < b.course->id;
  }

  void sortOptions(Slice& s) {
    if (!sort.run(s, [&](int a, int b) { return before(unsorted[a], unsorted[b]); })) return;
    cursor = 0;
    p.byElement.assign(p.skills, {});
    p.minPrimary.assign(p.skills, std::numeric_limits<double>::infinity());
    p.minShare.assign(p.skills, std::numeric_limits<double>::infinity());
    p.minSecondary.assign(p.skills, std::numeric_limits<double>::infinity());
    p.minShareSecondary.assign(p.skills, std::numeric_limits<double>::infinity());
    p.options.reserve(unsorted.size());
    phase = Phase::Index;
  }

  void index(Slice& s) {
    const std::vector<int>& order = sort.items();
    while (cursor < order.size()) {
      if (!s.more()) return;
      const Option& o = unsorted[order[cursor++]];
      const int at = static_cast<int>(p.options.size());
      p.options.push_back(o);
      const int covers = __builtin_popcountll(o.mask);
      const double share = static_cast<double>(o.key.primary) / covers;
      const double shareSecondary = static_cast<double>(o.key.secondary) / covers;
      for (Mask m = o.mask; m; m &= m - 1) {
        const int e = __builtin_ctzll(m);
        ++s.used;
        p.byElement[e].push_back(at);
        p.minPrimary[e] = std::min(p.minPrimary[e], static_cast<double>(o.key.primary));
        p.minShare[e] = std::min(p.minShare[e], share);
        p.minSecondary[e] = std::min(p.minSecondary[e], static_cast<double>(o.key.secondary));
        p.minShareSecondary[e] = std::min(p.minShareSecondary[e], shareSecondary);
      }
    }
    unsorted = {};
    byMask = {};
    greedyMain = std::make_unique<search::Greedy>(p, false);
    if (p.capCents && !p.budgetIsPrimary) greedyCheap = std::make_unique<search::Greedy>(p, true);
    phase = Phase::Greedy;
  }

  void greedy(Slice& s) {
    if (!greedyMain->run(s)) return;
    if (greedyCheap && !greedyCheap->run(s)) return;
    offer(greedyMain->chosen(), p.keyOf(greedyMain->chosen()));
    if (greedyCheap) offer(greedyCheap->chosen(), p.keyOf(greedyCheap->chosen()));
    greedyMain.reset();
    greedyCheap.reset();
    if (p.skills == 0) {
      finish(true);
      return;
    }
    if (limits.forceBranchAndBound || p.skills > kExactSkills || !exactFits()) {
      stage = Stage::Branch;
      bnb = std::make_unique<search::BranchAndBound>(
          p, haveIncumbent && feasible(incumbentKey) ? incumbent : std::vector<int>{});
    } else {
      stage = p.capCents && !p.budgetIsPrimary ? Stage::Uncapped : Stage::Exact;
      dp = std::make_unique<search::SubsetDp>(p, false);
    }
    phase = Phase::Search;
  }

  // --- search --------------------------------------------------------------------------------

  // Whether the exact search can finish within the budget: it tries, from each of the 2^k
  // subsets, the options covering one skill (on average entries/k of them). When it cannot
  // (thousands of courses each teaching half the gap), branch and bound, which prunes with the
  // best plan so far, usually proves the optimum long before the exact search would.
  bool exactFits() const {
    std::uint64_t entries = 0;
    for (const auto& list : p.byElement) entries += list.size();
    const double estimate = std::ldexp(static_cast<double>(entries) / p.skills, p.skills);
    return estimate <= static_cast<double>(limits.searchBudget);
  }

  void searchSlice(Slice& s) {
    const std::uint64_t left = limits.searchBudget > searchUsed ? limits.searchBudget - searchUsed : 0;
    Slice sub{std::min(s.limit - s.used, left), 0};
    const bool done = runStage(sub);
    s.used += sub.used;
    searchUsed += sub.used;
    if (!done && searchUsed >= limits.searchBudget) finish(false);
  }

  // Returns true when the whole search is finished.
  bool runStage(Slice& s) {
    switch (stage) {
      case Stage::Exact:
      case Stage::Uncapped: {
        const bool done = dp->run(s);
        // Without a cap on the secondary measure every cover counts (least cost over its cap is
        // still the cheapest plan); the uncapped pass offers only what fits the budget.
        if (dp->reached() && (stage == Stage::Exact || feasible(dp->bestKey())))
          offer(dp->solution(), dp->bestKey());
        if (!done) return false;
        if (stage == Stage::Exact || feasible(dp->bestKey())) return finish(true);
        uncappedOptimum = static_cast<double>(dp->bestKey().primary);
        dp.reset();
        pareto = std::make_unique<search::ParetoDp>(p);
        stage = Stage::Pareto;
        return false;
      }
      case Stage::Pareto: {
        const bool done = pareto->run(s);
        if (pareto->reached()) offer(pareto->solution(), pareto->bestKey());
        if (!done) return false;
        if (pareto->outOfLabels()) return finish(false);
        if (pareto->reached()) return finish(true);
        // Nothing fits the budget: show the cheapest plan, flagged.
        pareto.reset();
        dp = std::make_unique<search::SubsetDp>(p, true);
        stage = Stage::Cheapest;
        return false;
      }
      case Stage::Cheapest: {
        if (!dp->run(s)) return false;
        incumbent = dp->solution();
        incumbentKey = p.keyOf(incumbent);
        haveIncumbent = incumbentChanged = true;
        return finish(true);
      }
      case Stage::Branch: {
        const bool done = bnb->run(s);
        if (bnb->found()) offer(bnb->best(), bnb->bestKey());
        return done ? finish(true) : false;
      }
    }
    return false;
  }

  bool finish(bool proven) {
    complete = proven;
    phase = Phase::Done;
    return true;
  }

  // A proven lower bound on the optimum's primary cost, in integer units.
  double bound() const {
    if (phase != Phase::Greedy && phase != Phase::Search && phase != Phase::Done) return 0;  // setup
    double b = p.skills ? p.lowerBound(p.full) : 0;
    {
      if (stage == Stage::Pareto) b = std::max(b, uncappedOptimum);
      if (stage == Stage::Branch && bnb) b = std::max(b, std::min(bnb->provenBound(), static_cast<double>(search::kInfinite)));
    }
    return b;
  }

  // The bound on cost in dollars of known prices. The search's cost counts each course of
  // unknown price as kUnknownCostCents: a bound of u such courses and c cents says that plans
  // with u of them cost at least c; it says nothing in dollars about a plan with more.
  double knownCostBound() const {
    const double b = bound();
    const auto unknownAtLeast = static_cast<int>(b / static_cast<double>(kUnknownCostCents));
    if (haveIncumbent && unknownAtLeast != plan.unknownCost) return 0;
    return (b - unknownAtLeast * static_cast<double>(kUnknownCostCents)) / 100.0;
  }

  // --- the plan shown ------------------------------------------------------------------------

  void publish() {
    if (incumbentChanged) {
      incumbentChanged = false;
      plan.courses.clear();
      plan.totalHours = plan.totalUsd = 0;
      plan.hoursSpan = plan.usdSpan = Span{};
      plan.hoursEstimated = plan.usdEstimated = plan.anyEstimate = plan.hoursApproximate = false;
      plan.unknownCost = 0;
      for (int o : incumbent) {
        PlannedCourse pc;
        pc.course = p.options[o].course;
        const CourseEstimate e = estimateCourse(*pc.course, assumptions);
        pc.hoursSpan = e.hours;
        pc.hours = e.hours.mid();
        pc.hoursEstimated = e.hoursEstimated();
        pc.hoursApproximate = e.hoursApproximate;
        pc.usdUnknown = !e.usd;
        pc.usdSpan = e.usd.value_or(Span{});
        pc.usd = pc.usdSpan.max;
        pc.usdEstimated = pc.usdUnknown || e.usdEstimated;
        for (int b = 0; b < p.skills; ++b)
          if (p.options[o].mask >> b & 1) pc.closes.push_back(bits[b]);
        plan.totalHours += pc.hours;
        plan.totalUsd += pc.usd;
        plan.hoursSpan += pc.hoursSpan;
        plan.usdSpan += pc.usdSpan;
        plan.hoursEstimated = plan.hoursEstimated || pc.hoursEstimated;
        plan.hoursApproximate = plan.hoursApproximate || pc.hoursApproximate;
        plan.usdEstimated = plan.usdEstimated || pc.usdEstimated;
        plan.unknownCost += pc.usdUnknown;
        plan.courses.push_back(std::move(pc));
      }
      plan.anyEstimate = plan.hoursEstimated || plan.usdEstimated;
      orderForStudy(plan.courses);
    }
    const bool hours = goal == PlanGoal::LeastHours;
    plan.planning = phase != Phase::Done;
    plan.optimal = phase == Phase::Done && complete;
    plan.overBudget = haveIncumbent && !feasible(incumbentKey);
    plan.lowerBound = plan.optimal ? (hours ? plan.totalHours : plan.totalUsd)
                                   : hours ? bound() / 10.0 : knownCostBound();
    plan.work = work;
  }

  bool step(std::uint64_t steps) {
    Slice s{steps, 0};
    while (phase != Phase::Done && s.more()) {
      switch (phase) {
        case Phase::Scan: scan(s); break;
        case Phase::Options: buildOptions(s); break;
        case Phase::Sort: sortOptions(s); break;
        case Phase::Index: index(s); break;
        case Phase::Greedy: greedy(s); break;
        case Phase::Search: searchSlice(s); break;
        case Phase::Done: break;
      }
    }
    work += s.used;
    publish();
    return phase == Phase::Done;
  }
};

Planner::Planner(const Catalog& catalog, const Role& role, const Ratings& ratings, PlanGoal goal,
                 const PlanFilters& filters, const PlanAssumptions& assumptions, PlanLimits limits)
    : impl_(std::make_unique<Impl>(catalog, role, ratings, goal, filters, assumptions, limits)) {}
Planner::~Planner() = default;

bool Planner::step(std::uint64_t steps) { return impl_->step(steps); }
bool Planner::finished() const { return impl_->phase == Phase::Done; }
const Plan& Planner::plan() const { return impl_->plan; }
std::uint64_t Planner::work() const { return impl_->work; }

}  // namespace core

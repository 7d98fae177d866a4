// The planner: hand-made cases, and its optimum and proven bounds against brute force on seeded
// random instances, for every solver path (exact, Pareto, branch and bound) and any work budget.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "plan.h"
#include "planner.h"
#include "test_helpers.h"

using core::Catalog;
using core::Course;
using core::CourseLevel;
using core::Plan;
using core::PlanFilters;
using core::PlanGoal;

namespace {

Course course(std::string id, std::vector<core::SkillTaught> teaches, std::optional<double> hours,
              std::optional<double> usd, CourseLevel level = CourseLevel::Beginner) {
  Course c;
  c.id = c.title = std::move(id);
  c.provider = "P";
  c.teaches = std::move(teaches);
  if (hours) c.hours = core::Hours{{*hours, core::Confidence::Article, ""}};
  c.level = core::Fact<CourseLevel>{level, core::Confidence::Article, ""};
  core::Price p;
  p.model = usd && *usd == 0 ? core::PriceModel::Free : core::PriceModel::OneTime;
  p.usd = usd;
  c.price = p;
  return c;
}

Catalog catalogWith(std::vector<std::string> skills, std::vector<core::SkillNeed> needs,
                    std::vector<Course> courses) {
  Catalog c;
  for (auto& s : skills) c.skills.push_back({s, s, core::SkillCategory::Technical, s});
  core::Role r;
  r.id = "role";
  r.title = "Role";
  r.skills = std::move(needs);
  c.roles.push_back(r);
  c.courses = std::move(courses);
  c.rebuildIndex();
  return c;
}

std::vector<std::string> ids(const Plan& p) {
  std::vector<std::string> out;
  for (const auto& pc : p.courses) out.push_back(pc.course->id);
  return out;
}

std::vector<std::string> sortedIds(const Plan& p) {
  auto out = ids(p);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("plan: the least-hours cover, not the greedy one") {
  // Greedy takes "big" (covers 3 skills for 10 h, 3.3 h/skill) and then needs another; the
  // optimum is two 4-hour courses.
  Catalog c = catalogWith({"a", "b", "c", "d"}, {{"a", 1, 1}, {"b", 1, 1}, {"c", 1, 1}, {"d", 1, 1}},
                          {course("big", {{"a", 1}, {"b", 1}, {"c", 1}}, 9, 0),
                           course("ab", {{"a", 1}, {"b", 1}}, 4, 0),
                           course("cd", {{"c", 1}, {"d", 1}}, 4, 0),
                           course("d", {{"d", 1}}, 4, 0)});
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  CHECK(sortedIds(p) == std::vector<std::string>{"ab", "cd"});
  CHECK(p.totalHours == 8);
  CHECK(p.optimal);
  CHECK(p.lowerBound == 8);
}

TEST_CASE("plan: least cost and least hours choose differently") {
  Catalog c = catalogWith({"a"}, {{"a", 2, 1}},
                          {course("fast", {{"a", 2}}, 5, 100), course("cheap", {{"a", 2}}, 30, 0)});
  CHECK(ids(core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {})) ==
        std::vector<std::string>{"fast"});
  CHECK(ids(core::planFor(c, c.roles[0], {}, PlanGoal::LeastCost, {})) ==
        std::vector<std::string>{"cheap"});
}

TEST_CASE("plan: skills already at the role's level are not in the gap") {
  Catalog c = catalogWith({"a", "b"}, {{"a", 2, 1}, {"b", 1, 1}},
                          {course("a", {{"a", 2}}, 5, 0), course("b", {{"b", 1}}, 5, 0)});
  Plan p = core::planFor(c, c.roles[0], {{"a", 2}}, PlanGoal::LeastHours, {});
  CHECK(ids(p) == std::vector<std::string>{"b"});
  REQUIRE(p.gap.size() == 1);
  CHECK(p.gap[0].skill == "b");
}

TEST_CASE("plan: uncoverable skills are named and the rest is still planned") {
  Catalog c = catalogWith({"a", "b", "c"}, {{"a", 1, 1}, {"b", 1, 1}, {"c", 3, 1}},
                          {course("a", {{"a", 1}}, 5, 0), course("c1", {{"c", 1}}, 5, 0)});
  Plan p = core::planFor(c, c.roles[0], {{"c", 1}}, PlanGoal::LeastHours, {});
  CHECK(p.uncoverable == std::vector<std::string>{"b", "c"});  // c: no course goes above 1
  CHECK(ids(p) == std::vector<std::string>{"a"});
}

TEST_CASE("plan: a skill courses teach only below the role's level is aimed at what they reach") {
  Catalog c = catalogWith({"a"}, {{"a", 3, 1}},
                          {course("a1", {{"a", 1}}, 2, 0), course("a2", {{"a", 2}}, 10, 0)});
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  CHECK(ids(p) == std::vector<std::string>{"a2"});
  CHECK(p.shortOfLevel == std::vector<std::string>{"a"});
  CHECK(p.uncoverable.empty());
}

TEST_CASE("plan: filters — free only, level, legacy, budget") {
  Course legacy = course("old", {{"a", 1}}, 1, 0);
  legacy.legacy = core::Legacy{"retired", ""};
  Catalog c = catalogWith({"a"}, {{"a", 1, 1}},
                          {legacy, course("paid", {{"a", 1}}, 2, 50),
                           course("adv", {{"a", 1}}, 3, 0, CourseLevel::Advanced),
                           course("slowfree", {{"a", 1}}, 20, 0)});
  PlanFilters f;
  CHECK(ids(core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, f)) ==
        std::vector<std::string>{"paid"});
  f.skipLegacy = false;
  CHECK(ids(core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, f)) ==
        std::vector<std::string>{"old"});
  f.skipLegacy = true;
  f.freeOnly = true;
  CHECK(ids(core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, f)) ==
        std::vector<std::string>{"adv"});
  f.maxLevel = CourseLevel::Intermediate;
  CHECK(ids(core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, f)) ==
        std::vector<std::string>{"slowfree"});
  PlanFilters budget;
  budget.maxLevel = CourseLevel::Beginner;
  budget.budgetUsd = 10;  // "paid" ($50, 2 h) is out; the free 20-hour course is in
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, budget);
  CHECK(ids(p) == std::vector<std::string>{"slowfree"});
  CHECK_FALSE(p.overBudget);
}

TEST_CASE("plan: no plan within the budget is said, with the cheapest plan instead") {
  Catalog c = catalogWith({"a"}, {{"a", 1, 1}}, {course("paid", {{"a", 1}}, 2, 50)});
  PlanFilters f;
  f.budgetUsd = 10;
  for (PlanGoal goal : {PlanGoal::LeastHours, PlanGoal::LeastCost}) {
    Plan p = core::planFor(c, c.roles[0], {}, goal, f);
    CHECK(p.overBudget);
    CHECK(ids(p) == std::vector<std::string>{"paid"});
  }
}

TEST_CASE("plan: unstated hours are estimated and an unstated price is unknown, and both say so") {
  Catalog c = catalogWith({"a"}, {{"a", 1, 1}},
                          {course("x", {{"a", 1}}, std::nullopt, std::nullopt, CourseLevel::Intermediate)});
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  REQUIRE(p.courses.size() == 1);
  CHECK(p.courses[0].hoursEstimated);
  CHECK(p.courses[0].hours == core::PlanAssumptions{}.hoursIntermediate);
  CHECK(p.courses[0].usdEstimated);
  CHECK(p.courses[0].usdUnknown);
  CHECK(p.courses[0].usd == 0);  // never a guessed price
  CHECK(p.unknownCost == 1);
  CHECK(p.totalUsd == 0);
  CHECK(p.anyEstimate);
}

TEST_CASE("plan: study order — lower level first, and a skill's basics before its depth") {
  Catalog c = catalogWith(
      {"a", "b", "c"}, {{"a", 3, 1}, {"b", 1, 1}, {"c", 1, 1}},
      {course("deep", {{"a", 3}}, 5, 0, CourseLevel::Beginner),
       course("basics", {{"a", 1}, {"b", 1}}, 5, 0, CourseLevel::Intermediate),
       course("other", {{"c", 1}}, 5, 0, CourseLevel::Advanced)});
  // All three are needed. "basics" teaches a at 1 and "deep" at 3: basics first, even though
  // deep is the easier course; "other" is advanced: last.
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  CHECK(ids(p) == std::vector<std::string>{"basics", "deep", "other"});
}

TEST_CASE("plan: the data's order does not change the plan") {
  std::mt19937 rng(7);
  std::vector<Course> courses;
  for (int i = 0; i < 12; ++i)
    courses.push_back(course("c" + std::to_string(i), {{"a", 1 + i % 3}, {"b", 1}}, 5, 0));
  Catalog c1 = catalogWith({"a", "b"}, {{"a", 2, 1}, {"b", 1, 1}}, courses);
  std::shuffle(courses.begin(), courses.end(), rng);
  Catalog c2 = catalogWith({"a", "b"}, {{"a", 2, 1}, {"b", 1, 1}}, courses);
  CHECK(ids(core::planFor(c1, c1.roles[0], {}, PlanGoal::LeastHours, {})) ==
        ids(core::planFor(c2, c2.roles[0], {}, PlanGoal::LeastHours, {})));
}

// ---- brute force ------------------------------------------------------------------------------

namespace {

struct Cost {
  std::int64_t primary, secondary;
  int count;
  bool operator<(const Cost& o) const {
    return std::tie(primary, secondary, count) < std::tie(o.primary, o.secondary, o.count);
  }
  bool operator==(const Cost& o) const { return !(*this < o) && !(o < *this); }
};

Cost costOf(const std::vector<const Course*>& chosen, PlanGoal goal) {
  std::int64_t tenths = 0, cents = 0;
  core::PlanAssumptions a;
  for (const Course* c : chosen) {
    tenths += std::llround(core::planningHours(*c, a) * 10);
    cents += core::planningCents(*c, a);
  }
  int n = static_cast<int>(chosen.size());
  return goal == PlanGoal::LeastHours ? Cost{tenths, cents, n} : Cost{cents, tenths, n};
}

int taught(const Course& c, const std::string& skill) {
  int best = 0;
  for (const auto& t : c.teaches)
    if (t.skill == skill) best = std::max(best, t.level);
  return best;
}

// Every subset of the allowed courses; the best that raises every coverable gap skill to the
// level the planner aims for (the role's level, or the best any allowed course reaches).
std::optional<Cost> bruteForce(const Catalog& cat, const core::Ratings& ratings, PlanGoal goal,
                               const PlanFilters& f) {
  std::vector<const Course*> allowed;
  for (const Course& c : cat.courses)
    if (core::teachesForPlan(c) && core::allowedByFilters(c, f)) allowed.push_back(&c);
  std::vector<std::pair<std::string, int>> targets;
  for (const auto& need : cat.roles[0].skills) {
    int have = core::ratingOf(ratings, need.skill), reach = 0;
    if (have >= need.level) continue;
    for (const Course* c : allowed) reach = std::max(reach, taught(*c, need.skill));
    if (reach > have) targets.emplace_back(need.skill, std::min(reach, need.level));
  }
  std::optional<Cost> best;
  for (std::uint32_t subset = 0; subset < (1u << allowed.size()); ++subset) {
    std::vector<const Course*> chosen;
    for (std::size_t i = 0; i < allowed.size(); ++i)
      if (subset >> i & 1) chosen.push_back(allowed[i]);
    bool covers = std::all_of(targets.begin(), targets.end(), [&](const auto& t) {
      return std::any_of(chosen.begin(), chosen.end(),
                         [&](const Course* c) { return taught(*c, t.first) >= t.second; });
    });
    if (!covers) continue;
    Cost cost = costOf(chosen, goal);
    const std::int64_t cents = goal == PlanGoal::LeastHours ? cost.secondary : cost.primary;
    if (f.budgetUsd && cents > std::llround(*f.budgetUsd * 100)) continue;
    if (!best || cost < *best) best = cost;
  }
  return best;
}

Catalog randomInstance(std::mt19937& rng, int skills, int courses) {
  std::vector<std::string> names;
  std::vector<core::SkillNeed> needs;
  for (int s = 0; s < skills; ++s) {
    names.push_back("s" + std::to_string(s));
    needs.push_back({names.back(), 1 + static_cast<int>(rng() % 3), 1 + static_cast<int>(rng() % 3)});
  }
  std::vector<Course> list;
  for (int i = 0; i < courses; ++i) {
    std::vector<core::SkillTaught> teaches;
    for (int s = 0; s < skills; ++s)
      if (rng() % 3 == 0) teaches.push_back({names[s], 1 + static_cast<int>(rng() % 3)});
    std::optional<double> hours;
    if (rng() % 4) hours = 1 + rng() % 40;
    std::optional<double> usd;
    switch (rng() % 4) {
      case 0: usd = 0; break;
      case 1: break;  // not stated: estimated
      default: usd = 10 * (rng() % 20);
    }
    Course c = course("c" + std::to_string(i), teaches, hours, usd,
                      static_cast<CourseLevel>(rng() % 3));
    if (rng() % 6 == 0) c.legacy = core::Legacy{"old", ""};
    if (rng() % 9 == 0) c.kind = core::CourseKind::CertificationExam;  // never planned
    list.push_back(c);
  }
  return catalogWith(names, needs, list);
}

}  // namespace

TEST_CASE("plan: same optimum as brute force on 600 seeded random instances") {
  std::mt19937 rng(20261125);
  int withPlans = 0;
  for (int round = 0; round < 600; ++round) {
    const int skills = 1 + static_cast<int>(rng() % 8);
    const int courses = 1 + static_cast<int>(rng() % 12);
    Catalog cat = randomInstance(rng, skills, courses);
    core::Ratings ratings;
    for (const auto& s : cat.skills)
      if (rng() % 2) ratings[s.id] = static_cast<int>(rng() % 4);
    PlanGoal goal = rng() % 2 ? PlanGoal::LeastHours : PlanGoal::LeastCost;
    PlanFilters f;
    f.skipLegacy = rng() % 2;
    f.freeOnly = rng() % 5 == 0;
    f.maxLevel = static_cast<CourseLevel>(rng() % 3);
    if (rng() % 3 == 0) f.budgetUsd = 20.0 * (rng() % 15);

    Plan plan = core::planFor(cat, cat.roles[0], ratings, goal, f);
    auto expected = bruteForce(cat, ratings, goal, f);
    CAPTURE(round);
    if (!expected) {
      CHECK(plan.overBudget);  // only a budget can make a coverable gap unplannable
      continue;
    }
    ++withPlans;
    std::vector<const Course*> chosen;
    for (const auto& pc : plan.courses) chosen.push_back(pc.course);
    CHECK(!plan.overBudget);
    CHECK(plan.optimal);
    CHECK(costOf(chosen, goal) == *expected);
    // Determinism: planning again gives the same courses in the same order.
    CHECK(ids(core::planFor(cat, cat.roles[0], ratings, goal, f)) == ids(plan));
  }
  CHECK(withPlans > 300);
}

TEST_CASE("plan: beyond 20 gap skills, branch and bound returns a plan and a valid bound") {
  std::mt19937 rng(99);
  Catalog cat = randomInstance(rng, 26, 60);
  Plan plan = core::planFor(cat, cat.roles[0], {}, PlanGoal::LeastHours, {});
  REQUIRE(plan.gap.size() == 26);
  CHECK(!plan.courses.empty());
  CHECK(plan.lowerBound <= plan.totalHours + 1e-9);
  CHECK(plan.lowerBound > 0);
  // Every coverable skill is closed by some chosen course.
  std::size_t closed = 0;
  for (const auto& gap : plan.gap) {
    bool byPlan = false;
    for (const auto& pc : plan.courses)
      byPlan = byPlan || std::find(pc.closes.begin(), pc.closes.end(), gap.skill) != pc.closes.end();
    closed += byPlan;
  }
  CHECK(closed + plan.uncoverable.size() == plan.gap.size());
  // A tiny budget: still a plan, no longer proven optimal, with the bound below it.
  Plan rushed = core::planFor(cat, cat.roles[0], {}, PlanGoal::LeastHours, {}, {}, 50);
  CHECK_FALSE(rushed.optimal);
  CHECK(rushed.lowerBound <= rushed.totalHours);
  CHECK(rushed.totalHours >= plan.totalHours);
}

// ---- every solver path and budget against brute force ----------------------------------------

namespace {

struct Instance {
  Catalog cat;
  core::Ratings ratings;
  PlanGoal goal;
  PlanFilters f;
};

Instance randomCase(std::mt19937& rng) {
  const int skills = 1 + static_cast<int>(rng() % 8);
  const int courses = 1 + static_cast<int>(rng() % 12);
  Instance in{randomInstance(rng, skills, courses), {}, PlanGoal::LeastHours, {}};
  for (const auto& s : in.cat.skills)
    if (rng() % 2) in.ratings[s.id] = static_cast<int>(rng() % 4);
  in.goal = rng() % 2 ? PlanGoal::LeastHours : PlanGoal::LeastCost;
  in.f.skipLegacy = rng() % 2;
  in.f.maxLevel = static_cast<CourseLevel>(rng() % 3);
  if (rng() % 2) in.f.budgetUsd = 20.0 * (rng() % 15);
  return in;
}

// The plan's total and bound in the brute force's integer units (tenths of hours, cents).
std::int64_t units(double value, PlanGoal goal) {
  return std::llround(value * (goal == PlanGoal::LeastHours ? 10.0 : 100.0));
}

std::int64_t primaryTotal(const Plan& plan, PlanGoal goal) {
  if (goal == PlanGoal::LeastHours) return units(plan.totalHours, goal);
  return units(plan.totalUsd, goal) + plan.unknownCost * core::kUnknownCostCents;
}

// What every plan the planner shows must satisfy, finished or not: its bound is never above the
// true optimum, and a plan within the budget is never below it.
void checkBounded(const Plan& plan, const Instance& in, const std::optional<Cost>& optimum) {
  if (!optimum) return;
  CHECK(units(plan.lowerBound, in.goal) <= optimum->primary);
  if (plan.courses.empty() || plan.overBudget) return;
  CHECK(optimum->primary <= primaryTotal(plan, in.goal));
  if (plan.optimal) CHECK(primaryTotal(plan, in.goal) == optimum->primary);
}

}  // namespace

TEST_CASE("plan: branch and bound, forced on small gaps, finds the brute-force optimum") {
  std::mt19937 rng(4242);
  int compared = 0;
  for (int round = 0; round < 500; ++round) {
    Instance in = randomCase(rng);
    core::PlanLimits limits;
    limits.forceBranchAndBound = true;
    core::Planner planner(in.cat, in.cat.roles[0], in.ratings, in.goal, in.f, {}, limits);
    while (!planner.step(1000)) {
    }
    const Plan& plan = planner.plan();
    auto expected = bruteForce(in.cat, in.ratings, in.goal, in.f);
    CAPTURE(round);
    CHECK(plan.optimal);  // small trees: always explored to the end
    if (!expected) {
      CHECK(plan.overBudget);
      continue;
    }
    ++compared;
    std::vector<const Course*> chosen;
    for (const auto& pc : plan.courses) chosen.push_back(pc.course);
    CHECK_FALSE(plan.overBudget);
    CHECK(costOf(chosen, in.goal) == *expected);
    // The same answer as the exact path, course for course.
    CHECK(ids(plan) == ids(core::planFor(in.cat, in.cat.roles[0], in.ratings, in.goal, in.f)));
  }
  CHECK(compared > 250);
}

TEST_CASE("plan: with any work budget, lowerBound <= brute-force optimum <= total, on every path") {
  std::mt19937 rng(777);
  int checked = 0, cutShort = 0;
  for (int round = 0; round < 300; ++round) {
    Instance in = randomCase(rng);
    auto expected = bruteForce(in.cat, in.ratings, in.goal, in.f);
    for (bool force : {false, true}) {
      for (std::uint64_t budget : {0, 1, 3, 10, 40, 200, 5000}) {
        CAPTURE(round);
        CAPTURE(force);
        CAPTURE(budget);
        core::PlanLimits limits{budget, force};
        core::Planner planner(in.cat, in.cat.roles[0], in.ratings, in.goal, in.f, {}, limits);
        // Small slices: the plan shown between slices is held to the same bounds.
        while (!planner.step(5)) {
          CHECK(planner.plan().planning);
          checkBounded(planner.plan(), in, expected);
        }
        const Plan& plan = planner.plan();
        CHECK_FALSE(plan.planning);
        checkBounded(plan, in, expected);
        cutShort += !plan.optimal;
        ++checked;
      }
    }
  }
  CHECK(checked == 300 * 2 * 7);
  CHECK(cutShort > 300);  // the small budgets really did cut searches short
}

TEST_CASE("plan: the slice size never changes the plan") {
  std::mt19937 rng(31);
  for (int round = 0; round < 100; ++round) {
    Instance in = randomCase(rng);
    const Plan whole = core::planFor(in.cat, in.cat.roles[0], in.ratings, in.goal, in.f);
    for (std::uint64_t slice : {1, 7, 100}) {
      core::Planner planner(in.cat, in.cat.roles[0], in.ratings, in.goal, in.f);
      std::uint64_t slices = 0;
      while (!planner.step(slice)) ++slices;
      CAPTURE(round);
      CHECK(ids(planner.plan()) == ids(whole));
      CHECK(planner.plan().optimal == whole.optimal);
      CHECK(planner.work() == whole.work);  // the same steps, however they are cut
      if (slice == 1) CHECK(slices + 1 >= planner.work() / 16);  // really cut into pieces
    }
  }
}

// Several plans: the actions, their limits, names from strangers, links that carry plans, and
// what "Keep this one" does with a shared plan.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "links.h"
#include "plan_shelf.h"
#include "plans.h"
#include "share_link.h"
#include "test_helpers.h"
#include "text_mirror.h"

namespace {

const core::Catalog& catalog() {
  static const core::LoadResult loaded = core::loadCatalog(test::realData());
  return loaded.catalog;
}

std::vector<std::string> names(const core::AppState& s) {
  std::vector<std::string> out;
  for (const core::NamedPlan& p : core::allPlans(s)) out.push_back(p.name);
  return out;
}

// A reader with two plans: "Plan 1" to the first role, "Plan 2" to the second for the least cost.
core::AppState twoPlans() {
  const core::Catalog& c = catalog();
  core::AppState s = core::initialState(c);
  core::rateSkill(s, c, c.skills[0].id, 2);
  core::toggleDone(s, c, c.courses[0].id);
  core::setTarget(s, c, c.roles[0].id);
  REQUIRE(core::newPlan(s));
  core::setTarget(s, c, c.roles[1].id);
  core::setGoal(s, core::PlanGoal::LeastCost);
  core::setHoursPerWeek(s, 9);
  return s;
}

}  // namespace

TEST_CASE("plans: a new plan starts from the settings on screen, named Plan N, and is shown") {
  const core::Catalog& c = catalog();
  core::AppState s = core::initialState(c);
  core::setTarget(s, c, c.roles[3].id);
  CHECK(names(s) == std::vector<std::string>{"Plan 1"});
  REQUIRE(core::newPlan(s));
  CHECK(names(s) == std::vector<std::string>{"Plan 1", "Plan 2"});
  CHECK(s.planName == "Plan 2");
  CHECK(core::activePlanIndex(s) == 1);
  CHECK(s.target == c.roles[3].id);
  REQUIRE(core::newPlan(s, "Switch to MLOps"));
  CHECK(s.planName == "Switch to MLOps");
}

TEST_CASE("plans: switching keeps each plan's own settings and the reader's shared progress") {
  const core::Catalog& c = catalog();
  core::AppState s = twoPlans();
  REQUIRE(core::switchPlan(s, 0));
  CHECK(s.planName == "Plan 1");
  CHECK(s.target == c.roles[0].id);
  CHECK(s.goal == core::PlanGoal::LeastHours);
  CHECK(s.hoursPerWeek == 5);
  CHECK(s.done.count(c.courses[0].id) == 1);  // done courses are the reader's, in every plan
  REQUIRE(core::switchPlan(s, 1));
  CHECK(s.target == c.roles[1].id);
  CHECK(s.goal == core::PlanGoal::LeastCost);
  CHECK(s.hoursPerWeek == 9);
  CHECK(s.done.count(c.courses[0].id) == 1);
  CHECK_FALSE(core::switchPlan(s, 2));
  CHECK(names(s) == std::vector<std::string>{"Plan 1", "Plan 2"});  // order never changes
}

TEST_CASE("plans: at most kMaxPlans, and the last one is never deleted") {
  core::AppState s = core::initialState(catalog());
  for (std::size_t i = 1; i < core::kMaxPlans; ++i) REQUIRE(core::newPlan(s));
  CHECK(core::allPlans(s).size() == core::kMaxPlans);
  CHECK_FALSE(core::newPlan(s));
  CHECK(core::allPlans(s).size() == core::kMaxPlans);
  while (core::allPlans(s).size() > 1) REQUIRE(core::deletePlan(s, 0));
  CHECK_FALSE(core::deletePlan(s, 0));
  CHECK(names(s) == std::vector<std::string>{"Plan 8"});
}

TEST_CASE("plans: deleting the plan on screen shows its neighbour, deleting another keeps the one on screen") {
  const core::Catalog& c = catalog();
  core::AppState s = twoPlans();
  REQUIRE(core::newPlan(s, "Third"));
  REQUIRE(core::switchPlan(s, 1));
  REQUIRE(core::deletePlan(s, 0));
  CHECK(s.planName == "Plan 2");
  CHECK(s.target == c.roles[1].id);
  REQUIRE(core::deletePlan(s, core::activePlanIndex(s)));
  CHECK(names(s) == std::vector<std::string>{"Third"});
}

TEST_CASE("plans: names are cleaned, capped and unique") {
  CHECK(core::cleanPlanName("  My plan \t") == "My plan");
  CHECK(core::cleanPlanName("a\nb\x1b[31mc") == "a b [31mc");
  CHECK(core::cleanPlanName("\xE2\x80\xAE" "evil") == "evil");  // a bidi override is a control
  CHECK(core::cleanPlanName(std::string("bad\xff\xfe", 5)) == "bad");
  CHECK(core::cleanPlanName("   ").empty());
  CHECK(core::cleanPlanName("\xE2\x80\x8B").empty());  // only invisible
  // Zero-width characters would make two names that look the same count as different.
  CHECK(core::cleanPlanName("My\xE2\x80\x8B plan\xE2\x80\x8E\xEF\xBB\xBF\xE2\x81\xA0\xC2\xAD") == "My plan");
  CHECK(core::cleanPlanName("\xE2\x80\x8F" "x") == "x");
  CHECK(core::cleanPlanName("a\xE2\x80\x8D" "b") == "a\xE2\x80\x8D" "b");  // a joiner some scripts need
  core::AppState twins;
  core::renamePlan(twins, 0, "My plan");
  CHECK(core::freePlanName(twins, "My\xE2\x80\x8B plan", std::nullopt) != "My plan");  // taken: numbered
  const std::string longName(100, 'x');
  CHECK(core::cleanPlanName(longName).size() == core::kMaxPlanNameChars);
  // 40 characters, not bytes: "é" is two bytes.
  std::string accents;
  for (int i = 0; i < 50; ++i) accents += "\xC3\xA9";
  CHECK(core::cleanPlanName(accents).size() == 2 * core::kMaxPlanNameChars);

  core::AppState s = twoPlans();
  CHECK_FALSE(core::renamePlan(s, 0, "  "));
  REQUIRE(core::renamePlan(s, 0, "Plan 2"));  // taken by the other: numbered
  CHECK(names(s)[0] == "Plan 2 (2)");
  REQUIRE(core::renamePlan(s, 1, longName));
  REQUIRE(core::renamePlan(s, 0, longName));
  CHECK(names(s)[1] == longName.substr(0, core::kMaxPlanNameChars));
  CHECK(names(s)[0] == longName.substr(0, core::kMaxPlanNameChars - 4) + " (2)");
  REQUIRE(core::renamePlan(s, 1, longName));  // its own name: unchanged, not numbered
  CHECK(names(s)[1] == longName.substr(0, core::kMaxPlanNameChars));
}

TEST_CASE("plans: a name typed for a plan is refused when nothing of it shows or another plan has it") {
  const core::AppState s = twoPlans();
  const std::vector<std::string> plans = names(s);
  REQUIRE(plans.size() == 2);
  CHECK(core::planNameProblem(s, 0, "Weekends") == core::PlanNameProblem::None);
  CHECK(core::planNameProblem(s, 0, " \t\xE2\x80\x8B ") == core::PlanNameProblem::Empty);
  CHECK(core::planNameProblem(s, 0, plans[1]) == core::PlanNameProblem::Taken);
  // As cleaned: spaces around it and zero-width characters in it do not make it another name.
  CHECK(core::planNameProblem(s, 0, "  " + plans[1] + "\xE2\x80\x8B ") == core::PlanNameProblem::Taken);
  CHECK(core::planNameProblem(s, 0, plans[0]) == core::PlanNameProblem::None);  // its own name
  CHECK(core::planNameProblem(s, 1, plans[0]) == core::PlanNameProblem::Taken);
  CHECK(core::planNameProblem(s, 7, plans[0]) == core::PlanNameProblem::Taken);  // (no such plan: every name counts)
}

TEST_CASE("plans: a link keeps every plan, and hostile plan fields never get through") {
  const core::Catalog& c = catalog();
  core::AppState s = twoPlans();
  REQUIRE(core::renamePlan(s, 0, "Data; science=yes, 100% ~ \xC3\xA9t\xC3\xA9 <b>"));
  REQUIRE(core::switchPlan(s, 0));
  const std::string fragment = core::encodeFragment(s);
  CAPTURE(fragment);
  auto d = core::decodeFragment(fragment, c);
  CHECK(d.notices.empty());
  CHECK(d.state == s);
  CHECK(names(d.state) == names(s));
  // A link without plans is a reader with one plan, named Plan 1, as before.
  auto old = core::decodeFragment("v1;view=plan;target=" + c.roles[1].id + ";goal=cost", c);
  CHECK(old.notices.empty());
  CHECK(names(old.state) == std::vector<std::string>{"Plan 1"});
  CHECK(core::encodeFragment(old.state) == "v1;view=plan;role=" + c.roles[0].id + ";target=" + c.roles[1].id + ";goal=cost");

  const std::string hostile[] = {
      "v1;name=~zz",                                  // not an escape
      "v1;name=~4",                                   // cut inside one
      "v1;name=~20~20",                               // nothing visible
      "v1;name=~1b~1b",                               // control characters only
      "v1;plans=target.x",                            // a plan without a name
      "v1;plans=name.a,name.a",                       // a name twice: the second is left out
      "v1;plans=name.plan~201",                       // "plan 1"... and "Plan 1" below
      "v1;plans=name.~50lan~201",                     // the name of the plan on screen
      "v1;plans=name.b.hours.99.budget.999999",       // clamped like the plan on screen
      "v1;plans=name.b.target.no-such-role",          // dropped like the plan on screen
      "v1;plans=name.b.plans.name~2ec",               // no plans inside a plan
      "v1;plans=name.b.odd",                          // a key without a value
      "v1;plans=name.b;slot=7",                       // a slot past the plans
      "v1;plans=" + std::string(9000, ','),           // thousands of empty plans
      "v1;plans=" + std::string(40000, ','),          // too long
      "v1;plans=name.a,name.b,name.c,name.d,name.e,name.f,name.g,name.h,name.i,name.j",
  };
  for (const std::string& f : hostile) {
    CAPTURE(f.substr(0, 80));
    auto h = core::decodeFragment(f, c);
    CHECK(core::allPlans(h.state).size() <= core::kMaxPlans);
    std::vector<std::string> seen = names(h.state);
    std::sort(seen.begin(), seen.end());
    CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
    for (const std::string& n : seen) CHECK(n == core::cleanPlanName(n));
    for (const std::string& n : seen) CHECK_FALSE(n.empty());
    for (const core::NamedPlan& p : core::allPlans(h.state)) {
      CHECK(p.hoursPerWeek >= core::kMinHoursPerWeek);
      CHECK(p.hoursPerWeek <= core::kMaxHoursPerWeek);
      CHECK((p.target.empty() || c.findRole(p.target)));
    }
    // (Separators at the end are cut off as punctuation around a pasted link: nothing is lost.)
    if (f != "v1;plans=name.plan~201" && f != "v1;plans=" + std::string(9000, ',')) CHECK_FALSE(h.notices.empty());
    CHECK(core::decodeFragment(core::encodeFragment(h.state), c).state == h.state);
  }
  CHECK(names(core::decodeFragment("v1;plans=name.a,name.a", c).state) ==
        std::vector<std::string>{"Plan 1", "a"});
  auto clamped = core::decodeFragment("v1;plans=name.b.hours.99.budget.999999", c).state.otherPlans.at(0);
  CHECK(clamped.hoursPerWeek == core::kMaxHoursPerWeek);
  CHECK(*clamped.filters.budgetUsd == core::kMaxBudgetUsd);
  CHECK(core::decodeFragment("v1;plans=name.a,name.b,name.c,name.d,name.e,name.f,name.g,name.h,name.i",
                             c).state.otherPlans.size() == core::kMaxPlans - 1);
}

TEST_CASE("plans: a link's plans left out are said to be plans, and why") {
  const core::Catalog& c = catalog();
  const std::string beyond = "2 plans of the link were left out: a reader keeps up to 8 plans, each with a name of its own.";
  // Ten others and the one on screen: three past the 8 a reader keeps.
  auto many = core::decodeFragment("v1;plans=name.a,name.b,name.c,name.d,name.e,name.f,name.g,name.h,name.i,name.j", c);
  CHECK(many.state.otherPlans.size() == core::kMaxPlans - 1);
  CHECK(many.notices == std::vector<std::string>{
                            "3 plans of the link were left out: a reader keeps up to 8 plans, each with a name of its own."});
  // A name already taken, and a plan with no name: left out for the same rule.
  CHECK(core::decodeFragment("v1;plans=name.a,name.a,target." + c.roles[1].id, c).notices ==
        std::vector<std::string>{beyond});
  CHECK(core::decodeFragment("v1;plans=name.a,name.~50lan~201", c).notices ==
        std::vector<std::string>{"1 plan of the link was left out: a reader keeps up to 8 plans, each with a name of its own."});
  // What a kept plan could not use is still counted as a part of the link.
  CHECK(core::decodeFragment("v1;plans=name.a.odd", c).notices ==
        std::vector<std::string>{"1 part of the link was not understood and ignored."});
}

TEST_CASE("plans: round trips of random readers with several plans") {
  const core::Catalog& c = catalog();
  std::mt19937 rng(14);
  for (int n = 0; n < 300; ++n) {
    core::AppState s = core::initialState(c);
    const int plans = 1 + static_cast<int>(rng() % core::kMaxPlans);
    for (int i = 0; i < plans; ++i) {
      if (i) REQUIRE(core::newPlan(s, rng() % 2 ? "" : std::string("Plan \xE2\x80\x94 ") + char('A' + rng() % 26)));
      core::setTarget(s, c, rng() % 3 ? c.roles[rng() % c.roles.size()].id : "");
      core::setGoal(s, rng() % 2 ? core::PlanGoal::LeastCost : core::PlanGoal::LeastHours);
      core::setHoursPerWeek(s, 1 + static_cast<int>(rng() % 40));
      core::PlanFilters f;
      if (rng() % 2) f.budgetUsd = static_cast<double>(rng() % (core::kMaxBudgetUsd + 1));
      f.freeOnly = rng() % 2;
      f.skipLegacy = rng() % 2;
      f.maxLevel = static_cast<core::CourseLevel>(rng() % 3);
      core::setFilters(s, f);
    }
    REQUIRE(core::switchPlan(s, rng() % core::allPlans(s).size()));
    const std::string fragment = core::encodeFragment(s);
    CAPTURE(fragment);
    CHECK(fragment.size() <= core::kMaxFragmentLength);
    auto d = core::decodeFragment(fragment, c);
    CHECK(d.notices.empty());
    CHECK(d.state == s);
  }
}

TEST_CASE("plans: a share link carries the plan on screen only, under its name") {
  const core::Catalog& c = catalog();
  core::AppState s = twoPlans();
  const std::string url = core::shareUrl("https://x.example/w/", core::PageKind::Widget, s, c);
  auto d = core::decodeFragment(url.substr(url.find('#')), c);
  CHECK(names(d.state) == std::vector<std::string>{"Plan 2"});
  CHECK(d.state.target == c.roles[1].id);
  CHECK(d.state.ratings == s.ratings);
  CHECK(d.state.done == s.done);
}

TEST_CASE("plans: keeping a shared plan adds it to the reader's plans, renamed on a clash") {
  const core::Catalog& c = catalog();
  core::AppState mine = twoPlans();
  core::AppState theirs = core::initialState(c);
  core::setTarget(theirs, c, c.roles[4].id);
  core::rateSkill(theirs, c, c.skills[1].id, 3);
  REQUIRE(core::renamePlan(theirs, 0, "Plan 2"));
  const std::string link = core::encodeFragment(core::sharedPlanOnly(theirs));
  core::Startup start = core::resolveStartup(c, {link, "", core::encodeFragment(mine)});
  CHECK(start.viewingLink);
  CHECK(start.state.planName == "Plan 2");
  auto kept = core::keepLinkedPlan(start.state, mine);
  REQUIRE(kept);
  CHECK(names(*kept) == std::vector<std::string>{"Plan 1", "Plan 2", "Plan 2 (2)"});
  CHECK(kept->planName == "Plan 2 (2)");
  CHECK(kept->target == c.roles[4].id);
  CHECK(kept->ratings == theirs.ratings);  // as before plans: "Keep" takes the link's ratings
  CHECK(kept->otherPlans.at(0).target == c.roles[0].id);
  // Keeping the reader's own plan again adds nothing.
  auto again = core::keepLinkedPlan(core::sharedPlanOnly(mine), mine);
  REQUIRE(again);
  CHECK(names(*again) == names(mine));
  // A reader at the limit keeps their plans: nothing is thrown away.
  core::AppState full = core::initialState(c);
  for (std::size_t i = 1; i < core::kMaxPlans; ++i) REQUIRE(core::newPlan(full));
  core::setTarget(theirs, c, c.roles[5].id);
  CHECK_FALSE(core::keepLinkedPlan(theirs, full));
}

TEST_CASE("plans: the banner over a shared link says what it holds and what keeping it replaces") {
  const core::Catalog& c = catalog();
  core::AppState theirs = core::initialState(c);
  core::rateSkill(theirs, c, c.skills[1].id, 3);
  core::rateSkill(theirs, c, c.skills[2].id, 1);
  theirs.done.insert(c.courses[0].id);
  REQUIRE(core::renamePlan(theirs, 0, "Evening"));
  core::AppState mine = core::initialState(c);
  // Nothing of the reader's to replace: keeping takes the link's ratings and adds the plan.
  CHECK(core::linkBannerWords(theirs, mine) ==
        "This link holds ratings for 2 skills, 1 course done and the plan \u201CEvening\u201D. "
        "Your own progress is kept on this device. Keep this one takes its ratings and done courses, "
        "and adds its plan to yours.");
  // The reader's own ratings would go: the banner says so before they choose.
  core::rateSkill(mine, c, c.skills[3].id, 2);
  CHECK(core::linkBannerWords(theirs, mine).find(
            "Keep this one replaces your ratings and done courses with its own, and adds its plan to yours.") !=
        std::string::npos);
  // The same ratings and done courses (the reader's own link): only the plan is added.
  CHECK(core::linkBannerWords(theirs, theirs).find("Keep this one adds its plan to yours.") != std::string::npos);
  const core::AppState empty = core::initialState(c);
  CHECK(core::linkBannerWords(empty, mine).find("holds no skill ratings, 0 courses done") != std::string::npos);
}

TEST_CASE("plans: another tab's plans are adopted with its other settings") {
  core::AppState mine = core::initialState(catalog());
  core::showView(mine, core::View::Skills);
  const core::AppState theirs = twoPlans();
  const core::AppState adopted = core::adoptSavedElsewhere(mine, theirs);
  CHECK(names(adopted) == names(theirs));
  // This tab showed "Plan 1", which the other tab still keeps: it stays on screen, with the
  // other tab's settings for it; the other tab's choice of plan was its own place.
  CHECK(adopted.planName == "Plan 1");
  CHECK(adopted.target == theirs.otherPlans.at(0).target);
  CHECK(adopted.view == core::View::Skills);
  // A plan the other tab no longer keeps: its choice stands.
  core::AppState gone = mine;
  REQUIRE(core::renamePlan(gone, 0, "Deleted there"));
  CHECK(core::adoptSavedElsewhere(gone, theirs).planName == theirs.planName);
}

TEST_CASE("plans: each plan's progress, worked out a slice at a time") {
  const core::Catalog& c = catalog();
  core::AppState s = twoPlans();
  core::DerivedCache cache;
  core::PlanShelf shelf;
  cache.update(c, s, 0, core::kSearchBudget);
  REQUIRE_FALSE(cache.planning());
  int updates = 0;
  do {
    shelf.update(c, s, cache.derived(), 0, core::kSliceSteps);
    REQUIRE(++updates < 2000);
  } while (shelf.working());
  REQUIRE(shelf.summaries().size() == 2);
  CHECK(shelf.summaries()[1].active);
  CHECK_FALSE(shelf.summaries()[0].active);
  CHECK(shelf.summaries()[0].ready);
  CHECK(shelf.summaries()[0].role == c.roles[0].id);
  // The same as that plan shows once it is on screen.
  core::AppState first = s;
  REQUIRE(core::switchPlan(first, 0));
  core::DerivedCache firstCache;
  firstCache.update(c, first, 0, core::kSearchBudget);
  CHECK(shelf.summaries()[0].progress == doctest::Approx(firstCache.derived().schedule.progress));
  CHECK(shelf.summaries()[0].courses == firstCache.derived().plan.courses.size());
  // Marking one of its courses done moves its progress without switching to it.
  REQUIRE_FALSE(firstCache.derived().plan.courses.empty());
  const std::string course = firstCache.derived().plan.courses.back().course->id;
  if (!s.done.count(course)) {
    core::toggleDone(s, c, course);
    cache.update(c, s, 0, core::kSearchBudget);
    do shelf.update(c, s, cache.derived(), 0, core::kSliceSteps);
    while (shelf.working());
    CHECK(shelf.summaries()[0].progress > firstCache.derived().schedule.progress);
  }
  const core::Json json = core::Json::parse(core::plansJson(s, shelf));
  REQUIRE(json.size() == 2);
  CHECK(json[1]["name"] == "Plan 2");
  CHECK(json[1]["active"] == true);
  CHECK(json[0]["goal"] == "hours");
}

TEST_CASE("plans: a finished plan is planned again only when its settings, the ratings or done courses change") {
  const core::Catalog& c = catalog();
  core::AppState s = twoPlans();
  core::DerivedCache cache;
  core::PlanShelf shelf;
  auto settle = [&] {
    cache.update(c, s, 0, core::kSearchBudget);
    int updates = 0;
    do {
      shelf.update(c, s, cache.derived(), 0, core::kSliceSteps);
      REQUIRE(++updates < 2000);
    } while (shelf.working());
    return shelf.planSteps();
  };
  const std::uint64_t first = settle();
  CHECK(first > 0);
  // What the plan does not depend on: the view, the role shown, its own name.
  core::showView(s, core::View::Compare);
  core::selectRole(s, c, c.roles[2].id);
  REQUIRE(core::renamePlan(s, 0, "Renamed"));
  CHECK(settle() == first);
  CHECK(shelf.summaries()[0].name == "Renamed");
  CHECK(shelf.summaries()[0].ready);
  // What it does: a rating.
  core::rateSkill(s, c, c.skills[0].id, s.ratings.count(c.skills[0].id) ? 0 : 3);
  CHECK(settle() > first);
}

TEST_CASE("plans: the text for screen readers says which plan is shown, only when there are several") {
  const core::Catalog& c = catalog();
  core::AppState s = core::initialState(c);
  core::showView(s, core::View::Plan);
  auto lines = [&](const core::AppState& state) {
    std::string all;
    for (const core::TextSection& t : core::describeView(c, state, core::derive(c, state, 0)))
      for (const std::string& l : t.lines) all += l + "\n";
    return all;
  };
  CHECK(lines(s).find("Plan \xE2\x80\x9C") == std::string::npos);
  REQUIRE(core::newPlan(s, "Career <change>"));
  CHECK(lines(s).find("Plan \xE2\x80\x9C" "Career <change>\xE2\x80\x9D, 2 of 2\n") != std::string::npos);
}

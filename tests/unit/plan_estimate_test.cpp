// What a plan assumes: hours from a stated duration, a subscription's months, unknown prices,
// ranges carried to the totals, exams never planned as teaching, and the words that say so.
// Expectations are worked out by hand in the comments.
#include <doctest/doctest.h>

#include "app_state.h"
#include "course_estimate.h"
#include "plan.h"
#include "plan_words.h"
#include "test_helpers.h"

using core::Catalog;
using core::Course;
using core::Plan;
using core::PlanFilters;
using core::PlanGoal;
using core::PriceModel;

namespace {

Course course(std::string id, std::vector<core::SkillTaught> teaches) {
  Course c;
  c.id = c.title = std::move(id);
  c.provider = "P";
  c.teaches = std::move(teaches);
  return c;
}

Course& withHours(Course& c, double h) {
  c.hours = core::Hours{};
  c.hours->value = h;
  return c;
}

Course& withDuration(Course& c, std::string text) {
  c.duration = core::Fact<std::string>{};
  c.duration->value = std::move(text);
  return c;
}

Course& withPrice(Course& c, PriceModel model, std::optional<double> usd) {
  core::Price p;
  p.model = model;
  p.usd = usd;
  c.price = p;
  return c;
}

Catalog catalogWith(std::vector<core::SkillNeed> needs, std::vector<Course> courses) {
  Catalog c;
  for (const auto& n : needs) {
    core::Skill s;
    s.id = s.name = n.skill;
    c.skills.push_back(s);
  }
  core::Role r;
  r.id = "role";
  r.title = "Role";
  r.skills = std::move(needs);
  c.roles.push_back(r);
  c.courses = std::move(courses);
  c.rebuildIndex();
  return c;
}

core::SkillNeed need(std::string skill, int level = 1) {
  core::SkillNeed n;
  n.skill = std::move(skill);
  n.level = level;
  return n;
}

std::vector<std::string> ids(const Plan& p) {
  std::vector<std::string> out;
  for (const auto& pc : p.courses) out.push_back(pc.course->id);
  return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("duration: weeks, months, weekly load and courses of a series are read as written") {
  auto d = core::readDuration("4 weeks");
  REQUIRE(d);
  CHECK(d->weeks.min == 4);
  CHECK(d->weeks.max == 4);
  CHECK_FALSE(d->weeklyHours);

  d = core::readDuration("3\xE2\x80\x93" "6 months");  // an en dash
  REQUIRE(d);
  CHECK(d->weeks.min == doctest::Approx(3 * core::kWeeksPerMonth));
  CHECK(d->weeks.max == doctest::Approx(6 * core::kWeeksPerMonth));

  d = core::readDuration("5 courses, about 3\xE2\x80\x93" "4 weeks each");  // 5 x 3..4 = 15..20
  REQUIRE(d);
  CHECK(d->weeks.min == 15);
  CHECK(d->weeks.max == 20);

  d = core::readDuration("6 weeks at 5 hours a week");
  REQUIRE(d);
  CHECK(d->weeks.max == 6);
  REQUIRE(d->weeklyHours);
  CHECK(d->weeklyHours->min == 5);

  d = core::readDuration("About 2 to 3 weeks, 4-6 h/week");
  REQUIRE(d);
  CHECK(d->weeks.min == 2);
  CHECK(d->weeks.max == 3);
  REQUIRE(d->weeklyHours);
  CHECK(d->weeklyHours->min == 4);
  CHECK(d->weeklyHours->max == 6);
}

TEST_CASE("duration: what gives no study time, and hostile text, give nothing or a capped figure") {
  for (const char* none : {"", "weeks", "5 modules", "Self-paced, 7 chapters", "Exam: 2 hours, 50\xE2\x80\x93" "60 questions",
                           "Exam: 65 questions in 130 minutes", "0 weeks", "1234567890123 weeks",
                           "\x01\x02 \xFF\xFE weeks"})
    CHECK_MESSAGE(!core::readDuration(none), none);
  auto d = core::readDuration("99999 months");  // a typo must not make a course last a century
  REQUIRE(d);
  CHECK(d->weeks.max == core::kMaxDurationWeeks);
  d = core::readDuration("6-2 weeks");  // a backwards range is not a range: the figure next to the unit
  REQUIRE(d);
  CHECK(d->weeks.min == 2);
  CHECK(d->weeks.max == 2);
  std::string huge(100000, '9');
  CHECK_FALSE(core::readDuration(huge + " weeks"));
}

TEST_CASE("estimate: stated hours win, else the duration at 2-4 h a week, else the level") {
  const core::PlanAssumptions a;
  Course c = course("c", {});
  withHours(c, 10);
  withDuration(c, "4 weeks");
  core::CourseEstimate e = core::estimateCourse(c, a);
  CHECK_FALSE(e.hoursEstimated());
  CHECK(e.hours.min == 10);
  CHECK(e.hours.max == 10);

  c.hours.reset();  // 4 weeks x 2..4 h = 8..16 h
  e = core::estimateCourse(c, a);
  CHECK(e.hoursBasis == core::HoursBasis::Duration);
  CHECK(e.hours.min == 8);
  CHECK(e.hours.max == 16);

  withDuration(c, "6 weeks, 5 hours per week");  // stated load: 30 h, still not a stated total
  e = core::estimateCourse(c, a);
  CHECK(e.hoursEstimated());
  CHECK(e.hours.min == 30);
  CHECK(e.hours.max == 30);

  withDuration(c, "Exam: about 120 minutes");
  e = core::estimateCourse(c, a);
  CHECK(e.hoursBasis == core::HoursBasis::Level);
  CHECK(e.hours.max == a.hoursUnknownLevel);
}

TEST_CASE("estimate: a price is known only when stated, and a subscription pays every month it takes") {
  const core::PlanAssumptions a;
  Course c = course("c", {});
  CHECK_FALSE(core::estimateCourse(c, a).usd);  // no price at all: unknown, never $20
  withPrice(c, PriceModel::OneTime, std::nullopt);
  CHECK_FALSE(core::estimateCourse(c, a).usd);
  withPrice(c, PriceModel::Subscription, std::nullopt);
  CHECK_FALSE(core::estimateCourse(c, a).usd);
  withPrice(c, PriceModel::FreeAudit, std::nullopt);
  CHECK(core::estimateCourse(c, a).usd->max == 0);
  withPrice(c, PriceModel::OneTime, 15);
  CHECK(core::estimateCourse(c, a).usd->max == 15);
  CHECK_FALSE(core::estimateCourse(c, a).usdEstimated);

  // 15..20 weeks = 3.45..4.60 months: 4..5 months started, at $49: $196..$245.
  withPrice(c, PriceModel::Subscription, 49);
  withDuration(c, "5 courses, about 3\xE2\x80\x93" "4 weeks each");
  core::CourseEstimate e = core::estimateCourse(c, a);
  REQUIRE(e.usd);
  CHECK(e.usdEstimated);
  CHECK(e.usd->min == 196);
  CHECK(e.usd->max == 245);
  // No duration: 10 h at 4..2 h a week = 2.5..5 weeks: 1..2 months, $49..$98.
  c.duration.reset();
  withHours(c, 10);
  e = core::estimateCourse(c, a);
  CHECK(e.usd->min == 49);
  CHECK(e.usd->max == 98);
  // A short course still pays one month.
  withHours(c, 1);
  CHECK(core::estimateCourse(c, a).usd->max == 49);
}

TEST_CASE("plan: least cost takes courses with a stated price first, and counts the unknown ones") {
  Course unknown = course("unknown", {{"a", 1}});
  withHours(unknown, 1);
  Course dear = course("dear", {{"a", 1}});
  withHours(dear, 50);
  withPrice(dear, PriceModel::OneTime, 300);
  Catalog c = catalogWith({need("a")}, {unknown, dear});

  Plan cost = core::planFor(c, c.roles[0], {}, PlanGoal::LeastCost, {});
  CHECK(ids(cost) == std::vector<std::string>{"dear"});  // $300 known beats an unknown price
  CHECK(cost.unknownCost == 0);
  CHECK(cost.totalUsd == 300);
  CHECK(core::totalCostWords(cost) == "$300");
  CHECK(has(core::qualityWords(cost, PlanGoal::LeastCost), "costs less"));

  Plan hours = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  CHECK(ids(hours) == std::vector<std::string>{"unknown"});
  CHECK(hours.unknownCost == 1);
  CHECK(hours.totalUsd == 0);
  CHECK(core::totalCostWords(hours) == "price not stated");
  CHECK(has(core::estimateNote(hours), "1 course states no price"));

  // A cap: a course of unknown price never counts as within it.
  PlanFilters capped;
  capped.budgetUsd = 1000;
  Catalog only = catalogWith({need("a")}, {unknown});
  Plan p = core::planFor(only, only.roles[0], {}, PlanGoal::LeastHours, capped);
  CHECK(p.overBudget);
  p = core::planFor(only, only.roles[0], {}, PlanGoal::LeastCost, capped);
  CHECK(p.overBudget);
  CHECK(p.lowerBound >= 0);
  CHECK(p.lowerBound < 1e6);  // never the internal weight of an unknown price, in dollars
}

TEST_CASE("plan: with unknown prices unavoidable, the fewest of them, then the least known cost") {
  // b and c each need an unknown-price course, or one bundle of unknown price does both.
  Course ub = course("ub", {{"b", 1}});
  Course uc = course("uc", {{"c", 1}});
  Course both = course("both", {{"b", 1}, {"c", 1}});
  Course a = course("a", {{"a", 1}});
  withPrice(a, PriceModel::OneTime, 10);
  for (Course* x : {&ub, &uc, &both, &a}) withHours(*x, 1);
  Catalog c = catalogWith({need("a"), need("b"), need("c")}, {ub, uc, both, a});
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastCost, {});
  CHECK(p.unknownCost == 1);
  CHECK(p.totalUsd == 10);
  CHECK(core::totalCostWords(p) == "$10 for 1 course, price not stated for 1");
  CHECK(core::totalsLine(p) == "2 courses \xC2\xB7 2 h \xC2\xB7 $10 for 1 course, price not stated for 1");
}

TEST_CASE("plan words: a course counted at $0 because auditing is free says so, and so does the total") {
  Course audit = course("audit", {{"a", 1}});
  withPrice(audit, PriceModel::FreeAudit, 49);  // the certificate's price
  Course free = course("free", {{"b", 1}});
  withPrice(free, PriceModel::Free, 0);
  Course unknown = course("unknown", {{"c", 1}});
  for (Course* x : {&audit, &free, &unknown}) withHours(*x, 1);

  Catalog onlyFree = catalogWith({need("b")}, {free});
  Plan p = core::planFor(onlyFree, onlyFree.roles[0], {}, PlanGoal::LeastCost, {});
  REQUIRE(p.courses.size() == 1);
  CHECK(core::courseCostWords(p.courses[0]) == "free");
  CHECK(core::totalCostWords(p) == "free");

  Catalog withAudit = catalogWith({need("a"), need("b")}, {audit, free});
  p = core::planFor(withAudit, withAudit.roles[0], {}, PlanGoal::LeastCost, {});
  REQUIRE(p.courses.size() == 2);
  CHECK(p.totalUsd == 0);
  for (const core::PlannedCourse& pc : p.courses)
    CHECK(core::courseCostWords(pc) == (pc.course->id == "audit" ? "free to audit" : "free"));
  // (One course free, one free to audit: the total is free when audited, not "free to audit".)
  CHECK(core::totalCostWords(p) == "free when audited");

  Catalog someUnknown = catalogWith({need("a"), need("c")}, {audit, unknown});
  p = core::planFor(someUnknown, someUnknown.roles[0], {}, PlanGoal::LeastCost, {});
  CHECK(core::totalCostWords(p) == "free when audited for 1 course, price not stated for 1");
}

TEST_CASE("plan: an exam is never planned as teaching, its preparation is, and the exam is named") {
  Course exam = course("exam", {{"a", 3}});
  exam.kind = core::CourseKind::CertificationExam;
  withHours(exam, 2);
  withPrice(exam, PriceModel::Free, 0);
  Course prep = course("prep", {{"a", 3}});
  withHours(prep, 40);
  withPrice(prep, PriceModel::OneTime, 100);
  Catalog c = catalogWith({need("a", 3)}, {exam, prep});
  for (PlanGoal goal : {PlanGoal::LeastHours, PlanGoal::LeastCost}) {
    Plan p = core::planFor(c, c.roles[0], {}, goal, {});
    CHECK(ids(p) == std::vector<std::string>{"prep"});
    REQUIRE(p.exams.size() == 1);
    CHECK(p.exams[0]->id == "exam");
    CHECK(has(core::examWords(p), "not part of the plan"));
  }
  // The exam alone teaches nothing: the skill is left to the job, and the exam is still named.
  Catalog alone = catalogWith({need("a", 3)}, {exam});
  Plan p = core::planFor(alone, alone.roles[0], {}, PlanGoal::LeastHours, {});
  CHECK(p.courses.empty());
  CHECK(p.uncoverable == std::vector<std::string>{"a"});
  CHECK(p.excludedByFilters.empty());
  CHECK(p.exams.size() == 1);
  CHECK(has(core::emptyPlanWords(p), "learned on the job"));
  // An exam for a skill already had is not named.
  Plan none = core::planFor(alone, alone.roles[0], {{"a", 3}}, PlanGoal::LeastHours, {});
  CHECK(none.exams.empty());
}

TEST_CASE("plan: ranges stay ranges through the totals, the weeks and the words") {
  Course four = course("four", {{"a", 1}});
  withDuration(four, "4 weeks");  // 8..16 h
  withPrice(four, PriceModel::Free, 0);
  Course short_ = course("short", {{"b", 1}});
  withDuration(short_, "2\xE2\x80\x93" "3 weeks");  // 4..12 h
  withPrice(short_, PriceModel::Subscription, 40);   // 2..3 weeks: one month, $40
  Catalog c = catalogWith({need("a"), need("b")}, {four, short_});
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  REQUIRE(p.courses.size() == 2);
  CHECK(p.hoursSpan.min == 12);
  CHECK(p.hoursSpan.max == 28);
  CHECK(p.totalHours == 20);  // the middles, 12 + 8, for the schedule
  CHECK(p.hoursEstimated);
  CHECK(p.usdEstimated);
  CHECK(core::totalsLine(p) == "2 courses \xC2\xB7 ~12\xE2\x80\x93" "28 h est. \xC2\xB7 ~$40 est.");

  core::AppState state;
  state.hoursPerWeek = 6;
  const int today = 0;  // 1 Jan 1970
  core::Schedule s = core::scheduleFor(p, state, today);
  CHECK(s.estimated);
  CHECK(s.weeks == 4);     // 20 / 6 = 3.3
  CHECK(s.weeksMin == 2);  // 12 / 6
  CHECK(s.weeksMax == 5);  // 28 / 6 = 4.7
  CHECK(core::scheduleWords(s, 6) ==
        "~2\xE2\x80\x93" "5 weeks est. at 6 h a week, done between 15 Jan 1970 and 5 Feb 1970 (estimated)");
  const std::string note = core::estimateNote(p);
  CHECK(has(note, "2\xE2\x80\x93" "4 hours a week"));
  CHECK(has(note, "monthly price"));
  CHECK_FALSE(has(note, "README"));
}

TEST_CASE("plan: hours a course gives as approximate make every figure they are part of \"about\"") {
  Course about = course("about", {{"a", 1}});
  withHours(about, 15).hours->approximate = true;  // "about 15 hours", as its page says
  withPrice(about, PriceModel::Free, 0);
  Course exact = course("exact", {{"b", 1}});
  withHours(exact, 8);
  withPrice(exact, PriceModel::Free, 0);
  Catalog c = catalogWith({need("a"), need("b")}, {about, exact});
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  REQUIRE(p.courses.size() == 2);
  CHECK(p.hoursApproximate);
  CHECK_FALSE(p.anyEstimate);  // stated, not ours: no "est." and no note on estimates
  CHECK(core::estimateNote(p).empty());
  for (const auto& pc : p.courses)
    CHECK(core::plannedHoursWords(pc) == (pc.course->id == "about" ? "about 15 h" : "8 h"));
  CHECK(core::totalsLine(p) == "2 courses \xC2\xB7 about 23 h \xC2\xB7 free");
  CHECK(core::spokenHoursWords(p) == "about 23 hours");

  core::AppState state;
  state.hoursPerWeek = 6;
  core::Schedule s = core::scheduleFor(p, state, 0);  // from 1 Jan 1970
  CHECK(s.approximate);
  CHECK(s.weeks == 4);  // 23 / 6 = 3.8
  CHECK(core::scheduleWords(s, 6) == "about 4 weeks at 6 h a week, done around 29 Jan 1970");
  // Once that course is done, what remains is stated exactly.
  state.done.insert("about");
  s = core::scheduleFor(p, state, 0);
  CHECK_FALSE(s.approximate);
  CHECK(core::scheduleWords(s, 6) == "2 weeks at 6 h a week, done by 15 Jan 1970");

  // With an estimated course too, the estimate's mark says it (and "about" is not said twice).
  Course guessed = course("guessed", {{"d", 1}});
  withDuration(guessed, "1 week");  // 2..4 h
  withPrice(guessed, PriceModel::Free, 0);
  Catalog mixed = catalogWith({need("a"), need("d")}, {about, guessed});
  Plan m = core::planFor(mixed, mixed.roles[0], {}, PlanGoal::LeastHours, {});
  REQUIRE(m.courses.size() == 2);
  CHECK(core::totalsLine(m) == "2 courses \xC2\xB7 ~17\xE2\x80\x93" "19 h est. \xC2\xB7 free");
  CHECK(core::spokenHoursWords(m) == "an estimated 17 to 19 hours");
}

TEST_CASE("plan: stated figures carry no mark, and an empty plan says why") {
  Course a = course("a", {{"a", 1}});
  withHours(a, 9);
  withPrice(a, PriceModel::OneTime, 60);
  Catalog c = catalogWith({need("a")}, {a});
  Plan p = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, {});
  CHECK_FALSE(p.anyEstimate);
  CHECK(core::totalsLine(p) == "1 course \xC2\xB7 9 h \xC2\xB7 $60");
  CHECK(core::estimateNote(p).empty());
  CHECK(core::qualityWords(p, PlanGoal::LeastHours) == "No other choice of the courses allowed takes fewer hours.");

  Plan nothing = core::planFor(c, c.roles[0], {{"a", 1}}, PlanGoal::LeastHours, {});
  CHECK(has(core::emptyPlanWords(nothing), "Nothing left to learn"));

  PlanFilters freeOnly;
  freeOnly.freeOnly = true;
  Plan filtered = core::planFor(c, c.roles[0], {}, PlanGoal::LeastHours, freeOnly);
  CHECK(filtered.courses.empty());
  CHECK(filtered.excludedByFilters == std::vector<std::string>{"a"});
  CHECK(has(core::emptyPlanWords(filtered), "filters leave out every course"));
}

TEST_CASE("plan words: none of the developer's words reach a reader") {
  Course a = course("a", {{"a", 1}});
  Catalog c = catalogWith({need("a")}, {a});
  for (PlanGoal goal : {PlanGoal::LeastHours, PlanGoal::LeastCost}) {
    Plan p = core::planFor(c, c.roles[0], {}, goal, {});
    for (const std::string& text : {core::totalsLine(p), core::qualityWords(p, goal), core::estimateNote(p)})
      for (const char* word : {"README", "optimal", "every gap", "weight", "allowed courses can close"})
        CHECK_MESSAGE(!has(text, word), text);
  }
}

TEST_CASE("real data: no plan for any role takes an exam as a course") {
  core::LoadResult loaded = core::loadCatalog(test::realData());
  REQUIRE(loaded.report.ok());
  int examsNamed = 0;
  for (const core::Role& role : loaded.catalog.roles)
    for (PlanGoal goal : {PlanGoal::LeastHours, PlanGoal::LeastCost}) {
      Plan p = core::planFor(loaded.catalog, role, {}, goal, {});
      for (const auto& pc : p.courses) CHECK_MESSAGE(core::teachesForPlan(*pc.course), pc.course->id);
      examsNamed += static_cast<int>(p.exams.size());
      if (!p.courses.empty()) CHECK(p.anyEstimate == (p.hoursEstimated || p.usdEstimated));
    }
  CHECK(examsNamed > 0);  // the data has exams for some roles' skills
}

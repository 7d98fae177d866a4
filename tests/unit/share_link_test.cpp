// The share-link codec: round trips, links that outlive their data, and hostile fragments.
#include <doctest/doctest.h>

#include <random>

#include "plans.h"
#include "share_link.h"
#include "test_helpers.h"

using core::AppState;
using core::decodeFragment;
using core::encodeFragment;

namespace {

const core::Catalog& catalog() {
  static const core::LoadResult loaded = core::loadCatalog(test::realData());
  return loaded.catalog;
}

AppState randomState(std::mt19937& rng) {
  const core::Catalog& c = catalog();
  AppState s = core::initialState(c);
  s.view = static_cast<core::View>(rng() % 4);
  s.role = c.roles[rng() % c.roles.size()].id;
  s.compareSort = rng() % 2 ? core::CompareSort::EntryPay : core::CompareSort::SeniorPay;
  for (const auto& skill : c.skills)
    if (rng() % 3 == 0) core::rateSkill(s, c, skill.id, 1 + static_cast<int>(rng() % 3));
  if (rng() % 2) s.target = c.roles[rng() % c.roles.size()].id;
  s.goal = rng() % 2 ? core::PlanGoal::LeastCost : core::PlanGoal::LeastHours;
  if (rng() % 2) s.filters.budgetUsd = static_cast<double>(rng() % (core::kMaxBudgetUsd + 1));
  s.filters.freeOnly = rng() % 2;
  s.filters.skipLegacy = rng() % 2;
  s.filters.maxLevel = static_cast<core::CourseLevel>(rng() % 3);
  core::setHoursPerWeek(s, 1 + static_cast<int>(rng() % 40));
  for (const auto& course : c.courses)
    if (rng() % 4 == 0) core::toggleDone(s, c, course.id);
  return s;
}

}  // namespace

TEST_CASE("link: decode(encode(s)) == s for 2,000 random states") {
  std::mt19937 rng(5);
  for (int i = 0; i < 2000; ++i) {
    AppState s = randomState(rng);
    std::string fragment = encodeFragment(s);
    auto decoded = decodeFragment("#" + fragment, catalog());
    CAPTURE(fragment);
    CHECK(decoded.recognised);
    CHECK(decoded.notices.empty());
    CHECK(decoded.state == s);
  }
}

TEST_CASE("link: the default state encodes to almost nothing") {
  AppState s = core::initialState(catalog());
  CHECK(encodeFragment(s) == "v1;role=prompt-engineer");
  CHECK(decodeFragment("", catalog()).state == s);
  CHECK(decodeFragment("", catalog()).notices.empty());
}

TEST_CASE("link: what no longer exists is dropped with a notice, the rest restored") {
  auto d = decodeFragment("#v1;view=plan;role=astronaut;skills=python.2,telepathy.3;done=ai-for-everyone,gone-course",
                          catalog());
  CHECK(d.recognised);
  CHECK(d.state.view == core::View::Plan);
  CHECK(d.state.role == "prompt-engineer");  // unknown role: the default
  CHECK(d.state.ratings == core::Ratings{{"python", 2}});
  CHECK(d.state.done.count("ai-for-everyone") == 1);
  CHECK(d.state.done.size() == 1);
  REQUIRE(d.notices.size() == 1);
  CHECK(d.notices[0] == "3 items of the link are not in the data and were left out.");
}

TEST_CASE("link: lists in any order mean the same, and of a skill listed twice the later level counts") {
  const auto sorted = decodeFragment("#v1;skills=nlp.1,python.2,fine-tuning.3;done=ai-for-everyone,genai-with-llms",
                                     catalog());
  const auto shuffled = decodeFragment("#v1;skills=fine-tuning.3,python.2,nlp.1;done=genai-with-llms,ai-for-everyone",
                                       catalog());
  REQUIRE(sorted.notices.empty());
  CHECK(sorted.state.ratings.size() == 3);
  CHECK(sorted.state.done.size() == 2);
  CHECK(shuffled.state == sorted.state);
  // As rating one skill after another would leave it: a later 0 clears a rating.
  const auto repeated = decodeFragment("#v1;skills=python.1,fine-tuning.3,python.3,fine-tuning.0;done=ai-for-everyone,ai-for-everyone",
                                       catalog());
  CHECK(repeated.state.ratings == core::Ratings{{"python", 3}});
  CHECK(repeated.state.done.size() == 1);
}

TEST_CASE("link: hostile fragments fall back to defaults with a notice, never more") {
  const AppState defaults = core::initialState(catalog());
  const std::string hostile[] = {
      std::string(100000, 'a'),                  // overlong
      "v1;view=plan;view=roles",                  // repeated key: first counts
      "v2;view=plan",                             // unknown version
      "v1;hours=9x",                              // not a number
      "v1;budget=-",                              // not a number
      "v1;skills=python.9,nlp.",                  // levels out of range / missing
      "javascript:alert(1)",                      // characters we never write
      "v1;data=https://evil.example/careers.json",  // a data source: not a field, never honoured
      std::string("v1;role=\xff\xfe", 11),         // invalid UTF-8
      "v1;" + std::string(5000, ';'),             // empty fields
      "v1;skills=" + std::string(20000, ','),     // 20,000 empty ratings
      "v1;skills=" + std::string(40000, ','),     // too long again
      "v1;done=" + std::string(3000, 'x'),        // one huge unknown id
      "v1",                                       // truncated to the version
      "v",                                        // truncated inside it
  };
  for (const std::string& f : hostile) {
    CAPTURE(f.substr(0, 60));
    auto d = decodeFragment(f, catalog());
    // Every field that was not valid left its default.
    CHECK(d.state.role == defaults.role);
    CHECK(d.state.hoursPerWeek == defaults.hoursPerWeek);
    CHECK(d.state.filters.budgetUsd == defaults.filters.budgetUsd);
    CHECK(d.state.done.empty());
    // (Separators at the end are cut off as punctuation around a pasted link: nothing is lost.)
    const bool onlySeparators = f == "v1;" + std::string(5000, ';') || f == "v1;skills=" + std::string(20000, ',');
    if (f != "v1" && !onlySeparators) CHECK_FALSE(d.notices.empty());
  }
  CHECK(decodeFragment("v1;view=plan;view=roles", catalog()).state.view == core::View::Plan);
  CHECK(decodeFragment("v1;skills=python.9,nlp.", catalog()).state.ratings.empty());
}

TEST_CASE("link: numbers beyond what the controls offer are clamped to them, with a notice") {
  // A budget of $100,000 once made the planner work for seconds; the slider stops at kMaxBudgetUsd.
  auto d = decodeFragment("v1;view=plan;budget=100000;hours=500", catalog());
  REQUIRE(d.state.filters.budgetUsd.has_value());
  CHECK(*d.state.filters.budgetUsd == core::kMaxBudgetUsd);
  CHECK(d.state.hoursPerWeek == core::kMaxHoursPerWeek);
  REQUIRE(d.notices.size() == 1);
  CHECK(d.notices[0] == "2 values of the link were outside what the controls offer and were brought within range.");
  d = decodeFragment("v1;hours=0;budget=250", catalog());
  CHECK(d.state.hoursPerWeek == core::kMinHoursPerWeek);
  CHECK(*d.state.filters.budgetUsd == 250);
  CHECK(d.notices.size() == 1);
  // The state an action would allow: setFilters clamps the same way.
  core::AppState s = core::initialState(catalog());
  core::PlanFilters f;
  f.budgetUsd = 1e9;
  core::setFilters(s, f);
  CHECK(*s.filters.budgetUsd == core::kMaxBudgetUsd);
}

TEST_CASE("link: any number is clamped to what the controls offer, however long or negative") {
  auto d = decodeFragment("v1;budget=99999999999999999999999;hours=-5", catalog());
  REQUIRE(d.state.filters.budgetUsd.has_value());
  CHECK(*d.state.filters.budgetUsd == core::kMaxBudgetUsd);  // a cap, not "no cap"
  CHECK(d.state.hoursPerWeek == core::kMinHoursPerWeek);
  CHECK(d.notices == std::vector<std::string>{
                         "2 values of the link were outside what the controls offer and were brought within range."});
  d = decodeFragment("v1;budget=-100;hours=4294967297", catalog());
  CHECK(*d.state.filters.budgetUsd == core::kMinBudgetUsd);
  CHECK(d.state.hoursPerWeek == core::kMaxHoursPerWeek);
}

TEST_CASE("link: what it picks up where it is pasted is cut off, and a field not ours is left out alone") {
  const std::string link = "v1;view=plan;role=mlops-engineer;skills=python.2;name=~45vening~20plan";
  const AppState whole = decodeFragment(link, catalog()).state;
  REQUIRE(whole.planName == "Evening plan");
  for (const std::string tail : {")", ".", "),", "\".", "&utm_source=chat", "?ref=x", "];"}) {
    CAPTURE(tail);
    const auto d = decodeFragment(link + tail, catalog());
    CHECK(d.state == whole);
    CHECK(d.notices.empty());
  }
  // One field with characters a link of ours never has: that field alone goes, and it is said.
  for (const std::string bad : {"role=Mlops-engineer", "mode=<svg>", "name=\xC3\x9Cn\xC3\xAF", "view=pl%an"}) {
    CAPTURE(bad);
    const auto d = decodeFragment("v1;view=plan;skills=python.2;done=ai-for-everyone;" + bad, catalog());
    CHECK(d.recognised);
    CHECK(d.state.view == core::View::Plan);
    CHECK(d.state.ratings == core::Ratings{{"python", 2}});
    CHECK(d.state.done.size() == 1);
    CHECK(d.notices == std::vector<std::string>{"1 part of the link was not understood and ignored."});
  }
  // Not ours from the start: turned down as before.
  CHECK(decodeFragment("<b>v1;view=plan", catalog()).rejected == "it has characters a link of ours never has");
  CHECK(decodeFragment("v2;view=plan", catalog()).rejected == "it is from an unknown version");
  CHECK(decodeFragment("v10", catalog()).rejected == "it is from an unknown version");
  // A word, or a link cut before its version: not from another version, and not said to be.
  for (const char* cut : {"garbage", "view=plan;role=genai-engineer", "v", "vx;view=plan"})
    CHECK_MESSAGE(decodeFragment(cut, catalog()).rejected == "it does not begin as a link of ours does", cut);
}

TEST_CASE("link: parts past what is read are counted in the notice, not dropped unsaid") {
  // 70 fields the widget does not know: 62 read and ignored, 8 past the 64 fields read.
  std::string link = "v1;view=plan";
  for (int i = 0; i < 70; ++i) link += ";x" + std::to_string(i) + "=1";
  auto d = decodeFragment(link, catalog());
  CHECK(d.state.view == core::View::Plan);
  CHECK(d.notices == std::vector<std::string>{"70 parts of the link were not understood and ignored."});
  // 20 plans besides the one on screen: 7 kept (kMaxPlans), 13 left out, and said to be plans.
  link = "v1;plans=";
  for (int i = 0; i < 20; ++i) link += (i ? ",name.p" : "name.p") + std::to_string(i);
  d = decodeFragment(link, catalog());
  CHECK(d.state.otherPlans.size() == core::kMaxPlans - 1);
  CHECK(d.notices == std::vector<std::string>{
                         "13 plans of the link were left out: a reader keeps up to 8 plans, each with a name of its own."});
  // A plan of more than 16 key.value pairs: the pairs past them are counted too.
  link = "v1;plans=name.p";
  for (int i = 0; i < 20; ++i) link += ".hours.9";
  d = decodeFragment(link, catalog());
  REQUIRE(d.state.otherPlans.size() == 1);
  CHECK(d.state.otherPlans[0].hoursPerWeek == 9);
  // (32 parts read: its name, the first hours, 14 repeated hours ignored; 10 parts past them.)
  CHECK(d.notices == std::vector<std::string>{"24 parts of the link were not understood and ignored."});
}

TEST_CASE("link: a plan name with characters a name cannot hold is cleaned, and it is said") {
  // U+202E (a bidi override) before "evil", and a byte that is not UTF-8 in the other plan's name.
  auto d = decodeFragment("v1;name=~e2~80~aeevil;plans=name.bad~ff", catalog());
  CHECK(d.state.planName == "evil");
  REQUIRE(d.state.otherPlans.size() == 1);
  CHECK(d.state.otherPlans[0].name == "bad");
  CHECK(d.notices == std::vector<std::string>{
                         "2 plan names of the link had characters a name cannot hold, or more than it holds, which were "
                         "taken out."});
  // A name longer than a name holds is cut to its length, and that is said too (it was said to
  // have characters a name cannot hold, and nothing else).
  d = decodeFragment("v1;name=" + std::string(core::kMaxPlanNameChars + 5, 'a'), catalog());
  CHECK(d.state.planName == std::string(core::kMaxPlanNameChars, 'a'));
  CHECK(d.notices == std::vector<std::string>{
                         "1 plan name of the link had characters a name cannot hold, or more than it holds, which were "
                         "taken out."});
  // A name as escapeName writes it is taken as it is, unsaid.
  core::AppState s = decodeFragment("v1", catalog()).state;
  s.planName = "Caf\xC3\xA9 \xE2\x80\x94 evenings";
  d = decodeFragment(core::encodeFragment(s), catalog());
  CHECK(d.state.planName == s.planName);
  CHECK(d.notices.empty());
}

TEST_CASE("link: an unknown field from a newer version is skipped, the rest kept") {
  auto d = decodeFragment("v1;colour=blue;view=compare", catalog());
  CHECK(d.state.view == core::View::Compare);
  REQUIRE(d.notices.size() == 1);
  CHECK(d.notices[0] == "1 part of the link was not understood and ignored.");
}

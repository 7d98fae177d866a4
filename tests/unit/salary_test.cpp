#include <doctest/doctest.h>

#include "app_state.h"
#include "salary.h"
#include "text_mirror.h"
#include "test_helpers.h"

using core::SalaryRange;

namespace {
SalaryRange range(std::optional<std::int64_t> min, std::optional<std::int64_t> max, bool open) {
  SalaryRange r;
  r.min = min;
  r.max = max;
  r.openMax = open;
  return r;
}
}  // namespace

TEST_CASE("money is short and exact where it can be") {
  CHECK(core::formatMoney(140000) == "$140k");
  CHECK(core::formatMoney(99999) == "$99.9k");
  CHECK(core::formatMoney(112590) == "$112.6k");
  CHECK(core::formatMoney(155810) == "$155.8k");
  CHECK(core::formatMoney(1200000) == "$1.2M");
  CHECK(core::formatMoney(500) == "$500");
}

TEST_CASE("ranges say whether an end is open, a floor or a ceiling") {
  CHECK(core::formatRange(range(140000, 250000, false)) == "$140k – $250k");
  CHECK(core::formatRange(range(140000, 250000, true)) == "$140k – $250k+");
  CHECK(core::formatRange(range(180000, std::nullopt, true)) == "$180k+");
  CHECK(core::formatRange(range(140000, std::nullopt, false)) == "from $140k");
  CHECK(core::formatRange(range(std::nullopt, 220000, false)) == "up to $220k");
  CHECK(core::formatRange(range(std::nullopt, 250000, true)) == "up to $250k+");
  CHECK(core::formatRange(range(140000, 140000, false)) == "about $140k");
  CHECK(core::formatRange(range(std::nullopt, std::nullopt, false)) == "not stated");
}

TEST_CASE("a role's pay span covers every band and knows when its top is open") {
  core::Role role;
  role.salary = {range(70000, 99999, false), range(std::nullopt, std::nullopt, false),
                 range(300000, std::nullopt, true)};
  auto span = core::paySpan(role);
  REQUIRE(span);
  CHECK(span->low == 70000);
  CHECK(span->high == 300000);
  CHECK(span->openHigh);

  role.salary = {range(100000, std::nullopt, false), range(std::nullopt, std::nullopt, false),
                 range(std::nullopt, 220000, false)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(span->high == 220000);
  CHECK_FALSE(span->openHigh);

  role.salary = {};
  CHECK_FALSE(core::paySpan(role).has_value());
}

TEST_CASE("compare order: highest first, roles without the band last") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  auto bySenior = core::rolesForCompare(r.catalog, core::CompareSort::SeniorPay);
  CHECK(bySenior.front()->id == "ai-content-creator");
  // Both top out at $180k+: tied, so by title.
  CHECK(bySenior[bySenior.size() - 2]->id == "ai-ethics-specialist");
  CHECK(bySenior.back()->id == "prompt-engineer");
  auto byEntry = core::rolesForCompare(r.catalog, core::CompareSort::EntryPay);
  CHECK(byEntry.front()->id == "data-scientist-nlp");
  // No entry figure: product manager and content creator, by title.
  CHECK(byEntry[byEntry.size() - 2]->id == "ai-content-creator");
  CHECK(byEntry.back()->id == "ai-product-manager");
}

TEST_CASE("courses for a role: those teaching its skills, most important coverage first") {
  core::Json doc = test::minimalDocument();
  doc["skills"].push_back({{"id", "sql"}, {"name", "SQL"}, {"category", "data"},
                           {"description", "Queries."}});
  doc["roles"][0]["skills"].push_back({{"skill", "sql"}, {"level", 1}, {"weight", 1}});
  doc["courses"].push_back({{"id", "sql101"}, {"title", "SQL 101"}, {"provider", "Udemy"},
                            {"url", ""}, {"teaches", {{{"skill", "sql"}, {"level", 1}}}},
                            {"confidence", "unconfirmed"}});
  auto r = test::load(doc);
  REQUIRE(r.report.ok());
  auto courses = core::coursesForRole(r.catalog, r.catalog.roles[0]);
  REQUIRE(courses.size() == 2);
  CHECK(courses[0]->id == "py101");  // python weighs 3, sql 1
  CHECK(courses[1]->id == "sql101");
}

TEST_CASE("actions keep the state valid and the JSON names it") {
  auto r = core::loadCatalog(test::realData());
  core::AppState s = core::initialState(r.catalog);
  CHECK(s.role == "prompt-engineer");
  core::selectRole(s, r.catalog, "mlops-engineer");
  core::selectRole(s, r.catalog, "astronaut");  // unknown: ignored
  CHECK(s.role == "mlops-engineer");
  core::showView(s, core::View::Compare);
  core::sortCompare(s, core::CompareSort::EntryPay);
  core::Json j = core::Json::parse(core::stateToJson(s, core::derive(r.catalog, s, 0)));
  CHECK(j["view"] == "compare");
  CHECK(j["role"] == "mlops-engineer");
  CHECK(j["compareSort"] == "entry");
}

TEST_CASE("the text mirror describes each view in words") {
  auto r = core::loadCatalog(test::realData());
  core::AppState s = core::initialState(r.catalog);
  auto sections = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  REQUIRE(sections.size() == 2);  // the list and the selected role
  CHECK(sections[0].title == "Roles");
  CHECK(sections[0].lines[0] == "Prompt Engineer: $100k – $180k+ a year");
  CHECK(sections[1].title == "Prompt Engineer");
  core::showView(s, core::View::Plan);
  core::setTarget(s, r.catalog, "genai-engineer");
  sections = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].title == "Learning plan for Generative AI Engineer");
  CHECK(sections[0].lines.size() >= 2);
}

#include <doctest/doctest.h>

#include "app_state.h"
#include "salary.h"
#include "synthetic_data.h"
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

TEST_CASE("ranges say whether an end is open, a floor or a ceiling, never \"up to X+\"") {
  CHECK(core::formatRange(range(140000, 250000, false)) == "$140k to $250k");
  CHECK(core::formatRange(range(140000, 250000, true)) == "$140k to $250k or more");
  CHECK(core::formatRange(range(180000, std::nullopt, true)) == "$180k or more");
  CHECK(core::formatRange(range(140000, std::nullopt, false)) == "from $140k");
  CHECK(core::formatRange(range(std::nullopt, 220000, false)) == "up to $220k");
  CHECK(core::formatRange(range(std::nullopt, 99999, false)) == "under $100k");
  CHECK(core::formatRange(range(std::nullopt, 250000, true)) == "$250k or more");
  CHECK(core::formatRange(range(140000, 140000, false)) == "about $140k");
  CHECK(core::formatRange(range(std::nullopt, std::nullopt, false)) == "not stated");
  SalaryRange about = range(90000, 180000, true);
  about.approximate = true;
  CHECK(core::formatRange(about) == "about $90k to $180k or more");
}

TEST_CASE("a role's pay span: one band as it is, levels from lowest to highest, notes never") {
  core::Role role;
  role.salary = {range(std::nullopt, 99999, false), range(std::nullopt, std::nullopt, false),
                 range(std::nullopt, std::nullopt, false)};
  role.salary[0].basis = core::PayBasis::Derived;
  role.payNotes.push_back({"senior AI system architects", "$300,000 or more.", 300000,
                           core::PayBasis::Stated, "$300,000 or more"});
  auto span = core::paySpan(role);
  REQUIRE(span);
  CHECK_FALSE(span->low.has_value());
  CHECK(span->high == 99999);
  CHECK(span->derived);
  CHECK(span->allDerived);
  CHECK(core::formatSpan(*span) == "under $100k");
  CHECK(core::derivedSuffix(*span) == " (our reading)");
  // Only entry gives a figure: the span is not the role's pay, and says which level it is.
  CHECK(core::spanScope(*span) == ", entry level only");
  CHECK(core::describeSpan(*span, true) == "under $100k a year, entry level only (our reading)");
  CHECK(core::describeSpan(*span, false) == "under $100k, entry level only (our reading)");

  role.salary = {range(100000, std::nullopt, true), range(180000, std::nullopt, true),
                 range(180000, std::nullopt, true)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::formatSpan(*span) == "$100k to $180k or more");
  CHECK(core::derivedSuffix(*span).empty());
  CHECK(core::spanScope(*span).empty());
  CHECK(core::describeSpan(*span, true) == "$100k to $180k or more a year");
  role.salary[0].basis = core::PayBasis::Derived;
  span = core::paySpan(role);
  CHECK(core::derivedSuffix(*span) == " (partly our reading)");
  CHECK(span->statedLow == 180000);

  // No entry figure: the span starts at mid level and says so. A gap in the middle does not
  // narrow it: its ends are entry and senior.
  role.salary = {range(std::nullopt, std::nullopt, false), range(140000, std::nullopt, false),
                 range(220000, std::nullopt, true)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::describeSpan(*span, true) == "$140k to $220k or more a year, mid and senior levels only");
  role.salary = {range(90000, std::nullopt, false), range(std::nullopt, std::nullopt, false),
                 range(220000, std::nullopt, true)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::spanScope(*span).empty());
  // A ceiling under every floor is the lowest end, "under $100k", and the bar is in two parts:
  // our reading up to the ceiling, the stated figure from its floor.
  role.salary = {range(std::nullopt, 99999, false), range(std::nullopt, std::nullopt, false),
                 range(300000, std::nullopt, true)};
  role.salary[0].basis = core::PayBasis::Derived;
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK_FALSE(span->low.has_value());
  CHECK(span->lowCeiling == 99999);
  CHECK(core::describeSpan(*span, true) == "under $100k to $300k or more a year (partly our reading)");
  CHECK(core::derivedPartTop(*span) == 99999);
  CHECK(span->statedLow == 300000);
  // Ceilings alone say only the highest; a ceiling above a floor is not the lowest end.
  role.salary = {range(std::nullopt, 150000, false), range(std::nullopt, std::nullopt, false),
                 range(std::nullopt, 250000, false)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::formatSpan(*span) == "up to $250k");
  CHECK_FALSE(span->lowCeiling.has_value());
  role.salary = {range(90000, std::nullopt, false), range(std::nullopt, 150000, false),
                 range(std::nullopt, std::nullopt, false)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::formatSpan(*span) == "$90k to $150k");
  CHECK_FALSE(core::derivedPartTop(*span).has_value());
  role.salary = {range(std::nullopt, std::nullopt, false), range(std::nullopt, std::nullopt, false),
                 range(300000, std::nullopt, true)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::spanScope(*span) == ", senior level only");
  role.salary = {range(90000, std::nullopt, false), range(120000, std::nullopt, false),
                 range(std::nullopt, std::nullopt, false)};
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::spanScope(*span) == ", entry and mid levels only");

  role.salary = {};
  role.allLevels = range(100000, 220000, false);
  span = core::paySpan(role);
  REQUIRE(span);
  CHECK(core::formatSpan(*span) == "$100k to $220k");
  CHECK_FALSE(span->openHigh);
  CHECK(core::spanScope(*span).empty());  // one band is every level's
  CHECK(core::formatPayByLevel(role) == "All levels: $100k to $220k");

  role.allLevels.reset();
  CHECK_FALSE(core::paySpan(role).has_value());
}

TEST_CASE("a number is found in a quote only when written there") {
  CHECK(core::quoteHasNumber("often earn well over $180,000 annually", 180000));
  CHECK(core::quoteHasNumber("base pay approaching $400,000+ at some", 400000));
  CHECK(core::quoteHasNumber("between $100,000 and $220,000", 220000));
  CHECK(core::quoteHasNumber("a budget of 5000", 5000));
  CHECK_FALSE(core::quoteHasNumber("competitive six-figure salaries", 100000));
  CHECK_FALSE(core::quoteHasNumber("$180,000", 180));
  CHECK_FALSE(core::quoteHasNumber("$1,80,000", 180000));
  CHECK_FALSE(core::quoteHasNumber("", 0));
}

TEST_CASE("compare sorts floors with floors, scoped notes never sort a role") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  auto ids = [](const std::vector<const core::Role*>& roles) {
    std::vector<std::string> out;
    for (const core::Role* role : roles) out.push_back(role->id);
    return out;
  };
  // Senior floors: GenAI $300k (the top of its range, for senior AI system architects), PM $220k,
  // prompt $180k (stated), data science $140k, MLOps $100k, ethics $90k (one-band roles by their
  // band's floor); the content creator has none at all and comes last although a note mentions
  // $400k.
  CHECK(ids(core::rolesForCompare(r.catalog, core::CompareSort::SeniorPay)) ==
        std::vector<std::string>{"genai-engineer", "ai-product-manager", "prompt-engineer",
                                 "data-scientist-nlp", "mlops-engineer", "ai-ethics-specialist",
                                 "ai-content-creator"});
  // Entry floors: data science $140k, MLOps and prompt $100k (by title), ethics $90k; the product
  // manager (no entry figure) and GenAI (a ceiling only) by title; the creator last.
  CHECK(ids(core::rolesForCompare(r.catalog, core::CompareSort::EntryPay)) ==
        std::vector<std::string>{"data-scientist-nlp", "mlops-engineer", "prompt-engineer",
                                 "ai-ethics-specialist", "ai-product-manager", "genai-engineer",
                                 "ai-content-creator"});
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
  CHECK(sections[0].lines[0] == "Prompt Engineer: $100k to $180k or more a year (partly our reading)");
  // GenAI engineers: our reading of "high-five figures" at entry, the source's $300,000 or more at
  // the top; nothing stated between.
  CHECK(sections[0].lines[1] == "Generative AI Engineer: under $100k to $300k or more a year (partly our reading)");
  CHECK(sections[0].lines[2] == "AI Product Manager: about $140k to $220k or more a year, mid and senior levels only");
  CHECK(sections[1].title == "Prompt Engineer");
  auto hasLine = [&](const std::string& text) {
    for (const std::string& l : sections[1].lines)
      if (l.find(text) != std::string::npos) return true;
    return false;
  };
  CHECK(hasLine("entry pay: $100k or more (our reading of the source's words)"));
  CHECK(hasLine("Python (our reading)"));
  CHECK(hasLine("Only for senior prompt architects at large tech companies: "));
  // Tools are in words too, where the role names any (prompt engineer names none).
  CHECK_FALSE(hasLine("Tools and frameworks"));
  core::selectRole(s, r.catalog, "mlops-engineer");
  const auto mlops = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  REQUIRE(mlops.size() == 2);
  bool tools = false;
  for (const std::string& l : mlops[1].lines)
    tools = tools || l.rfind("Tools and frameworks: Docker, Kubernetes", 0) == 0;
  CHECK(tools);
  // A fit, once there is one, says it is our figure, worked out from the reader's ratings.
  bool fitLine = false;
  for (const std::string& l : mlops[1].lines) fitLine = fitLine || l.rfind("Your fit", 0) == 0;
  CHECK_FALSE(fitLine);  // nothing rated: no fit to give
  core::rateSkill(s, r.catalog, "python", 2);
  const auto rated = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  for (const std::string& l : rated[1].lines)
    if (l.rfind("Your fit", 0) == 0) fitLine = l.find("Our measure, from your ratings (the article gives no such figure)") != std::string::npos;
  CHECK(fitLine);
  core::showView(s, core::View::Plan);
  core::setTarget(s, r.catalog, "genai-engineer");
  sections = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].title == "Learning plan for Generative AI Engineer");
  CHECK(sections[0].lines.size() >= 2);
}

TEST_CASE("the text mirror keeps a long list to its first 50 lines and says how many more there are") {
  tools::SyntheticSpec spec;
  spec.skills = 200;
  spec.roles = 120;
  spec.skillsPerRole = 12;
  spec.courses = 100;
  const auto r = core::loadCatalog(tools::syntheticCatalogJson(spec));
  REQUIRE(r.report.ok());
  core::AppState s = core::initialState(r.catalog);
  core::showView(s, core::View::Skills);
  auto sections = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  REQUIRE(sections.size() == 1);
  REQUIRE(sections[0].lines.size() == core::kMirrorLines + 1);
  CHECK(sections[0].lines[0] == r.catalog.skills[0].name + ": none");
  CHECK(sections[0].lines.back() == "\xE2\x80\xA6 and 150 more skills");
  core::showView(s, core::View::Roles);
  sections = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  REQUIRE(sections[0].lines.size() == core::kMirrorLines + 1);
  CHECK(sections[0].lines.back() == "\xE2\x80\xA6 and 70 more roles");
  core::showView(s, core::View::Compare);
  sections = core::describeView(r.catalog, s, core::derive(r.catalog, s, 0));
  CHECK(sections[0].lines.size() == core::kMirrorLines + 1);
  // A list that fits is whole, with no "more" line (the bundled data's seven roles).
  const auto real = core::loadCatalog(test::realData());
  core::AppState t = core::initialState(real.catalog);
  sections = core::describeView(real.catalog, t, core::derive(real.catalog, t, 0));
  CHECK(sections[0].lines.size() == real.catalog.roles.size());
}

// Side by side: choosing one side's role never changes the other, even when the other showed a
// default that follows other choices; choosing the role the other side shows swaps the two.
TEST_CASE("Side by side: a picker's choice keeps the other side's role, or swaps with it") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  const core::Catalog& c = r.catalog;
  core::AppState s = core::initialState(c);
  const core::Role* prompt = c.findRole("prompt-engineer");
  const core::Role* science = c.findRole("data-scientist-nlp");
  const core::Role* genai = c.findRole("genai-engineer");
  REQUIRE((prompt && science && genai));
  // Both sides showed defaults (nothing chosen yet).
  core::choosePairRole(s, c, 0, *genai, prompt, science);
  CHECK(s.pairA == "genai-engineer");
  CHECK(s.pairB == "data-scientist-nlp");
  core::choosePairRole(s, c, 0, *science, genai, science);
  CHECK(s.pairA == "data-scientist-nlp");
  CHECK(s.pairB == "genai-engineer");
  core::choosePairRole(s, c, 1, *prompt, genai, science);
  CHECK(s.pairA == "data-scientist-nlp");
  CHECK(s.pairB == "prompt-engineer");
}

// The data we ship: it must load cleanly and keep the facts the article states.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>

#include "salary.h"
#include "test_helpers.h"

TEST_CASE("data/careers.json loads with no errors and no warnings") {
  auto r = core::loadCatalog(test::realData());
  INFO(r.report.text());
  CHECK(r.report.ok());
  CHECK(r.report.warningCount() == 0);
  CHECK(r.catalog.roles.size() == 7);
  CHECK(r.catalog.skills.size() >= 25);
  CHECK(r.catalog.courses.size() == 33);
  CHECK(r.catalog.source.asOf == "2026-11");
}

TEST_CASE("the shipped data keeps the article's figures, as the article states them") {
  auto r = core::loadCatalog(test::realData());
  const core::Catalog& c = r.catalog;
  using core::Seniority;
  // One band for all levels where the article gives one range.
  for (const char* id : {"data-scientist-nlp", "mlops-engineer", "ai-ethics-specialist"}) {
    const core::Role* role = c.findRole(id);
    REQUIRE(role);
    CHECK(role->oneBand());
  }
  const core::Role* mlops = c.findRole("mlops-engineer");
  CHECK(mlops->allLevels->min == 100000);
  CHECK(mlops->allLevels->max == 220000);
  CHECK_FALSE(mlops->allLevels->openMax);
  const core::Role* ds = c.findRole("data-scientist-nlp");
  CHECK(core::formatRange(*ds->allLevels) == "about $140k to $250k or more");
  const core::Role* pm = c.findRole("ai-product-manager");
  REQUIRE(pm);
  CHECK(pm->pay(Seniority::Mid).min == 140000);
  CHECK(pm->pay(Seniority::Mid).approximate);
  CHECK(pm->pay(Seniority::Senior).min == 220000);
  CHECK(pm->pay(Seniority::Senior).openMax);
  CHECK_FALSE(pm->pay(Seniority::Entry).hasFigure());
  // Words without a number are our reading, and say so.
  const core::Role* genai = c.findRole("genai-engineer");
  REQUIRE(genai);
  CHECK(genai->pay(Seniority::Entry).derived());
  CHECK_FALSE(genai->pay(Seniority::Entry).min.has_value());
  CHECK(core::formatRange(genai->pay(Seniority::Entry)) == "under $100k");
  // The top of the range the source gives the role is its senior figure, as for the product
  // manager: "up to $300,000 or more for senior AI system architects".
  CHECK(genai->pay(Seniority::Senior).min == 300000);
  CHECK(genai->pay(Seniority::Senior).openMax);
  CHECK_FALSE(genai->pay(Seniority::Senior).derived());
  CHECK_FALSE(genai->pay(Seniority::Mid).hasFigure());
  const core::Role* prompt = c.findRole("prompt-engineer");
  REQUIRE(prompt);
  CHECK(prompt->pay(Seniority::Entry).derived());
  CHECK(prompt->pay(Seniority::Entry).min == 100000);
  // Narrow figures are notes, not the role's pay.
  const core::Role* creator = c.findRole("ai-content-creator");
  REQUIRE(creator);
  CHECK_FALSE(core::paySpan(*creator).has_value());
  REQUIRE(creator->payNotes.size() == 1);
  CHECK(creator->payNotes[0].figure == 400000);
  CHECK(genai->payNotes.empty());
  // MLOps' range is what is common: the source says pay is higher with cloud and automation
  // skills, and gives no figure, so its top is not drawn as a ceiling with nothing beside it.
  REQUIRE(mlops->payNotes.size() == 1);
  CHECK_FALSE(mlops->payNotes[0].figure.has_value());
  CHECK(mlops->payNotes[0].text.find("no figure") != std::string::npos);
  // BLS: a broad occupation's May 2024 wages; no 10th percentile without a public source.
  REQUIRE(ds->benchmarks.size() >= 1);
  CHECK(ds->benchmarks[0].median == 112590);
  CHECK(ds->benchmarks[0].period == "May 2024");
  CHECK_FALSE(ds->benchmarks[0].p10.has_value());
  CHECK_FALSE(ds->benchmarks[0].url.empty());
  // The source is described, not given a title it does not have.
  CHECK(c.source.titleIsDescription);
  CHECK(c.source.publisher.empty());
  const core::Course* aws = c.findCourse("aws-ml-specialty-prep");
  REQUIRE(aws);
  CHECK(aws->legacy.has_value());
  const core::Course* llms = c.findCourse("genai-with-llms");
  REQUIRE(llms);
  REQUIRE(llms->rating.has_value());
  CHECK(llms->rating->value == doctest::Approx(4.8));
  CHECK(llms->rating->confidence == core::Confidence::Article);
}

// A reader trusts "stated" to mean "the source gives this number": every stated figure's number
// must be written in its quote, and every figure needs a quote.
TEST_CASE("every stated pay figure's number appears in its provenance quote") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  int checked = 0;
  auto check = [&](const std::string& where, const core::SalaryRange& range) {
    if (!range.hasFigure()) return;
    INFO(where, ": ", range.provenance);
    CHECK_FALSE(range.provenance.empty());
    if (range.derived()) {
      CHECK_FALSE(range.note.empty());
      return;
    }
    for (auto n : {range.min, range.max})
      if (n) {
        CHECK(core::quoteHasNumber(range.provenance, *n));
        ++checked;
      }
  };
  for (const core::Role& role : r.catalog.roles) {
    if (role.allLevels) check(role.id + "/all", *role.allLevels);
    for (core::Seniority s : core::kSeniorities)
      check(role.id + "/" + std::string(core::nameOf(s)), role.pay(s));
    for (const core::PayNote& n : role.payNotes) {
      INFO(role.id, " note: ", n.provenance);
      if (n.figure && n.basis == core::PayBasis::Stated) {
        CHECK(core::quoteHasNumber(n.provenance, *n.figure));
        ++checked;
      }
    }
  }
  // 180k twice (prompt), 140k (PM mid, min = max: twice), 220k (PM), 300k (GenAI senior),
  // 140k/250k, 100k/220k, 90k/180k (bands), 400k (the creator's note).
  CHECK(checked == 13);
}

// Every course fact says where it was read and when; nothing without an address is kept.
TEST_CASE("every course and course fact in the shipped data has a source address and a date") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  auto sourced = [](const std::string& where, const std::string& source, const std::string& checked) {
    INFO(where);
    CHECK_FALSE(source.empty());
    CHECK(checked.size() == 10);
  };
  int named = 0;
  for (const core::Course& c : r.catalog.courses) {
    INFO(c.id);
    CHECK_FALSE(c.sources.empty());
    CHECK(c.checked.size() == 10);
    for (const core::CourseSource& s : c.sources) sourced(c.id + " source", s.url, s.checked);
    if (c.level) sourced(c.id + " level", c.level->source, c.level->checked);
    if (c.hours) sourced(c.id + " hours", c.hours->source, c.hours->checked);
    if (c.duration) sourced(c.id + " duration", c.duration->source, c.duration->checked);
    if (c.price) sourced(c.id + " price", c.price->source, c.price->checked);
    if (c.rating) sourced(c.id + " rating", c.rating->source, c.rating->checked);
    if (c.legacy) sourced(c.id + " legacy", c.legacy->source, c.legacy->checked);
    if (c.price && c.price->usd && *c.price->usd > 0) CHECK_FALSE(c.price->asOf.empty());
    if (c.namedInArticle) ++named;
  }
  CHECK(named == 10);  // the courses the article names; the rest fill the gaps it names by kind
  const core::Course* how = r.catalog.findCourse("how-google-does-ml");
  REQUIRE(how);
  REQUIRE(how->rating.has_value());
  CHECK(how->rating->reviews == 7280);
  const core::Course* mla = r.catalog.findCourse("aws-mla-c01-exam");
  REQUIRE(mla);
  CHECK(mla->kind == core::CourseKind::CertificationExam);
  CHECK_FALSE(mla->legacy.has_value());
}

// "Every skill a role needs is taught by a real course at that level, or the data says it is
// learned on the job": the widget then says so.
TEST_CASE("every needed skill is learnable: a course teaches it that far, or it is learned at work") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  for (const core::Role& role : r.catalog.roles)
    for (const core::SkillNeed& n : role.skills) {
      INFO(role.id, " needs ", n.skill, " at ", n.level);
      const core::Skill* skill = r.catalog.findSkill(n.skill);
      REQUIRE(skill);
      int best = 0;
      for (const core::Course& c : r.catalog.courses)
        for (const core::SkillTaught& t : c.teaches)
          if (t.skill == n.skill) best = std::max(best, t.level);
      const bool onJob = skill->onJobFrom > 0 && skill->onJobFrom <= n.level;
      CHECK((best >= n.level || onJob));
      if (onJob) CHECK_FALSE(skill->onJobNote.empty());
    }
  // The two the issue names: storytelling has courses up to working level now; regulation
  // compliance is taught to working level by the AIGP certification's preparation.
  CHECK(r.catalog.findSkill("storytelling")->onJobFrom == 3);
  CHECK(r.catalog.findSkill("regulation-compliance")->onJobFrom == 0);
}

TEST_CASE("each skill says what basic, working and strong mean, our choices are marked") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  for (const core::Skill& s : r.catalog.skills) {
    INFO(s.id);
    for (int level = 1; level <= 3; ++level) CHECK_FALSE(s.levelText(level).empty());
  }
  auto needs = [&](const char* role, const char* skill) -> const core::SkillNeed* {
    for (const core::SkillNeed& n : r.catalog.findRole(role)->skills)
      if (n.skill == skill) return &n;
    return nullptr;
  };
  // Named by the article, missing before.
  CHECK(needs("genai-engineer", "data-management") != nullptr);
  CHECK(needs("data-scientist-nlp", "pytorch") != nullptr);
  CHECK(needs("data-scientist-nlp", "tensorflow") != nullptr);
  // Our choices say so, and why.
  const core::SkillNeed* mlPython = needs("mlops-engineer", "python");
  REQUIRE(mlPython);
  CHECK(mlPython->ourReading);
  CHECK_FALSE(mlPython->why.empty());
  CHECK_FALSE(needs("mlops-engineer", "containers")->ourReading);
}

// Every prefix of the real file, and random corruptions of it, must return (not crash or hang)
// with at least one error for the truncated ones.
TEST_CASE("truncated and corrupted data never crashes the loader") {
  const std::string text = test::realData();
  REQUIRE(text.size() > 1000);
  for (std::size_t cut = 0; cut < text.size(); cut += 97) {
    auto r = core::loadCatalog(std::string_view(text).substr(0, cut));
    CHECK_FALSE(r.report.ok());
  }
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    std::string mutated = text;
    for (int k = 0; k < 8; ++k)
      mutated[rng() % mutated.size()] = static_cast<char>(rng() % 256);
    auto r = core::loadCatalog(mutated);
    // Most corruptions are errors; one that only touched a description still loads fully.
    if (r.report.ok()) CHECK(r.catalog.roles.size() == 7);
  }
  std::string garbage(4096, '\0');
  for (char& ch : garbage) ch = static_cast<char>(rng() % 256);
  CHECK_FALSE(core::loadCatalog(garbage).report.ok());
}

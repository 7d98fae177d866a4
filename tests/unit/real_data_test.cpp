// The data we ship: it must load cleanly and keep the facts the article states.
#include <doctest/doctest.h>

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
  CHECK(r.catalog.courses.size() == 12);
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
  CHECK_FALSE(genai->pay(Seniority::Senior).hasFigure());
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
  REQUIRE(genai->payNotes.size() == 1);
  CHECK(genai->payNotes[0].figure == 300000);
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
  // 180k twice (prompt), 140k (PM mid, min = max: twice), 220k (PM), 140k/250k, 100k/220k,
  // 90k/180k (bands), 300k and 400k (notes).
  CHECK(checked == 13);
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

// The data we ship: it must load cleanly and keep the facts the article states.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>

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

TEST_CASE("the shipped data keeps the article's figures") {
  auto r = core::loadCatalog(test::realData());
  const core::Catalog& c = r.catalog;
  using core::Seniority;
  const core::Role* mlops = c.findRole("mlops-engineer");
  REQUIRE(mlops);
  CHECK(mlops->pay(Seniority::Entry).min == 100000);
  CHECK(mlops->pay(Seniority::Senior).max == 220000);
  const core::Role* pm = c.findRole("ai-product-manager");
  REQUIRE(pm);
  CHECK(pm->pay(Seniority::Mid).min == 140000);
  CHECK(pm->pay(Seniority::Senior).min == 220000);
  CHECK(pm->pay(Seniority::Senior).openMax);
  CHECK_FALSE(pm->pay(Seniority::Entry).stated());
  const core::Role* ds = c.findRole("data-scientist-nlp");
  REQUIRE(ds);
  REQUIRE(ds->benchmarks.size() >= 1);
  CHECK(ds->benchmarks[0].median == 112590);
  const core::Course* aws = c.findCourse("aws-ml-specialty-prep");
  REQUIRE(aws);
  CHECK(aws->legacy.has_value());
  const core::Course* llms = c.findCourse("genai-with-llms");
  REQUIRE(llms);
  REQUIRE(llms->rating.has_value());
  CHECK(llms->rating->value == doctest::Approx(4.8));
  CHECK(llms->rating->confidence == core::Confidence::Article);
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

// The loader's rules for the catalogue's provenance fields: where each course fact was read and
// when, whether the article names a course, what each skill level means, which skill choices are
// ours, and which skills are learned on the job.
#include <doctest/doctest.h>

#include "test_helpers.h"

using core::Json;
using test::hasError;
using test::hasWarning;
using test::load;
using test::minimalDocument;

TEST_CASE("a course records its kind, instructor, whether the article names it, and its sources") {
  Json doc = minimalDocument();
  Json& c = doc["courses"][0];
  c["kind"] = "certification-exam";
  c["instructor"] = "A. Teacher";
  c["named_in_article"] = true;
  c["checked"] = "2026-11-26";
  c["sources"] = Json::array({{{"about", "Title and hours"}, {"url", "https://example.org/p"},
                               {"checked", "2026-11-26"}},
                              {{"about", "Level"}, {"url", "article"}, {"checked", "2026-11-25"}}});
  auto r = load(doc);
  INFO(r.report.text());
  CHECK(r.report.ok());
  CHECK(r.report.warningCount() == 0);
  const core::Course& course = r.catalog.courses[0];
  CHECK(course.kind == core::CourseKind::CertificationExam);
  CHECK(course.instructor == "A. Teacher");
  CHECK(course.namedInArticle);
  CHECK(course.checked == "2026-11-26");
  REQUIRE(course.sources.size() == 2);
  CHECK(course.sources[1].url == "article");

  c["kind"] = "webinar";
  c["checked"] = "26/11/2026";
  c["sources"][0]["url"] = "ftp://example.org/p";
  c["sources"][1]["checked"] = "2026-13-01";
  c["sources"].push_back({{"url", "article"}, {"checked", "2026-11-26"}});
  r = load(doc);
  CHECK(hasError(r.report, "courses[0].kind: \"webinar\" is not one of course, specialization, "
                           "professional-certificate, certification-exam, mooc, primer"));
  CHECK(hasError(r.report, "courses[0].checked: \"26/11/2026\" is not a date (YYYY-MM-DD)"));
  CHECK(hasError(r.report, "courses[0].sources[0].url: \"ftp://example.org/p\" is not an http(s) "
                           "address or \"article\""));
  CHECK(hasError(r.report, "courses[0].sources[1].checked: \"2026-13-01\" is not a date (YYYY-MM-DD)"));
  CHECK(hasError(r.report, "courses[0].sources[2].about: is required"));
}

TEST_CASE("every course fact can say where it was read and when") {
  Json doc = minimalDocument();
  Json& c = doc["courses"][0];
  c["hours"]["source"] = "https://example.org/hours";
  c["hours"]["checked"] = "2026-11-26";
  c["level"]["source"] = "article";
  c["level"]["checked"] = "2026-11-26";
  c["price"] = {{"model", "one-time"}, {"usd", 49}, {"as_of", "2023"}, {"confidence", "secondary"},
                {"source", "https://example.org/price"}, {"checked", "2026-11-26"}};
  c["rating"] = {{"value", 4.6}, {"reviews", 7280}, {"confidence", "secondary"},
                 {"source", "https://example.org/rating"}, {"checked", "2026-11-26"}};
  c["legacy"] = {{"reason", "Its exam was retired."}, {"successor", "A newer exam"},
                 {"source", "https://example.org/retired"}, {"checked", "2026-11-26"}};
  auto r = load(doc);
  INFO(r.report.text());
  CHECK(r.report.ok());
  CHECK(r.report.warningCount() == 0);
  const core::Course& course = r.catalog.courses[0];
  CHECK(course.hours->source == "https://example.org/hours");
  CHECK(course.level->source == "article");
  CHECK(course.price->asOf == "2023");
  CHECK(course.price->checked == "2026-11-26");
  CHECK(course.rating->reviews == 7280);
  CHECK(course.rating->source == "https://example.org/rating");
  CHECK(course.legacy->source == "https://example.org/retired");

  c["hours"]["source"] = "my notes";
  c["price"]["checked"] = "2026-11";
  c["rating"]["reviews"] = -1;
  c["legacy"]["source"] = "javascript:alert(1)";
  r = load(doc);
  CHECK(hasError(r.report, "courses[0].hours.source: \"my notes\" is not an http(s) address or \"article\""));
  CHECK(hasError(r.report, "courses[0].price.checked: \"2026-11\" is not a date (YYYY-MM-DD)"));
  CHECK(hasError(r.report, "courses[0].rating.reviews: -1 is below the minimum 0"));
  CHECK(hasError(r.report, "courses[0].legacy.source: \"javascript:alert(1)\" is not an http(s) "
                           "address or \"article\""));
}

TEST_CASE("a skill says what each level means, and where it is learned on the job") {
  Json doc = minimalDocument();
  Json& s = doc["skills"][0];
  s["levels"] = {{"basic", "Read a short script."}, {"working", "Write a small program."},
                 {"strong", "Structure a codebase others use."}};
  s["on_the_job"] = {{"from_level", 3}, {"note", "Courses stop at working level."}};
  auto r = load(doc);
  INFO(r.report.text());
  CHECK(r.report.ok());
  CHECK(r.report.warningCount() == 0);
  const core::Skill& skill = r.catalog.skills[0];
  CHECK(skill.levelText(1) == "Read a short script.");
  CHECK(skill.levelText(3) == "Structure a codebase others use.");
  CHECK(skill.onJobFrom == 3);
  CHECK(skill.onJobNote == "Courses stop at working level.");

  s["levels"].erase("strong");
  s["levels"]["working"] = "  ";
  s["on_the_job"]["from_level"] = 4;
  s["on_the_job"].erase("note");
  r = load(doc);
  CHECK(hasError(r.report, "skills[0].levels.strong: is required"));
  CHECK(hasError(r.report, "skills[0].levels.working: must not be empty"));
  CHECK(hasError(r.report, "skills[0].on_the_job.from_level: 4 is above the maximum 3"));
  CHECK(hasError(r.report, "skills[0].on_the_job.note: is required"));
}

TEST_CASE("a role's skill the article does not name is marked our reading, with why") {
  Json doc = minimalDocument();
  Json& need = doc["roles"][0]["skills"][0];
  need["our_reading"] = true;
  auto r = load(doc);
  CHECK(r.report.ok());
  CHECK(hasWarning(r.report, "roles[0].skills[0]: is marked our reading but does not say why"));
  need["why"] = "Not named for this role; our choice.";
  r = load(doc);
  CHECK(r.report.warningCount() == 0);
  CHECK(r.catalog.roles[0].skills[0].ourReading);
  CHECK(r.catalog.roles[0].skills[0].why == "Not named for this role; our choice.");
}

TEST_CASE("a needed skill no course teaches far enough must say it is learned on the job") {
  Json doc = minimalDocument();
  doc["roles"][0]["skills"][0]["level"] = 3;  // the only course teaches python to level 2
  auto r = load(doc);
  CHECK(r.report.ok());
  CHECK(hasWarning(r.report, "roles[0].skills[0]: no course teaches \"python\" at the strong level, "
                             "and the skill does not say it is learned on the job (on_the_job)"));
  doc["skills"][0]["on_the_job"] = {{"from_level", 3}, {"note", "Strong Python comes from work."}};
  r = load(doc);
  CHECK(r.report.warningCount() == 0);
  // Learned on the job only from a higher level than the role needs: still a gap.
  doc["courses"][0]["teaches"][0]["level"] = 1;
  doc["roles"][0]["skills"][0]["level"] = 2;
  r = load(doc);
  CHECK(hasWarning(r.report, "roles[0].skills[0]: no course teaches \"python\" at the working "
                             "level, and the skill does not say it is learned on the job (on_the_job)"));
}

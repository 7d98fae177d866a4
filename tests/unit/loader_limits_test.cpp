// The loader stays bounded: lists have upper limits (memory), and the work it does grows
// linearly with the input (counted, not timed: LoadResult::work).
#include <doctest/doctest.h>

#include <string>

#include "test_helpers.h"

using core::Json;
using test::hasError;
using test::load;
using test::minimalDocument;

namespace {

// The minimal document with `members` spliced into the object that starts with `opening`.
std::string withMembers(const std::string& opening, const std::string& members) {
  std::string doc = minimalDocument().dump();
  const auto at = doc.find(opening);
  REQUIRE(at != std::string::npos);
  return doc.insert(at + opening.size(), members);
}

std::string unknownKeys(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  return s;
}

std::string ratings(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "\"skill-" + std::to_string(i) + "\":1,";
  return s;
}

std::string courses(int n) {
  const std::string one = minimalDocument()["courses"][0].dump();
  std::string s;
  for (int i = 0; i < n; ++i) {
    std::string c = one;
    c.replace(c.find("py101"), 5, "c" + std::to_string(i));
    s += c + ",";
  }
  return s;
}

// Work for a document built with `n` of something, and with 8n.
template <class Make>
std::pair<std::uint64_t, std::uint64_t> workFor(int n, Make make) {
  return {core::loadCatalog(make(n)).work, core::loadCatalog(make(8 * n)).work};
}

}  // namespace

TEST_CASE("loading work grows linearly: 8 times the keys or courses, about 8 times the work") {
  // Quadratic work would grow 64-fold. The parser's events, the comparisons of a key with the
  // fields of its object and the checks after reading grow 8-fold; the one sort per object of
  // the keys no field declares (to find repeats) grows by 8 x log(8n)/log(n), about 10.2 here.
  const int n = 2000;
  auto check = [](std::pair<std::uint64_t, std::uint64_t> w) {
    CAPTURE(w.first);
    CAPTURE(w.second);
    CHECK(w.second > 4 * w.first);  // the measure does follow the input
    CHECK(w.second < 12 * w.first);
  };
  // Many keys in one object: unknown fields (each a warning) ...
  check(workFor(n, [](int k) { return withMembers("\"source\":{", unknownKeys(k)); }));
  // ... the ids of a profile's ratings (each an unknown skill) ...
  check(workFor(n, [](int k) { return withMembers("\"ratings\":{", ratings(k)); }));
  // ... the same key again and again (each a duplicate) ...
  check(workFor(n, [](int k) {
    std::string same;
    for (int i = 0; i < k; ++i) same += "\"title\":\"x\",";
    return withMembers("\"roles\":[{", same);
  }));
  // ... and many courses.
  check(workFor(n / 4, [](int k) { return withMembers("\"courses\":[", courses(k)); }));
}

TEST_CASE("many keys in one object load, each reported, in bounded time and memory") {
  auto r = core::loadCatalog(withMembers("\"source\":{", unknownKeys(50000)));
  CHECK(r.report.ok());
  CHECK(r.report.warningCount() == 50000);
  CHECK(r.report.warnings().size() == core::LoadReport::kMaxKept);
  CHECK(test::hasWarning(r.report, "source: unknown field \"k0\" (ignored)"));
}

TEST_CASE("lists have upper limits, and entries past them are not kept") {
  Json doc = minimalDocument();
  for (int i = 0; i < 101; ++i) doc["roles"][0]["tools"].push_back("tool " + std::to_string(i));
  for (int i = 0; i < 51; ++i) doc["roles"][0]["activities"].push_back("does " + std::to_string(i));
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].tools: lists 102 tools; a role can list at most 100"));
  CHECK(hasError(r.report, "roles[0].activities: lists 52 activities; a role can list at most 50"));
  CHECK(r.catalog.roles[0].tools.size() == 100);

  // 20,001 more courses (a larger file than the default limit allows): one error for the count,
  // and the courses past the limit are not kept.
  core::JsonLimits large;
  large.maxBytes = 64u << 20;
  r = core::loadCatalog(withMembers("\"courses\":[", courses(20001)), large);
  CHECK(hasError(r.report, "courses: lists 20002 courses; a file can list at most 20000"));
  CHECK(r.report.errorCount() == 1);
  CHECK(r.catalog.courses.size() == 20000);
}

TEST_CASE("the course list is reserved from the file's size, within the limit, and spare room is given back") {
  // A file large enough for more courses than may be kept (trailing spaces are JSON too): room
  // for the limit, not for what its size suggests (8.5 MB / 400 bytes = 21,000 and more).
  core::JsonLimits large;
  large.maxBytes = 64u << 20;
  auto r = core::loadCatalog(withMembers("\"courses\":[", courses(9999)) + std::string(8'500'000, ' '), large);
  REQUIRE(r.report.ok());
  CHECK(r.catalog.courses.size() == 10000);
  CHECK(r.catalog.courses.capacity() == core::kMaxCoursesInFile);
  // A file mostly of other things (long descriptions, many skills) keeps few courses: the room
  // its size suggested is given back once the list ends.
  Json doc = minimalDocument();
  doc["source"]["note"] = std::string(4999, 'x');  // a long note, within its limit
  std::string text = doc.dump();
  text.insert(text.size() - 1, std::string(60000, ' '));
  r = core::loadCatalog(text, core::JsonLimits{});
  REQUIRE(r.report.ok());
  CHECK(r.catalog.courses.capacity() <= 2 * r.catalog.courses.size() + 8);
}

TEST_CASE("a list element that is not an object keeps its place") {
  Json doc = minimalDocument();
  doc["courses"].insert(doc["courses"].begin(), 7);
  doc["courses"].push_back(doc["courses"][1]);
  auto r = load(doc);
  CHECK(hasError(r.report, "courses[0]: expected an object, found an integer"));
  CHECK(hasError(r.report, "courses[2].id: \"py101\" is already used by courses[1]"));
}

TEST_CASE("pay notes and course sources have limits too") {
  Json doc = minimalDocument();
  Json note = {{"scope", "a few posts"}, {"text", "More."}, {"provenance", "more"}};
  doc["roles"][0]["pay_notes"] = Json::array();
  for (int i = 0; i < 21; ++i) doc["roles"][0]["pay_notes"].push_back(note);
  Json source = {{"about", "Hours"}, {"url", "article"}, {"checked", "2026-11-26"}};
  doc["courses"][0]["sources"] = Json::array();
  for (int i = 0; i < 41; ++i) doc["courses"][0]["sources"].push_back(source);
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].pay_notes: lists 21 pay_notes; a role can list at most 20"));
  CHECK(hasError(r.report, "courses[0].sources: lists 41 sources; a course can list at most 40"));
  doc["roles"][0]["pay_notes"].erase(20);
  doc["courses"][0]["sources"].erase(40);
  CHECK(load(doc).report.ok());
}

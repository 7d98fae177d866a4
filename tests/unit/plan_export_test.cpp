// Taking the plan out: Markdown checklist, iCalendar study blocks, printable HTML.
#include <doctest/doctest.h>

#include <cmath>
#include <regex>
#include <sstream>

#include "calendar.h"
#include "plan_export.h"
#include "test_helpers.h"

namespace {

struct Fixture {
  core::LoadResult loaded = core::loadCatalog(test::realData());
  core::AppState state;
  core::Derived derived;
  const int today = core::daysFromCivil({2026, 11, 25});

  Fixture() {
    REQUIRE(loaded.report.ok());
    state = core::initialState(loaded.catalog);
    core::setTarget(state, loaded.catalog, "genai-engineer");
    core::setHoursPerWeek(state, 6);
    derive();
  }
  void derive() { derived = core::derive(loaded.catalog, state, today); }
};

std::vector<std::string> lines(const std::string& text, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0, at;
  while ((at = text.find(sep, start)) != std::string::npos) {
    out.push_back(text.substr(start, at - start));
    start = at + sep.size();
  }
  return out;
}

}  // namespace

TEST_CASE("calendar: days and civil dates agree, leap years included") {
  CHECK(core::daysFromCivil({1970, 1, 1}) == 0);
  CHECK(core::daysFromCivil({2000, 3, 1}) - core::daysFromCivil({2000, 2, 28}) == 2);
  CHECK(core::daysFromCivil({2100, 3, 1}) - core::daysFromCivil({2100, 2, 28}) == 1);
  for (int d = -800000; d < 800000; d += 997) {
    core::CivilDate c = core::civilFromDays(d);
    CHECK(core::daysFromCivil(c) == d);
  }
  CHECK(core::formatDate(core::daysFromCivil({2027, 3, 14})) == "14 Mar 2027");
  CHECK(core::isoDate(core::daysFromCivil({2027, 3, 4})) == "2027-03-04");
}

TEST_CASE("Markdown: a checklist with links, figures, done marks and totals") {
  Fixture f;
  REQUIRE(f.derived.plan.courses.size() >= 2);
  const std::string first = f.derived.plan.courses[0].course->id;
  core::toggleDone(f.state, f.loaded.catalog, first);
  f.derive();
  std::string md = core::planMarkdown(f.loaded.catalog, f.state, f.derived);
  CHECK(md.rfind("# Learning plan: Generative AI Engineer\n", 0) == 0);
  // A course with no known address is listed by title alone, without a link.
  const core::Course& done = *f.derived.plan.courses[0].course;
  CHECK(md.find("- [x] " + std::string(done.url.empty() ? "" : "[") + done.title) != std::string::npos);
  CHECK(md.find("- [ ] [") != std::string::npos);
  CHECK(md.find("https://www.coursera.org/learn/generative-ai-with-llms") != std::string::npos);
  CHECK(md.find("**Total:**") != std::string::npos);
  CHECK(md.find("weeks at 6 h a week, done by ") != std::string::npos);
}

TEST_CASE("iCalendar: valid structure, folded lines, and blocks that add up to the hours") {
  Fixture f;
  std::string ics = core::planIcs(f.loaded.catalog, f.state, f.derived, f.today);
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(ics.find("END:VCALENDAR\r\n") == ics.size() - 15);
  CHECK(ics.find('\n') == ics.find("\r\n") + 1);  // CRLF line ends
  int begins = 0, ends = 0, minutes = 0;
  std::regex duration("^DURATION:PT([0-9]+)H([0-9]+)M$");
  for (const std::string& line : lines(ics, "\r\n")) {
    CHECK(line.size() <= 75);
    begins += line == "BEGIN:VEVENT";
    ends += line == "END:VEVENT";
    std::smatch m;
    if (std::regex_match(line, m, duration)) minutes += std::stoi(m[1]) * 60 + std::stoi(m[2]);
  }
  CHECK(begins > 0);
  CHECK(begins == ends);
  CHECK(std::abs(minutes - f.derived.schedule.remainingHours * 60) <= begins);  // rounding per block
  // The first block is tomorrow evening, floating local time.
  CHECK(ics.find("DTSTART:20261126T180000\r\n") != std::string::npos);
}

TEST_CASE("print HTML: the role and the plan, escaped, without any script") {
  Fixture f;
  core::Catalog& cat = f.loaded.catalog;
  cat.roles[1].summary = "<script>alert('x')</script> & more";  // genai-engineer is roles[1]
  REQUIRE(cat.roles[1].id == "genai-engineer");
  f.derive();
  std::string html = core::planPrintHtml(cat, f.state, f.derived);
  CHECK(html.rfind("<!doctype html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more") != std::string::npos);
  CHECK(html.find("<h2>Courses, in study order</h2>") != std::string::npos);
  CHECK(html.find("Generative AI with Large Language Models") != std::string::npos);
}

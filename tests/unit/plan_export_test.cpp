// Taking the plan out: Markdown checklist, iCalendar study blocks, printable HTML.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <sstream>

#include "calendar.h"
#include "plan_export.h"
#include "plan_words.h"
#include "plans.h"
#include "salary.h"
#include "test_helpers.h"
#include "text_mirror.h"

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

// Text that tries to become markup, a new line or a new property in each of the three formats.
const std::string kHostile = std::string("<img src=x onerror=alert(1)> <!-- hidden --> <https://evil.example> "
                                         "[click](javascript:alert(1)) **bold** &amp; `code` | a | ~x~ $m$\n"
                                         "# heading\r\nX-INJECTED:1;a,b\\ end") +
                             std::string(1, '\0') + " after the NUL";

// The catalog's own (editable) copy of a planned course.
core::Course& courseOf(core::Catalog& cat, const core::PlannedCourse& pc) {
  for (core::Course& c : cat.courses)
    if (&c == pc.course) return c;
  FAIL("planned course not in the catalog");
  return cat.courses.front();
}

// Every occurrence of `ch` in `text` is preceded by a backslash.
bool allEscaped(const std::string& text, char ch) {
  for (std::size_t at = text.find(ch); at != std::string::npos; at = text.find(ch, at + 1))
    if (at == 0 || text[at - 1] != '\\') return false;
  return true;
}

bool hasControl(const std::string& text, bool allowCrLf) {
  for (char ch : text) {
    const unsigned char u = static_cast<unsigned char>(ch);
    if ((u < 0x20 || u == 0x7f) && !(allowCrLf && (ch == '\r' || ch == '\n'))) return true;
  }
  return false;
}

// Unfolds RFC 5545 content lines (CRLF + space continues the line).
std::string unfold(const std::string& ics) {
  std::string out;
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += ics[i];
  }
  return out;
}

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
  CHECK(md.rfind("# Learning plan: Generative AI Engineer (Plan 1)\n", 0) == 0);
  // A course with no known address is listed by title alone, without a link.
  const core::Course& done = *f.derived.plan.courses[0].course;
  CHECK(md.find("- [x] " + std::string(done.url.empty() ? "" : "[") + core::escapeMarkdown(done.title)) != std::string::npos);
  CHECK(md.find("- [ ] [") != std::string::npos);
  CHECK(md.find("https://www.coursera.org/learn/generative-ai-with-llms") != std::string::npos);
  CHECK(md.find("**Total:**") != std::string::npos);
  // Every course but one states no hours: the weeks and the date carry the estimate mark.
  CHECK(md.find(" weeks est. at 6 h a week, done by \\~") != std::string::npos);
  // Its figures say their currency and where they come from, as the printed plan does: the pay
  // from the source, the courses' facts from public pages about each (not the source, and not
  // each course's own page: most are reviews and listings).
  CHECK(md.find("Costs in US dollars; pay from ") != std::string::npos);
  CHECK(md.find(", as of " + f.loaded.catalog.source.asOf + "; course facts from public pages about each course.") != std::string::npos);
  const std::string html = core::planPrintHtml(f.loaded.catalog, f.state, f.derived);
  CHECK(html.find("GenAI Career Explorer \xC2\xB7 pay from ") != std::string::npos);
  CHECK(html.find("; course facts from public pages about each course</p>") != std::string::npos);
}

TEST_CASE("iCalendar: valid structure, folded lines, and blocks that add up to the hours") {
  Fixture f;
  core::IcsExport out = core::planIcs(f.loaded.catalog, f.state, f.derived, f.today);
  CHECK_FALSE(out.truncated);
  const std::string& ics = out.text;
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
  CHECK(begins == out.events);
  CHECK(ics.find("X-WR-CALDESC") == std::string::npos);  // only a cut calendar says so
  CHECK(std::abs(minutes - f.derived.schedule.remainingHours * 60) <= begins);  // rounding per block
  // The first block is tomorrow evening, floating local time.
  CHECK(ics.find("DTSTART:20261126T180000\r\n") != std::string::npos);
  // Each block says what its time rests on: the course's own estimate, or (a course that states
  // its hours, in a plan with estimates) the others'.
  const std::string all = unfold(ics);
  CHECK(all.find("\\nThis course states no hours: ~") != std::string::npos);
  // A course whose page gives "about 15 hours" is not booked as if it said 15 exactly; where a
  // course's estimate is a range, the block says the middle of it was booked.
  CHECK(all.find("SUMMARY:Study: Generative AI with Large Language Models (time est.)") != std::string::npos);
  CHECK(all.find("\\nIts hours are given as about 15 h\\; its dates rest on estimated hours of other courses in the plan.") !=
        std::string::npos);
  CHECK(all.find("states no hours: ~24 h est. in all\\, so this block is an estimate.") != std::string::npos);
  // A course that states its hours exactly, in a plan with estimates: its dates rest on the
  // others'. A course of a stated length gives a range of hours, and the middle is booked.
  for (const core::PlannedCourse& pc : f.derived.plan.courses) {
    core::Course& c = courseOf(f.loaded.catalog, pc);
    if (pc.hoursApproximate) c.hours->approximate = false;
    if (pc.hoursEstimated) c.duration = core::Fact<std::string>{"4 weeks"};  // 8-16 h
  }
  f.derive();
  const std::string again = unfold(core::planIcs(f.loaded.catalog, f.state, f.derived, f.today).text);
  CHECK(again.find("\\nThis course states its hours\\; its dates rest on estimated hours of other courses in the plan.") !=
        std::string::npos);
  CHECK(again.find("states no hours: ~8\xE2\x80\x93" "16 h est. in all\\; the calendar books the middle\\, so this block is an estimate.") !=
        std::string::npos);
}

TEST_CASE("print HTML: the role and the plan, escaped, without any script") {
  Fixture f;
  core::Catalog& cat = f.loaded.catalog;
  cat.roles[1].summary = "<script>alert('x')</script> & more";  // genai-engineer is roles[1]
  REQUIRE(cat.roles[1].id == "genai-engineer");
  cat.roles[1].payNotes.push_back({"lead <architects>", "$400,000 or more.", 400000, core::PayBasis::Stated,
                                   "$400,000 or more"});
  f.derive();
  std::string html = core::planPrintHtml(cat, f.state, f.derived);
  CHECK(html.rfind("<!doctype html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more") != std::string::npos);
  CHECK(html.find("<h2>Courses, in study order</h2>") != std::string::npos);
  CHECK(html.find("Generative AI with Large Language Models") != std::string::npos);
  // The pay bands and, beside them, who the source says earns beyond them.
  REQUIRE_FALSE(cat.roles[1].payNotes.empty());
  CHECK(html.find("<p class=\"muted\">" + core::escapeHtml(core::payNoteWords(cat.roles[1].payNotes[0])) + "</p>") != std::string::npos);
}

TEST_CASE("exports: totals, weeks, finish date and study blocks built on estimates carry the mark") {
  Fixture f;
  REQUIRE(f.derived.plan.hoursEstimated);
  REQUIRE(f.derived.plan.unknownCost > 0);
  const std::string md = core::planMarkdown(f.loaded.catalog, f.state, f.derived);
  const std::string html = core::planPrintHtml(f.loaded.catalog, f.state, f.derived);
  const std::string ics = unfold(core::planIcs(f.loaded.catalog, f.state, f.derived, f.today).text);
  // Markdown escapes the mark itself (a tilde can strike text through).
  CHECK(md.find("**Total:** ") != std::string::npos);
  CHECK(md.find(" courses \xC2\xB7 \\~") != std::string::npos);
  CHECK(md.find("price not stated for ") != std::string::npos);
  CHECK(md.find(" weeks est. at 6 h a week") != std::string::npos);
  CHECK(md.find("marks an estimate") != std::string::npos);
  CHECK(html.find(" courses \xC2\xB7 ~") != std::string::npos);
  CHECK(html.find(" weeks est. at 6 h a week") != std::string::npos);
  CHECK(html.find("marks an estimate") != std::string::npos);
  // Every study block of a plan resting on estimated hours says its time is an estimate.
  int blocks = 0, marked = 0;
  for (const std::string& line : lines(ics, "\r\n")) {
    if (line.rfind("SUMMARY:", 0) != 0) continue;
    ++blocks;
    marked += line.find("(time est.)") != std::string::npos;
  }
  CHECK(blocks > 0);
  CHECK(marked == blocks);
  for (const std::string* text : {&md, &html, &ics})
    for (const char* word : {"README", "proven optimal", "closes every gap", "weight 3"})
      CHECK_MESSAGE(text->find(word) == std::string::npos, word);
}

TEST_CASE("exports: stated figures carry no mark") {
  Fixture f;
  // Give every planned course stated hours and a stated price.
  for (const core::PlannedCourse& pc : f.derived.plan.courses) {
    core::Course& c = courseOf(f.loaded.catalog, pc);
    c.hours = core::Hours{};
    c.hours->value = 10;
    c.duration.reset();
    core::Price price;
    price.model = core::PriceModel::OneTime;
    price.usd = 20;
    c.price = price;
  }
  f.derive();
  REQUIRE_FALSE(f.derived.plan.anyEstimate);
  const std::string md = core::planMarkdown(f.loaded.catalog, f.state, f.derived);
  const std::string ics = core::planIcs(f.loaded.catalog, f.state, f.derived, f.today).text;
  CHECK(md.find("est.") == std::string::npos);
  CHECK(md.find("\\~") == std::string::npos);
  CHECK(ics.find("est.") == std::string::npos);
}

TEST_CASE("exports: hostile data text stays text in Markdown, iCalendar and HTML") {
  Fixture f;
  core::Catalog& cat = f.loaded.catalog;
  REQUIRE(!f.derived.plan.courses.empty());
  core::Course& course = courseOf(cat, f.derived.plan.courses[0]);
  course.title = kHostile;
  course.provider = kHostile;
  for (core::Role& r : cat.roles)
    if (r.id == "genai-engineer") r.title = kHostile;
  // Exams are named beside the plan: their titles are data too.
  for (core::Course& c : cat.courses)
    if (c.kind == core::CourseKind::CertificationExam) c.title = kHostile;
  f.derive();
  REQUIRE(f.derived.plan.courses[0].course == &course);
  REQUIRE_FALSE(f.derived.plan.exams.empty());

  SUBCASE("Markdown") {
    std::string md = core::planMarkdown(cat, f.state, f.derived);
    CHECK(md.find(" after the NUL") != std::string::npos);  // a NUL does not cut the text short
    CHECK_FALSE(hasControl(md, true));
    CHECK(md.find("\r") == std::string::npos);
    for (char ch : std::string("<&`|"))  // none of these comes from our own words
      CHECK_MESSAGE(allEscaped(md, ch), "unescaped ", ch);
    // "(" stays as typed: no link opens, since every "]" before one is escaped.
    REQUIRE(md.find("](javascript") != std::string::npos);
    for (std::size_t at = md.find("](javascript"); at != std::string::npos; at = md.find("](javascript", at + 1))
      CHECK(md[at - 1] == '\\');
    CHECK(md.find("\n# heading") == std::string::npos);  // a newline cannot start a block
    CHECK(md.find("\\*\\*bold\\*\\*") != std::string::npos);
    CHECK(md.find("\\~x\\~ \\$m\\$") != std::string::npos);
    CHECK(md.rfind("# Learning plan: \\<img src=x onerror=alert(1)\\>", 0) == 0);
  }
  SUBCASE("Markdown: a bare address in a title is not linked by GitHub's autolinks") {
    course.title = "See WWW.evil.example or https://evil.example/x and ftp://a";
    f.derive();
    const std::string md = core::planMarkdown(cat, f.state, f.derived);
    CHECK(md.find("See WWW\\.evil.example or https\\://evil.example/x and ftp\\://a") != std::string::npos);
    // The course's own link is ours and stays a link.
    CHECK(md.find("](https://") != std::string::npos);
  }
  SUBCASE("iCalendar") {
    std::string ics = core::planIcs(cat, f.state, f.derived, f.today).text;
    CHECK_FALSE(hasControl(ics, true));
    CHECK(ics.find(" after the NUL") != std::string::npos);
    const std::vector<std::string> unfolded = lines(unfold(ics), "\r\n");
    int summaries = 0;
    for (const std::string& line : unfolded) {
      CHECK(line.rfind("X-INJECTED", 0) == std::string::npos);
      CHECK(line.rfind("# heading", 0) == std::string::npos);
      if (line.rfind("SUMMARY:Study: <img", 0) == 0) {
        ++summaries;
        // RFC 5545 3.3.11: ; , \ escaped, a line break as \n, the CR dropped.
        CHECK(line.find("$m$\\n# heading\\nX-INJECTED:1\\;a\\,b\\\\ end") != std::string::npos);
      }
    }
    CHECK(summaries > 0);
  }
  SUBCASE("printable HTML") {
    std::string html = core::planPrintHtml(cat, f.state, f.derived);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<!-- hidden") == std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find(" after the NUL") != std::string::npos);
    CHECK_FALSE(hasControl(html, true));
  }
}

TEST_CASE("exports: each names the plan, in its own escaping (the reader's text)") {
  Fixture f;
  REQUIRE(core::renamePlan(f.state, 0, "<b>Eve</b>, [x](js:1); *m*"));
  f.derive();
  const std::string md = core::planMarkdown(f.loaded.catalog, f.state, f.derived);
  CHECK(md.rfind("# Learning plan: Generative AI Engineer (\\<b\\>Eve\\</b\\>, \\[x\\](js:1); \\*m\\*)\n", 0) == 0);
  const std::string html = core::planPrintHtml(f.loaded.catalog, f.state, f.derived);
  CHECK(html.find("<h1>Learning plan: Generative AI Engineer (&lt;b&gt;Eve&lt;/b&gt;, [x](js:1); *m*)</h1>") !=
        std::string::npos);
  const std::string ics = unfold(core::planIcs(f.loaded.catalog, f.state, f.derived, f.today).text);
  CHECK(ics.find("\r\nX-WR-CALNAME:Learning plan: Generative AI Engineer (<b>Eve</b>\\, [x](js:1)\\; *m*)\r\n") !=
        std::string::npos);
  CHECK(ics.find("DESCRIPTION:Learning plan: Generative AI Engineer (<b>Eve</b>\\,") != std::string::npos);
}

TEST_CASE("exports: only http(s) links become links, encoded so they cannot end early") {
  Fixture f;
  core::Catalog& cat = f.loaded.catalog;
  REQUIRE(f.derived.plan.courses.size() >= 2);
  core::Course& a = courseOf(cat, f.derived.plan.courses[0]);
  core::Course& b = courseOf(cat, f.derived.plan.courses[1]);
  a.url = "javascript:alert(1)";
  b.url = "https://example.com/a_(b)?q=1";
  const std::string md = core::planMarkdown(cat, f.state, f.derived);
  CHECK(md.find("javascript:") == std::string::npos);
  CHECK(md.find("](https://example.com/a_%28b%29?q=1)") != std::string::npos);
  const std::string html = core::planPrintHtml(cat, f.state, f.derived);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("href=\"https://example.com/a_%28b%29?q=1\"") != std::string::npos);
  const std::string ics = unfold(core::planIcs(cat, f.state, f.derived, f.today).text);
  CHECK(ics.find("javascript:") == std::string::npos);
  CHECK(ics.find("\r\nURL:https://example.com/a_%28b%29?q=1\r\n") != std::string::npos);
}

TEST_CASE("exports: a course with no page address says so, as its card does") {
  Fixture f;
  core::Catalog& cat = f.loaded.catalog;
  REQUIRE(f.derived.plan.courses.size() >= 2);
  core::Course& a = courseOf(cat, f.derived.plan.courses[0]);
  const core::Course& b = courseOf(cat, f.derived.plan.courses[1]);
  REQUIRE(core::isHttpUrl(b.url));
  a.url.clear();
  const std::string md = core::planMarkdown(cat, f.state, f.derived);
  CHECK(md.find(core::escapeMarkdown(a.title) + " (" + core::escapeMarkdown(a.provider + ", no link known") + ")") !=
        std::string::npos);
  // The linked course says nothing of the kind (its line, its table row).
  const auto lineOf = [](const std::string& text, const std::string& needle, const char* end) {
    const std::size_t at = text.find(needle);
    return at == std::string::npos ? std::string() : text.substr(at, text.find(end, at) - at);
  };
  const std::string bLine = lineOf(md, core::escapeMarkdown(b.title), "\n");
  REQUIRE(!bLine.empty());
  CHECK(bLine.find("no link known") == std::string::npos);
  const std::string html = core::planPrintHtml(cat, f.state, f.derived);
  CHECK(html.find(core::escapeHtml(a.provider + ", no link known") + "</span>") != std::string::npos);
  const std::string bRow = lineOf(html, core::escapeHtml(b.title), "</tr>");
  REQUIRE(!bRow.empty());
  CHECK(bRow.find("no link known") == std::string::npos);
  const std::string ics = unfold(core::planIcs(cat, f.state, f.derived, f.today).text);
  const std::size_t first = ics.find("SUMMARY:" + core::escapeIcsText("Study: " + a.title));
  REQUIRE(first != std::string::npos);
  const std::size_t end = ics.find("END:VEVENT", first);
  CHECK(ics.substr(first, end - first).find("\\nNo link known.") != std::string::npos);
  CHECK(ics.substr(first, end - first).find("\r\nURL:") == std::string::npos);
}

TEST_CASE("iCalendar: a plan of thousands of study evenings is cut at the cap, and says so") {
  Fixture f;
  core::Catalog& cat = f.loaded.catalog;
  for (core::Course& c : cat.courses) {
    c.hours.emplace();
    c.hours->value = 5000;
  }
  core::setHoursPerWeek(f.state, 1);
  f.derive();
  REQUIRE(f.derived.schedule.remainingHours >= 10000);  // 10,000+ evenings uncut

  core::IcsExport out = core::planIcs(cat, f.state, f.derived, f.today);
  CHECK(out.truncated);
  CHECK(out.events == core::kMaxIcsEvents);
  int begins = 0;
  for (const std::string& line : lines(out.text, "\r\n")) begins += line == "BEGIN:VEVENT";
  CHECK(begins == core::kMaxIcsEvents);
  CHECK(out.text.size() < 1000000);
  CHECK(out.lastDay == f.today + 1 + (core::kMaxIcsEvents - 1) * 7);  // one evening a week at 1 h
  const std::string all = unfold(out.text);
  const std::string note = "This calendar holds only the first 1000 study sessions of the plan\\, up to " +
                           core::formatDate(out.lastDay);
  CHECK(all.find("\r\nX-WR-CALDESC:" + note) != std::string::npos);
  CHECK(all.find("\r\nDESCRIPTION:" + note) != std::string::npos);  // the calendar's own (RFC 7986)
  // ... and the last event says it too.
  const std::size_t lastEvent = all.rfind("BEGIN:VEVENT");
  CHECK(all.find(note, lastEvent) != std::string::npos);
}

TEST_CASE("iCalendar: the cap counts exactly: N blocks fit in N, not in N - 1") {
  Fixture f;
  core::IcsExport full = core::planIcs(f.loaded.catalog, f.state, f.derived, f.today);
  REQUIRE(full.events > 2);
  core::IcsExport same = core::planIcs(f.loaded.catalog, f.state, f.derived, f.today, full.events);
  CHECK_FALSE(same.truncated);
  CHECK(same.text == full.text);
  core::IcsExport cut = core::planIcs(f.loaded.catalog, f.state, f.derived, f.today, full.events - 1);
  CHECK(cut.truncated);
  CHECK(cut.events == full.events - 1);
}

TEST_CASE("iCalendar: a week's hours go to evenings of at most 3 hours (all seven past 21 h), from 18:00, never overlapping") {
  Fixture f;
  // Hours a few seconds past a whole evening: no session of no minutes is left over.
  for (core::Course& c : f.loaded.catalog.courses)
    if (c.hours) c.hours->value += 0.004;
  const std::regex start("^DTSTART:([0-9]{4})([0-9]{2})([0-9]{2})T([0-9]{2})([0-9]{2})00$");
  const std::regex duration("^DURATION:PT([0-9]+)H([0-9]+)M$");
  for (int perWeek : {1, 5, 6, 10, 21, 22, 40}) {
    CAPTURE(perWeek);
    core::setHoursPerWeek(f.state, perWeek);
    f.derive();
    const core::IcsExport out = core::planIcs(f.loaded.catalog, f.state, f.derived, f.today);
    REQUIRE_FALSE(out.truncated);
    struct Event {
      int day, from, to;  // minutes after midnight
    };
    std::vector<Event> events;
    for (const std::string& line : lines(out.text, "\r\n")) {
      std::smatch m;
      if (std::regex_match(line, m, start)) {
        const int day = core::daysFromCivil({std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])});
        events.push_back({day, std::stoi(m[4]) * 60 + std::stoi(m[5]), 0});
      } else if (std::regex_match(line, m, duration)) {
        REQUIRE_FALSE(events.empty());
        events.back().to = events.back().from + std::stoi(m[1]) * 60 + std::stoi(m[2]);
      }
    }
    REQUIRE(static_cast<int>(events.size()) == out.events);
    const int evenings = std::min(7, (perWeek + 2) / 3);
    const double longest = std::max(3.0, perWeek / 7.0) * 60 + 1;  // a minute of rounding
    std::map<int, int> perDay;  // minutes of each day
    int total = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
      const Event& e = events[i];
      CHECK(e.from >= 18 * 60);
      CHECK(e.to <= 24 * 60);
      CHECK(e.to > e.from);
      if (i > 0 && events[i - 1].day == e.day) CHECK(events[i - 1].to <= e.from);  // no overlap
      if (i > 0) CHECK(events[i - 1].day <= e.day);
      perDay[e.day] += e.to - e.from;
      total += e.to - e.from;
    }
    for (const auto& [day, minutes] : perDay) CHECK(minutes <= longest);
    // Each full week of the plan has its evenings, spaced through it, and the week's hours.
    std::map<int, std::vector<int>> weeks;  // week -> days of the week studied
    for (const auto& [day, minutes] : perDay) weeks[(day - f.today - 1) / 7].push_back((day - f.today - 1) % 7);
    for (auto it = weeks.begin(); std::next(it) != weeks.end(); ++it) {
      CHECK(static_cast<int>(it->second.size()) == evenings);
      if (evenings == 2) CHECK(it->second == std::vector<int>{0, 3});
      int minutes = 0;
      for (int d : it->second) minutes += perDay[f.today + 1 + it->first * 7 + d];
      CHECK(std::abs(minutes - perWeek * 60) <= evenings * 2);
    }
    CHECK(std::abs(total - f.derived.schedule.remainingHours * 60) <= static_cast<double>(events.size()));
  }
}

// A plan over the reader's budget says so wherever it goes: the view's warning is not the only
// one (a printed plan or a copied Markdown would give its total with no word of the cap).
TEST_CASE("a plan over the budget says so in the Markdown, the printed page and the text mirror") {
  Fixture f;
  f.state.goal = core::PlanGoal::LeastCost;
  f.state.filters.budgetUsd = 1.0;  // below every priced course
  f.derive();
  REQUIRE(f.derived.plan.overBudget);
  const std::string said = core::overBudgetWords(f.derived.plan);
  CHECK(said.rfind("No plan fits the budget", 0) == 0);
  CHECK(core::planMarkdown(f.loaded.catalog, f.state, f.derived).find(said) != std::string::npos);
  CHECK(core::planPrintHtml(f.loaded.catalog, f.state, f.derived).find(core::escapeHtml(said)) != std::string::npos);
  f.state.view = core::View::Plan;
  bool inMirror = false;
  for (const core::TextSection& s : core::describeView(f.loaded.catalog, f.state, f.derived))
    for (const std::string& line : s.lines) inMirror = inMirror || line == said;
  CHECK(inMirror);
  // Within the budget: nothing of the kind.
  f.state.filters.budgetUsd.reset();
  f.derive();
  CHECK(core::overBudgetWords(f.derived.plan).empty());
  CHECK(core::planMarkdown(f.loaded.catalog, f.state, f.derived).find("No plan fits") == std::string::npos);
}

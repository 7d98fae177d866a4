#include "plan_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "calendar.h"
#include "data_loader.h"
#include "decimal.h"
#include "function_ref.h"
#include "outlook.h"  // sourceTitleWords
#include "plan_words.h"
#include "salary.h"

namespace core {

namespace {

std::string skillNames(const Catalog& c, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    const Skill* s = c.findSkill(id);
    out += (out.empty() ? "" : ", ") + (s ? s->name : id);
  }
  return out;
}

bool isControl(char ch) {
  const unsigned char u = static_cast<unsigned char>(ch);
  return u < 0x20 || u == 0x7f;
}

// Percent-encodes what could end a link destination or a property value early, or is not
// allowed in a URI (spaces, controls, quotes, angle brackets, parentheses, backslashes).
bool isWww(std::string_view three) {
  return std::all_of(three.begin(), three.end(), [](char c) { return c == 'w' || c == 'W'; });
}

std::string encodeUrl(std::string_view url) {
  static constexpr std::string_view kUnsafe = "\"<>()\\`{}|^";
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char ch : url) {
    const unsigned char u = static_cast<unsigned char>(ch);
    if (u <= 0x20 || u == 0x7f || kUnsafe.find(ch) != std::string_view::npos) {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += ch;
    }
  }
  return out;
}

// Lines longer than 75 octets are folded (RFC 5545, 3.1), never inside a UTF-8 sequence.
void icsLine(std::string& out, const std::string& line) {
  std::size_t start = 0, width = 75;
  while (line.size() - start > width) {
    std::size_t cut = start + width;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(start, cut - start) + "\r\n ";
    start = cut;
    width = 74;  // the leading space counts
  }
  out += line.substr(start) + "\r\n";
}

// A day and a time of day, `minutes` after midnight, as a DATE-TIME (floating local time).
std::string icsDate(int days, int minutes) {
  CivilDate d = civilFromDays(days);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d00", d.year, d.month, d.day, minutes / 60 % 24, minutes % 60);
  return buf;
}

const char* goalWord(PlanGoal g) { return g == PlanGoal::LeastHours ? "least total hours" : "least cost"; }

}  // namespace

std::string escapeHtml(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (isControl(ch) && ch != '\t' && ch != '\n') {
      out += ' ';
      continue;
    }
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string escapeMarkdown(std::string_view text) {
  // Mid-line, these are the characters that can open markup in CommonMark and its common
  // extensions: HTML, comments and autolinks (<), entities (&), links and images ([ ] !),
  // emphasis and strikethrough (* _ ~), code (`), tables (|), math ($), footnotes and attributes
  // ({ } ^ #). Data never starts a line here, so block markers need no escape of their own.
  // Parentheses stay as they are: they only make a link after a "]", which is escaped, and a
  // title such as "Prompt Engineering (2024)" then reads without backslashes.
  // GitHub's extension also links bare "www." and "scheme://" text as it parses: escaping that
  // '.' or ':' (a backslash escape any CommonMark reader drops) keeps a title's address as text.
  static constexpr std::string_view kMarkup = "\\`*_{}[]<>#!|~&$^";
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (isControl(ch)) {
      out += ' ';
      continue;
    }
    const bool wwwDot = ch == '.' && i >= 3 && isWww(text.substr(i - 3, 3));
    const bool schemeColon = ch == ':' && text.substr(i + 1, 2) == "//";
    if (kMarkup.find(ch) != std::string_view::npos || wwwDot || schemeColon) out += '\\';
    out += ch;
  }
  return out;
}

std::string escapeIcsText(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\\' || ch == ';' || ch == ',') out += '\\';
    if (ch == '\n') out += "\\n";
    else if (ch == '\r') continue;
    else out += isControl(ch) ? ' ' : ch;
  }
  return out;
}

namespace {

// Every export's title: the role, and the reader's name for the plan (several plans may aim at
// one role, and their files would read alike).
std::string planTitle(const AppState& state, const Derived& d) {
  return "Learning plan: " + (d.target ? d.target->title : std::string("a role")) + " (" + state.planName + ")";
}

// What the Markdown and the printed page say after the courses, as plain text: `line(text, kind)`
// for the totals (kind 0, the schedule joined to them by `join`), each line on what the plan
// cannot do (1) and the note on its estimates (2). Each export escapes and marks them its way.
void closingLines(const Catalog& catalog, const AppState& state, const Derived& d, const char* join,
                  FunctionRef<void(const std::string&, int)> line) {
  const Plan& plan = d.plan;
  if (!plan.courses.empty()) {
    const std::string when = scheduleWords(d.schedule, state.hoursPerWeek);
    line(sentence(totalsLine(plan) + (when.empty() ? "" : join + when)), 0);
  }
  for (const std::string& text : {emptyPlanWords(plan), qualityWords(plan, state.goal), overBudgetWords(plan)})
    if (!text.empty()) line(text, 1);
  if (!plan.uncoverable.empty()) line("No course here raises: " + skillNames(catalog, plan.uncoverable) + ".", 1);
  if (!plan.exams.empty()) line(examWords(plan), 1);
  if (plan.anyEstimate) line(estimateNote(plan), 2);
}

// Who offers a course, and, for a course with no page address, that there is none (as the
// widget's course card says): the exports list its bare title, which would read like a link lost.
std::string providerWords(const Course& c) {
  return c.provider + (isHttpUrl(c.url) ? "" : ", no link known");
}

}  // namespace

std::string planMarkdown(const Catalog& catalog, const AppState& state, const Derived& d) {
  std::string out;
  out += "# " + escapeMarkdown(planTitle(state, d)) + "\n\n";
  out += "Chosen for the " + std::string(goalWord(state.goal)) + " by GenAI Career Explorer. Costs in US dollars; " +
         "pay from " + escapeMarkdown(sourceTitleWords(catalog.source)) + ", as of " + escapeMarkdown(catalog.source.asOf) +
         "; " + kCourseFactsSource + ".\n\n";
  for (const ScheduledCourse& sc : d.schedule.courses) {
    const PlannedCourse& pc = d.plan.courses[sc.index];
    const Course& c = *pc.course;
    out += sc.done ? "- [x] " : "- [ ] ";
    out += isHttpUrl(c.url) ? "[" + escapeMarkdown(c.title) + "](" + encodeUrl(c.url) + ")"
                            : escapeMarkdown(c.title);
    out += " (" + escapeMarkdown(providerWords(c)) + ") \xE2\x80\x94 " +
           escapeMarkdown(plannedHoursWords(pc) + ", " + courseCostWords(pc));
    if (!pc.closes.empty()) out += " \xE2\x80\x94 closes: " + escapeMarkdown(skillNames(catalog, pc.closes));
    out += "\n";
  }
  closingLines(catalog, state, d, "; ", [&](const std::string& text, int kind) {
    out += kind == 0 ? "\n**Total:** " : "\n";
    out += escapeMarkdown(text) + "\n";
  });
  return out;
}

IcsExport planIcs(const Catalog& catalog, const AppState& state, const Derived& d, int today,
                  int maxEvents) {
  // First the study blocks (at most one more than fits, to know whether the plan goes on), then
  // the text: the note about a cut calendar goes in its header and in its last event.
  // A week's hours are spread over as few evenings as keep each at most kEveningHours, spaced
  // through the week (2 evenings: days 1 and 4), and shared out evenly, so an evening is never
  // longer than 40 h / 7 (18:00 to 23:43). A course ending mid-evening leaves the rest of that
  // evening to the next, which starts when it ends: blocks never overlap.
  struct Block {
    const PlannedCourse* course;
    int index, day, start, minutes;  // start: minutes after midnight
  };
  std::vector<Block> blocks;
  const std::size_t cap = static_cast<std::size_t>(std::max(0, maxEvents));
  constexpr double kEveningHours = 3;
  const double perWeek = std::max(1, state.hoursPerWeek);
  const int evenings = std::min(7, static_cast<int>(std::ceil(perWeek / kEveningHours)));
  const double perEvening = perWeek / evenings;
  int evening = 0;
  double used = 0;  // hours of this evening already given
  for (const ScheduledCourse& sc : d.schedule.courses) {
    if (sc.done || blocks.size() > cap) continue;
    const PlannedCourse& pc = d.plan.courses[sc.index];
    double left = pc.hours;
    for (int block = 0; left > 1e-9 && blocks.size() <= cap; ++block) {
      const double hours = std::min(left, perEvening - used);
      const int start = static_cast<int>(std::lround(used * 60));
      const int minutes = static_cast<int>(std::lround((used + hours) * 60)) - start;
      if (minutes > 0)  // (not a rounding's remainder of seconds)
        blocks.push_back({&pc, block, today + 1 + evening / evenings * 7 + evening % evenings * 7 / evenings,
                          18 * 60 + start, minutes});
      left -= hours;
      used += hours;
      if (perEvening - used <= 1e-9) {
        ++evening;
        used = 0;
      }
    }
  }
  IcsExport result;
  result.truncated = blocks.size() > cap;
  if (result.truncated) blocks.resize(cap);
  result.events = static_cast<int>(blocks.size());
  result.lastDay = blocks.empty() ? today : blocks.back().day;
  const std::string title = planTitle(state, d);
  const std::string cutNote = "This calendar holds only the first " + decimal(cap) +
                              " study sessions of the plan, up to " + formatDate(result.lastDay) +
                              "; the plan goes on until " +
                              (d.schedule.estimated ? "about " + formatDate(d.schedule.finishDayMax) + " (estimated)"
                                                    : formatDate(d.schedule.finishDay)) + ".";

  std::string& out = result.text;
  icsLine(out, "BEGIN:VCALENDAR");
  icsLine(out, "VERSION:2.0");
  icsLine(out, "PRODID:-//GenAI Career Explorer//Learning plan//EN");
  icsLine(out, "CALSCALE:GREGORIAN");
  icsLine(out, "NAME:" + escapeIcsText(title));        // RFC 7986, 5.1
  icsLine(out, "X-WR-CALNAME:" + escapeIcsText(title));  // what most calendar apps show
  if (result.truncated) {
    icsLine(out, "DESCRIPTION:" + escapeIcsText(cutNote));  // RFC 7986, 5.2
    icsLine(out, "X-WR-CALDESC:" + escapeIcsText(cutNote));  // what most calendar apps show
  }
  const std::string midnight = icsDate(today, 0);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const Course& c = *b.course->course;
    icsLine(out, "BEGIN:VEVENT");
    icsLine(out, "UID:" + encodeUrl(c.id) + "-" + decimal(b.index) + "-" + midnight +
                     "@career-explorer");
    icsLine(out, "DTSTAMP:" + midnight + "Z");
    icsLine(out, "DTSTART:" + icsDate(b.day, b.start));
    icsLine(out, "DURATION:PT" + decimal(b.minutes / 60) + "H" + decimal(b.minutes % 60) + "M");
    // A block's length is as sure as the hours it rests on: an estimate says so in its title.
    const bool estimated = d.schedule.estimated;
    icsLine(out, "SUMMARY:" + escapeIcsText("Study: " + c.title + (estimated ? " (time est.)" : "")));
    std::string about = title + ". Closes: " + skillNames(catalog, b.course->closes) + ".";
    if (b.course->hoursEstimated)
      about += "\nThis course states no hours: " + hoursWords(b.course->hoursSpan, true) + " in all" +
               (b.course->hoursSpan.isRange() ? "; the calendar books the middle" : "") + ", so this block is an estimate.";
    else if (b.course->hoursApproximate || estimated)
      about += (b.course->hoursApproximate ? "\nIts hours are given as " + plannedHoursWords(*b.course)
                                           : std::string("\nThis course states its hours")) +
               (estimated ? "; its dates rest on estimated hours of other courses in the plan." : ".");
    about += isHttpUrl(c.url) ? "\n" + encodeUrl(c.url) : std::string("\nNo link known.");
    if (result.truncated && i + 1 == blocks.size()) about += "\n" + cutNote;
    icsLine(out, "DESCRIPTION:" + escapeIcsText(about));
    if (isHttpUrl(c.url)) icsLine(out, "URL:" + encodeUrl(c.url));
    icsLine(out, "END:VEVENT");
  }
  icsLine(out, "END:VCALENDAR");
  return result;
}

std::string planPrintHtml(const Catalog& catalog, const AppState& state, const Derived& d) {
  const Role* role = d.target;
  const std::string title = planTitle(state, d);
  std::string h;
  h += "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escapeHtml(title) +
       "</title><style>"
       // A data text's own line breaks are kept, and a word longer than the line breaks within it.
       "body{font:11pt/1.45 system-ui,sans-serif;color:#1d2330;max-width:46rem;margin:2rem auto;padding:0 1rem;"
       "overflow-wrap:anywhere}p,li,td{white-space:pre-line}"
       "h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:1.4rem 0 .4rem}"
       "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccd;padding:.35rem .3rem;"
       "text-align:left;vertical-align:top}.muted{color:#5b6475}.box{font-size:1.1rem}"
       "@media print{body{margin:0}a{color:inherit}}</style></head><body>";
  h += "<h1>" + escapeHtml(title) + "</h1>";
  const Source& src = catalog.source;
  h += "<p class=\"muted\">GenAI Career Explorer \xC2\xB7 pay from " + escapeHtml(sourceTitleWords(src)) +
       ", as of " + escapeHtml(src.asOf) + "; " + kCourseFactsSource + "</p>";
  if (role) {
    h += "<h2>The role</h2><p>" + escapeHtml(role->summary) + "</p><ul>";
    for (const std::string& a : role->activities) h += "<li>" + escapeHtml(a) + "</li>";
    h += "</ul><p>";
    h += escapeHtml(formatPayByLevel(*role)) + " ";
    h += "<span class=\"muted\">(US dollars a year)</span></p>";
    // Who earns beyond the bands (a scoped figure is not the role's pay, but a reader of the
    // bands alone would read the role as paying less than the source says some do).
    for (const PayNote& n : role->payNotes) h += "<p class=\"muted\">" + escapeHtml(payNoteWords(n)) + "</p>";
  }
  h += "<h2>Courses, in study order</h2><table><tr><th></th><th>Course</th><th>Hours</th>"
       "<th>Cost</th><th>Closes</th></tr>";
  for (const ScheduledCourse& sc : d.schedule.courses) {
    const PlannedCourse& pc = d.plan.courses[sc.index];
    const Course& c = *pc.course;
    std::string name = escapeHtml(c.title);
    if (isHttpUrl(c.url)) name = "<a href=\"" + escapeHtml(encodeUrl(c.url)) + "\">" + name + "</a>";
    h += "<tr><td class=\"box\">" + std::string(sc.done ? "&#9745;" : "&#9744;") + "</td><td>" + name +
         "<br><span class=\"muted\">" + escapeHtml(providerWords(c)) + "</span></td><td>" +
         escapeHtml(plannedHoursWords(pc)) + "</td><td>" +
         escapeHtml(courseCostWords(pc)) + "</td><td>" +
         escapeHtml(skillNames(catalog, pc.closes)) + "</td></tr>";
  }
  h += "</table>";
  closingLines(catalog, state, d, " \xE2\x80\x94 ", [&](const std::string& text, int kind) {
    h += kind == 0 ? "<p><b>Total:</b> " : kind == 2 ? "<p class=\"muted\">" : "<p>";
    h += escapeHtml(text) + "</p>";
  });
  h += "</body></html>";
  return h;
}

}  // namespace core

#include "plan_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "calendar.h"
#include "salary.h"

namespace core {

namespace {

std::string hoursText(double hours, bool estimated) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%g h", estimated ? "~" : "", std::round(hours * 10) / 10);
  return buf;
}

std::string usdText(double usd, bool estimated) {
  if (usd == 0 && !estimated) return "free";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s$%.0f", estimated ? "~" : "", usd);
  return buf;
}

std::string skillNames(const Catalog& c, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    const Skill* s = c.findSkill(id);
    out += (out.empty() ? "" : ", ") + (s ? s->name : id);
  }
  return out;
}

// Markdown link text must not close the bracket or start a new line.
std::string markdownText(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == '[' || ch == ']' || ch == '\\' || ch == '*' || ch == '_' || ch == '`') out += '\\';
    out += (ch == '\n' || ch == '\r') ? ' ' : ch;
  }
  return out;
}

// iCalendar TEXT: escape \ ; , and newlines.
std::string icsText(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == '\\' || ch == ';' || ch == ',') out += '\\';
    if (ch == '\n') out += "\\n";
    else if (ch != '\r') out += ch;
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

std::string icsDate(int days) {
  CivilDate d = civilFromDays(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

// A URL inside a Markdown link: a ")" would end it early.
std::string markdownUrl(const std::string& url) {
  std::string out;
  for (char ch : url) out += ch == ')' ? "%29" : ch == '(' ? "%28" : std::string(1, ch);
  return out;
}

const char* goalWord(PlanGoal g) { return g == PlanGoal::LeastHours ? "least total hours" : "least cost"; }

}  // namespace

std::string escapeHtml(std::string_view text) {
  std::string out;
  for (char ch : text) {
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

std::string planMarkdown(const Catalog& catalog, const AppState& state, const Derived& d) {
  std::string out;
  const std::string role = d.target ? d.target->title : "a role";
  out += "# Learning plan: " + markdownText(role) + "\n\n";
  out += "Chosen for the " + std::string(goalWord(state.goal)) + " by GenAI Career Explorer.\n\n";
  for (const ScheduledCourse& sc : d.schedule.courses) {
    const PlannedCourse& pc = d.plan.courses[sc.index];
    const Course& c = *pc.course;
    out += sc.done ? "- [x] " : "- [ ] ";
    out += c.url.empty() ? markdownText(c.title) : "[" + markdownText(c.title) + "](" + markdownUrl(c.url) + ")";
    out += " (" + markdownText(c.provider) + ") \xE2\x80\x94 " + hoursText(pc.hours, pc.hoursEstimated) +
           ", " + usdText(pc.usd, pc.usdEstimated);
    if (!pc.closes.empty()) out += " \xE2\x80\x94 closes: " + markdownText(skillNames(catalog, pc.closes));
    out += "\n";
  }
  out += "\n**Total:** " + hoursText(d.plan.totalHours, false) + ", " + usdText(d.plan.totalUsd, false);
  if (d.schedule.remainingHours > 0)
    out += "; " + std::to_string(d.schedule.weeks) + " weeks at " + std::to_string(state.hoursPerWeek) +
           " h a week, done by " + formatDate(d.schedule.finishDay);
  out += ".\n";
  if (!d.plan.uncoverable.empty())
    out += "\nNo course here teaches: " + markdownText(skillNames(catalog, d.plan.uncoverable)) + ".\n";
  if (d.plan.anyEstimate) out += "\n~ marks an estimate: the course states no hours or price.\n";
  return out;
}

std::string planIcs(const Catalog& catalog, const AppState& state, const Derived& d, int today) {
  std::string out;
  icsLine(out, "BEGIN:VCALENDAR");
  icsLine(out, "VERSION:2.0");
  icsLine(out, "PRODID:-//GenAI Career Explorer//Learning plan//EN");
  icsLine(out, "CALSCALE:GREGORIAN");
  const double perWeek = std::max(1, state.hoursPerWeek);
  int week = 0, dayInWeek = 0;
  double weekLeft = perWeek;
  const std::string stamp = icsDate(today) + "T000000Z";
  for (const ScheduledCourse& sc : d.schedule.courses) {
    if (sc.done) continue;
    const PlannedCourse& pc = d.plan.courses[sc.index];
    double left = pc.hours;
    int block = 0;
    while (left > 1e-9) {
      const double hours = std::min(left, weekLeft);
      const int minutes = static_cast<int>(std::lround(hours * 60));
      const int day = today + 1 + week * 7 + dayInWeek;
      icsLine(out, "BEGIN:VEVENT");
      icsLine(out, "UID:" + pc.course->id + "-" + std::to_string(block) + "-" + icsDate(today) +
                       "@career-explorer");
      icsLine(out, "DTSTAMP:" + stamp);
      icsLine(out, "DTSTART:" + icsDate(day) + "T180000");
      icsLine(out, "DURATION:PT" + std::to_string(minutes / 60) + "H" + std::to_string(minutes % 60) + "M");
      icsLine(out, "SUMMARY:" + icsText("Study: " + pc.course->title));
      std::string about = "Learning plan for " + (d.target ? d.target->title : std::string("a role")) +
                          ". Closes: " + skillNames(catalog, pc.closes) + ".";
      if (!pc.course->url.empty()) about += "\n" + pc.course->url;
      icsLine(out, "DESCRIPTION:" + icsText(about));
      if (!pc.course->url.empty()) icsLine(out, "URL:" + pc.course->url);
      icsLine(out, "END:VEVENT");
      left -= hours;
      weekLeft -= hours;
      ++block;
      ++dayInWeek;  // the next block, even of the same course, goes on another evening
      if (weekLeft <= 1e-9 || dayInWeek >= 7) {
        ++week;
        dayInWeek = 0;
        weekLeft = perWeek;
      }
    }
  }
  icsLine(out, "END:VCALENDAR");
  return out;
}

std::string planPrintHtml(const Catalog& catalog, const AppState& state, const Derived& d) {
  const Role* role = d.target;
  std::string title = "Learning plan" + (role ? ": " + role->title : std::string());
  std::string h;
  h += "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escapeHtml(title) +
       "</title><style>"
       "body{font:11pt/1.45 system-ui,sans-serif;color:#1d2330;max-width:46rem;margin:2rem auto;padding:0 1rem}"
       "h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:1.4rem 0 .4rem}"
       "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccd;padding:.35rem .3rem;"
       "text-align:left;vertical-align:top}.muted{color:#5b6475}.box{font-size:1.1rem}"
       "@media print{body{margin:0}a{color:inherit}}</style></head><body>";
  h += "<h1>" + escapeHtml(title) + "</h1>";
  const Source& src = catalog.source;  // described, not quoted, when it has no recorded title
  h += "<p class=\"muted\">GenAI Career Explorer \xC2\xB7 figures from " +
       (src.titleIsDescription ? escapeHtml(src.title)
                               : "\xE2\x80\x9C" + escapeHtml(src.title) + "\xE2\x80\x9D") +
       ", as of " + escapeHtml(src.asOf) + "</p>";
  if (role) {
    h += "<h2>The role</h2><p>" + escapeHtml(role->summary) + "</p><ul>";
    for (const std::string& a : role->activities) h += "<li>" + escapeHtml(a) + "</li>";
    h += "</ul><p>";
    h += escapeHtml(formatPayByLevel(*role)) + " ";
    h += "<span class=\"muted\">(US dollars a year)</span></p>";
  }
  h += "<h2>Courses, in study order</h2><table><tr><th></th><th>Course</th><th>Hours</th>"
       "<th>Cost</th><th>Closes</th></tr>";
  for (const ScheduledCourse& sc : d.schedule.courses) {
    const PlannedCourse& pc = d.plan.courses[sc.index];
    const Course& c = *pc.course;
    std::string name = escapeHtml(c.title);
    if (!c.url.empty()) name = "<a href=\"" + escapeHtml(c.url) + "\">" + name + "</a>";
    h += "<tr><td class=\"box\">" + std::string(sc.done ? "&#9745;" : "&#9744;") + "</td><td>" + name +
         "<br><span class=\"muted\">" + escapeHtml(c.provider) + "</span></td><td>" +
         escapeHtml(hoursText(pc.hours, pc.hoursEstimated)) + "</td><td>" +
         escapeHtml(usdText(pc.usd, pc.usdEstimated)) + "</td><td>" +
         escapeHtml(skillNames(catalog, pc.closes)) + "</td></tr>";
  }
  h += "</table><p><b>Total:</b> " + escapeHtml(hoursText(d.plan.totalHours, false)) + ", " +
       escapeHtml(usdText(d.plan.totalUsd, false));
  if (d.schedule.remainingHours > 0)
    h += " \xE2\x80\x94 " + std::to_string(d.schedule.weeks) + " weeks at " +
         std::to_string(state.hoursPerWeek) + " h a week, done by " + escapeHtml(formatDate(d.schedule.finishDay));
  h += ".</p>";
  if (!d.plan.uncoverable.empty())
    h += "<p>No course here teaches: " + escapeHtml(skillNames(catalog, d.plan.uncoverable)) + ".</p>";
  if (d.plan.anyEstimate) h += "<p class=\"muted\">~ marks an estimate: the course states no hours or price.</p>";
  h += "</body></html>";
  return h;
}

}  // namespace core

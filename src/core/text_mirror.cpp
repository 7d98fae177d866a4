#include "text_mirror.h"

#include <cstdio>

#include "decimal.h"
#include "outlook.h"
#include "plan_words.h"
#include "plans.h"
#include "salary.h"

namespace core {

namespace {

const char* kRatingWords[] = {"none", "basic", "working", "strong"};

std::string payLine(const Role& r) {
  auto span = paySpan(r);
  if (!span) return r.title + ": pay not stated";
  return r.title + ": " + describeSpan(*span, true);
}

int fitOf(const Derived& d, const Role& r) {
  for (const RoleFit& f : d.ranking)
    if (f.role == &r) return f.score;
  return 0;
}

TextSection roleProfile(const Catalog& c, const Role& r, const Derived& d) {
  TextSection s{r.title, {r.summary}};
  auto payLineOf = [&](std::string label, const SalaryRange& range) {
    std::string line = label + " pay: " + formatRange(range);
    if (range.hasFigure())
      line += range.derived() ? " (our reading of the source's words)"
                              : " (" + std::string(nameOf(range.confidence)) + ")";
    s.lines.push_back(line);
  };
  if (r.allLevels) payLineOf("All levels", *r.allLevels);
  else
    for (Seniority band : kSeniorities) payLineOf(std::string(nameOf(band)), r.pay(band));
  for (const PayNote& n : r.payNotes) s.lines.push_back(payNoteWords(n));
  for (const Benchmark& b : r.benchmarks)
    s.lines.push_back(b.source + ", " + b.period + " wages for the broad occupation " +
                      b.occupation + " (not this role): median " + formatMoney(b.median));
  for (std::string& line : outlookLines(c, r)) s.lines.push_back(std::move(line));
  for (const std::string& a : r.activities) s.lines.push_back("Day to day: " + a);
  std::string skills = "Skills: ";
  for (std::size_t i = 0; i < r.skills.size(); ++i) {
    const Skill* k = c.findSkill(r.skills[i].skill);
    skills += (i ? ", " : "") + (k ? k->name : r.skills[i].skill) +
              (r.skills[i].ourReading ? " (our reading)" : "");
  }
  s.lines.push_back(skills);
  if (!r.tools.empty()) {
    std::string tools = "Tools and frameworks: ";
    for (std::size_t i = 0; i < r.tools.size(); ++i) tools += (i ? ", " : "") + r.tools[i];
    s.lines.push_back(tools);
  }
  if (d.anyRated) s.lines.push_back("Your fit: " + decimal(fitOf(d, r)) + "%. " + kFitMeaning);
  // As in the interface, the first dozen: a huge data file must not make a huge mirror.
  for (std::size_t i = 0; i < d.roleCourses.size() && i < 12; ++i)
    s.lines.push_back("Course: " + d.roleCourses[i]->title + ", " + d.roleCourses[i]->provider);
  return s;
}

}  // namespace

std::vector<TextSection> describeView(const Catalog& c, const AppState& state, const Derived& d) {
  std::vector<TextSection> out;
  switch (state.view) {
    case View::Roles: {
      TextSection list{"Roles", {}};
      if (d.anyRated) {
        addListLines(list, d.ranking.size(), "roles", [&](std::size_t i) {
          return payLine(*d.ranking[i].role) + ", fit " + decimal(d.ranking[i].score) + "%";
        });
      } else {
        addListLines(list, c.roles.size(), "roles", [&](std::size_t i) { return payLine(c.roles[i]); });
      }
      out.push_back(list);
      if (const Role* r = c.findRole(state.role)) out.push_back(roleProfile(c, *r, d));
      break;
    }
    case View::Compare: {
      TextSection s{"Pay compared, by " + std::string(state.compareSort == CompareSort::EntryPay
                                                          ? "entry pay" : "senior pay"), {}};
      const auto roles = rolesForCompare(c, state.compareSort);
      addListLines(s, roles.size(), "roles", [&](std::size_t i) { return payLine(*roles[i]); });
      out.push_back(s);
      break;
    }
    case View::Skills: {
      TextSection s{"My skills", {}};
      addListLines(s, c.skills.size(), "skills", [&](std::size_t i) {
        return c.skills[i].name + ": " + kRatingWords[ratingOf(state.ratings, c.skills[i].id)];
      });
      out.push_back(s);
      break;
    }
    case View::Plan: {
      TextSection s{"Learning plan" + (d.target ? " for " + d.target->title : std::string()), {}};
      if (!state.otherPlans.empty())  // several plans (plans.h): which one this is
        s.lines.push_back("Plan \xE2\x80\x9C" + state.planName + "\xE2\x80\x9D, " + decimal(activePlanIndex(state) + 1) +
                          " of " + decimal(state.otherPlans.size() + 1));
      const std::string empty = emptyPlanWords(d.plan);
      if (!empty.empty()) s.lines.push_back(empty);
      if (!d.plan.courses.empty()) {
        std::string totals = totalsLine(d.plan);
        const std::string when = scheduleWords(d.schedule, state.hoursPerWeek);
        if (!when.empty()) totals += ", " + when;
        s.lines.push_back(totals);
      }
      for (const std::string& text : {qualityWords(d.plan, state.goal), overBudgetWords(d.plan)})
        if (!text.empty()) s.lines.push_back(text);
      for (const ScheduledCourse& sc : d.schedule.courses) {
        const PlannedCourse& pc = d.plan.courses[sc.index];
        s.lines.push_back(std::string(sc.done ? "Done: " : "To do: ") + pc.course->title + ", " +
                          plannedHoursWords(pc) + ", " + courseCostWords(pc));
      }
      for (const std::string& id : d.plan.uncoverable) {
        const Skill* k = c.findSkill(id);
        s.lines.push_back("No course raises " + (k ? k->name : id));
      }
      if (!d.plan.exams.empty()) s.lines.push_back(examWords(d.plan));
      const std::string unstated = unstatedLevelWords(d.plan, state.filters);
      if (!unstated.empty()) s.lines.push_back(unstated);
      const std::string note = estimateNote(d.plan);
      if (!note.empty()) s.lines.push_back(note);
      out.push_back(s);
      break;
    }
  }
  return out;
}

TextSection describeProblems(const LoadReport& report) {
  static_assert(LoadReport::kMaxKept >= kMirrorLines, "the mirror lists only problems the report kept");
  TextSection section{kDataProblemsTitle, {}};
  // Counted past what the report kept: "… and 950 more errors" counts all of them.
  addListLines(section, report.errorCount(), "errors",
               [&](std::size_t i) { return "Error: " + report.errors()[i].text(); });
  addListLines(section, report.warningCount(), "warnings",
               [&](std::size_t i) { return "Warning: " + report.warnings()[i].text(); });
  return section;
}

}  // namespace core

#include "plan_words.h"

#include <cmath>
#include <cstdio>

#include "calendar.h"
#include "course_words.h"
#include "decimal.h"

namespace core {

namespace {

const char* kDash = "\xE2\x80\x93";  // en dash, for ranges

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", std::round(v * 10) / 10);
  return buf;
}

std::string dollars(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", std::round(v));
  return buf;
}

std::string marked(const std::string& figure, bool estimated, bool about = false) {
  return estimated ? kEstimateMark + figure + kEstimateSuffix : about ? "about " + figure : figure;
}

std::string courses(int n) { return decimal(n) + (n == 1 ? " course" : " courses"); }

// A course the plan counts at $0 because auditing it is free (its certificate is not).
bool toAudit(const PlannedCourse& pc) {
  return pc.course && pc.course->price && pc.course->price->model == PriceModel::FreeAudit;
}

// Known prices only: their range, whether a subscription's months are estimated, and whether a
// course in it is counted as audited.
struct KnownCost {
  Span usd;
  bool estimated = false;
  bool anyAudit = false;
};
KnownCost knownCost(const Plan& plan) {
  KnownCost k;
  for (const PlannedCourse& pc : plan.courses) {
    if (pc.usdUnknown) continue;
    k.usd += pc.usdSpan;
    k.estimated = k.estimated || pc.usdEstimated;
    k.anyAudit = k.anyAudit || toAudit(pc);
  }
  return k;
}

std::string dollarSpan(const Span& s) {
  if (dollars(s.min) == dollars(s.max)) return "$" + dollars(s.max);
  return "$" + dollars(s.min) + kDash + dollars(s.max);
}

}  // namespace

// The ends of a span of hours, joined by `between`, or one figure when they come out alike. An
// estimate in whole hours, widened outwards: a tenth of an hour would claim a precision it does
// not have. Stated hours keep their tenth (a sum of what the courses say).
std::string hourEnds(const Span& hours, bool estimated, const char* between) {
  const std::string lo = estimated ? number(std::floor(hours.min + 1e-9)) : number(hours.min);
  const std::string hi = estimated ? number(std::ceil(hours.max - 1e-9)) : number(hours.max);
  return lo == hi ? hi : lo + between + hi;
}

std::string hoursWords(const Span& hours, bool estimated, bool about) {
  return marked(hourEnds(hours, estimated, kDash) + " h", estimated, about);
}

std::string plannedHoursWords(const PlannedCourse& pc) {
  return hoursWords(pc.hoursSpan, pc.hoursEstimated, pc.hoursApproximate);
}

std::string spokenHoursWords(const Plan& plan) {
  return (plan.hoursEstimated ? "an estimated " : plan.hoursApproximate ? "about " : "") +
         hourEnds(plan.hoursSpan, plan.hoursEstimated, " to ") + " hours";
}

std::string courseCostWords(const PlannedCourse& pc) {
  if (pc.usdUnknown) return "price not stated";
  if (pc.usdSpan.max == 0 && !pc.usdEstimated) return toAudit(pc) ? "free to audit" : "free";
  return marked(dollarSpan(pc.usdSpan), pc.usdEstimated);
}

std::string totalHoursWords(const Plan& plan) {
  return hoursWords(plan.hoursSpan, plan.hoursEstimated, plan.hoursApproximate);
}

std::string totalCostWords(const Plan& plan) {
  const int n = static_cast<int>(plan.courses.size());
  if (n > 0 && plan.unknownCost == n) return "price not stated";
  const KnownCost k = knownCost(plan);
  const bool free = k.usd.max == 0 && !k.estimated;
  // Free when audited is not free with its certificate: a total of $0 that counts one says so,
  // without saying that every course is one to audit (some may be free outright).
  const std::string freeWords = k.anyAudit ? "free when audited" : "free";
  if (plan.unknownCost == 0) return free ? freeWords : marked(dollarSpan(k.usd), k.estimated);
  const std::string known = free ? freeWords + " for " + courses(n - plan.unknownCost)
                                 : marked(dollarSpan(k.usd), k.estimated) + " for " + courses(n - plan.unknownCost);
  return known + ", price not stated for " + decimal(plan.unknownCost);
}

std::string totalsLine(const Plan& plan) {
  return courses(static_cast<int>(plan.courses.size())) + " \xC2\xB7 " + totalHoursWords(plan) +
         " \xC2\xB7 " + totalCostWords(plan);
}

std::string finishWords(const Schedule& s) {
  if (s.remainingHours <= 0) return "";
  if (!s.estimated && s.approximate) return "done around " + formatDate(s.finishDay);
  if (!s.estimated || s.weeksMin == s.weeksMax) return "done by " + marked(formatDate(s.finishDay), s.estimated);
  return "done between " + formatDate(s.finishDayMin) + " and " + formatDate(s.finishDayMax) + " (estimated)";
}

std::string progressWords(const Schedule& s) {
  std::size_t done = 0;
  for (const ScheduledCourse& sc : s.courses) done += sc.done;
  char line[96];
  std::snprintf(line, sizeof line, "%zu of %zu done (%.0f%% of the hours)", done, s.courses.size(), s.progress * 100.0);
  return line;
}

std::string scheduleWords(const Schedule& s, int hoursPerWeek) {
  if (s.remainingHours <= 0) return "";
  const std::string pace = " at " + decimal(hoursPerWeek) + " h a week, " + finishWords(s);
  if (!s.estimated || s.weeksMin == s.weeksMax) {
    const std::string weeks = decimal(s.weeks) + (s.weeks == 1 ? " week" : " weeks");
    return marked(weeks, s.estimated, s.approximate) + pace;
  }
  return marked(decimal(s.weeksMin) + kDash + decimal(s.weeksMax) + " weeks", true) + pace;
}

std::string courseWeeksWords(const ScheduledCourse& sc, bool estimated) {
  if (sc.done) return "done";
  const int first = static_cast<int>(std::floor(sc.startWeek)) + 1;
  const int last = std::max(first, static_cast<int>(std::ceil(sc.endWeek - 1e-9)));
  std::string w = first == last ? "week " + decimal(first)
                                : "weeks " + decimal(first) + kDash + decimal(last);
  return estimated ? kEstimateMark + w : w;
}

std::string estimateNote(const Plan& plan) {
  if (!plan.anyEstimate) return "";
  const PlanAssumptions a;
  bool byDuration = false, byLevel = false, subscription = false;
  std::string dated;  // the subscriptions counted, with the year their monthly price was stated
  for (const PlannedCourse& pc : plan.courses) {
    const CourseEstimate e = estimateCourse(*pc.course, a);
    byDuration = byDuration || e.hoursBasis == HoursBasis::Duration;
    byLevel = byLevel || e.hoursBasis == HoursBasis::Level;
    subscription = subscription || e.usdEstimated;
    if (e.usdEstimated && pc.course->price) {
      const std::string price = coursePriceWords(*pc.course->price);  // "$49 a month (subscription, as of 2019)"
      dated += (dated.empty() ? "" : "; ") + pc.course->title + ", " + price;
    }
  }
  std::string out = "~ \xE2\x80\xA6 est. marks an estimate, not a figure the course states.";
  if (plan.hoursEstimated)
    out += " A course's weeks take the middle of its estimated hours, marked ~.";
  if (byDuration)
    out += " Where a course states how long it runs but not its hours, its hours are that length at " +
           number(a.weeklyHoursMin) + kDash + number(a.weeklyHoursMax) +
           " hours a week (or the weekly hours it states).";
  if (byLevel)
    out += " Where a course states neither its hours nor how long it runs, its hours are a typical figure "
           "for its level: " + number(a.hoursBeginner) +
           " h beginner, " + number(a.hoursIntermediate) + " h intermediate, " + number(a.hoursAdvanced) +
           " h advanced, " + number(a.hoursUnknownLevel) + " h when the level is not stated.";
  if (subscription)
    out += " A subscription is counted at its monthly price, as stated when it was read, for every month the "
           "course takes at the pace its facts give, not at your hours a week: " + dated + ".";
  if (plan.unknownCost > 0)
    out += " " + courses(plan.unknownCost) + (plan.unknownCost == 1 ? " states" : " state") +
           " no price: " + (plan.unknownCost == 1 ? "its" : "their") + " cost is unknown and not in the total.";
  return out;
}

std::string unstatedLevelWords(const Plan& plan, const PlanFilters& filters) {
  if (filters.maxLevel == CourseLevel::Advanced) return "";
  std::string titles;
  int n = 0;
  for (const PlannedCourse& pc : plan.courses)
    if (!pc.course->level) titles += (n++ ? ", " : "") + pc.course->title;
  if (n == 0) return "";
  const bool one = n == 1;
  return courses(n) + (one ? " here states" : " here state") + " no level, so \xE2\x80\x9Cup to " +
         std::string(nameOf(filters.maxLevel)) + "\xE2\x80\x9D keeps " + (one ? "it: " : "them: ") + titles + ".";
}

std::string overBudgetWords(const Plan& plan) {
  if (!plan.overBudget) return "";
  return std::string(plan.optimal ? "No plan fits the budget" : "No plan within the budget found yet") +
         (plan.unknownCost > 0 ? " (a course without a stated price never counts as fitting)" : "") +
         (plan.optimal ? "; this is the cheapest plan." : "; this is the cheapest found.");
}

std::string qualityWords(const Plan& plan, PlanGoal goal) {
  const bool hours = goal == PlanGoal::LeastHours;
  if (plan.courses.empty()) return "";
  if (plan.optimal) {
    if (plan.overBudget) return "";
    if (hours) return "No other choice of the courses allowed takes fewer hours.";
    if (plan.unknownCost == 0) return "No other choice of the courses allowed costs less.";
    return "Courses with a stated price come first: no other choice of the courses allowed has fewer "
           "courses without a price, or costs less with as few.";
  }
  std::string text = plan.planning ? "Still improving\xE2\x80\xA6 the best plan so far"
                                   : "The best plan found in the time allowed; a better one may exist";
  const bool boundMeans = hours || plan.unknownCost == 0;  // no dollar bound for unknown prices
  if (boundMeans && plan.lowerBound > 0) {
    const double total = hours ? plan.totalHours : plan.totalUsd;
    text += std::string("; no plan can take less than ") +
            (hours ? number(plan.lowerBound) + " h" : "$" + dollars(plan.lowerBound));
    if (total >= plan.lowerBound && !plan.overBudget) {
      char above[64];
      std::snprintf(above, sizeof above, ", so this one is at most %.0f%% more", (total / plan.lowerBound - 1) * 100);
      text += above;
    }
  }
  return text + ".";
}

std::string emptyPlanWords(const Plan& plan) {
  if (!plan.courses.empty() || plan.planning) return "";
  if (plan.gap.empty())
    return "Nothing left to learn: you already have every skill this role needs, at the level it needs.";
  if (!plan.excludedByFilters.empty())
    return "Your filters leave out every course that teaches what you still need. Loosen them (free only, "
           "levels, legacy courses) to see a plan.";
  return "No course here teaches what you still need beyond what you have: these skills are learned on "
         "the job.";
}

std::string sentence(const std::string& text) {
  if (text.empty() || text.back() == '.') return text;
  return text + ".";
}

std::string examWords(const Plan& plan) {
  if (plan.exams.empty()) return "";
  std::string out = "Certification exams for these skills (an exam tests; it is not part of the plan): ";
  for (std::size_t i = 0; i < plan.exams.size(); ++i) out += (i ? "; " : "") + plan.exams[i]->title;
  return out + ".";
}

}  // namespace core

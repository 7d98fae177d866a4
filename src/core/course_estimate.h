// What a course takes and costs, as far as its facts say. Where a course states its hours they
// are used; otherwise they are estimated from its stated duration ("4 weeks", "3–6 months",
// "5 courses, about 3–4 weeks each") at its stated weekly load, or at an assumed load when it
// states none; otherwise from its level. A price is known only when the data states it: a
// subscription costs its monthly price for every month the course takes, and a course with no
// stated price has an unknown cost (never a guessed figure). Ranges stay ranges.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model.h"

namespace core {

// A figure that may be a range (min == max when it is one number).
struct Span {
  double min = 0, max = 0;
  double mid() const { return (min + max) / 2; }
  bool isRange() const { return max > min; }
  Span& operator+=(const Span& o) {
    min += o.min;
    max += o.max;
    return *this;
  }
};

// What is assumed where the data is silent. Shown to the reader as estimates, never as facts.
struct PlanAssumptions {
  // Total hours by level, when a course states neither hours nor a duration.
  double hoursBeginner = 12, hoursIntermediate = 24, hoursAdvanced = 36, hoursUnknownLevel = 24;
  // Hours a week, when a course states a duration but no weekly load.
  double weeklyHoursMin = 2, weeklyHoursMax = 4;
};

// A duration as the data states it, read as weeks and (when stated) hours a week. Only what is
// written is read: "4 weeks", "3–6 months", "6 weeks at 5 hours a week", "5 courses, about 3–4
// weeks each". An exam's length ("Exam: 2 hours") or "5 modules" gives no study time.
struct Duration {
  Span weeks;
  std::optional<Span> weeklyHours;
};
std::optional<Duration> readDuration(std::string_view text);

// Weeks and months are capped (a typo must not make a course last a century): 5 years.
inline constexpr double kMaxDurationWeeks = 260;
inline constexpr double kWeeksPerMonth = 365.25 / 12 / 7;

enum class HoursBasis { Stated, Duration, Level };

struct CourseEstimate {
  Span hours;
  HoursBasis hoursBasis = HoursBasis::Stated;
  bool hoursEstimated() const { return hoursBasis != HoursBasis::Stated; }
  bool hoursApproximate = false;  // stated, as "about" so many hours
  std::optional<Span> usd;  // none: the cost is unknown
  bool usdEstimated = false;  // known price, but how many months of a subscription is estimated
};

CourseEstimate estimateCourse(const Course& c, const PlanAssumptions& a);

// A certification exam certifies skills; its preparation teaches them. The planner never plans
// an exam as a course (it names the exams for the skills planned, beside the plan).
bool teachesForPlan(const Course& c);

}  // namespace core

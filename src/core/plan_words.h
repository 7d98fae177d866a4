// The plan's figures in words for a reader, the same in the view, the exports and the text
// mirror: every figure that rests on an estimate carries the mark ("~… est."), ranges stay
// ranges, an unknown price is said to be unknown, and the plan says why it is empty.
#pragma once

#include <string>

#include "app_state.h"
#include "plan.h"

namespace core {

// "~" before and " est." after a figure that is not stated by the data.
inline constexpr const char* kEstimateMark = "~";
inline constexpr const char* kEstimateSuffix = " est.";

// "12 h", "~8–16 h est."; `about`: a course states its hours as approximate ("about 15 h"),
// and none is estimated (the estimate's mark says more).
std::string hoursWords(const Span& hours, bool estimated, bool about = false);
std::string plannedHoursWords(const PlannedCourse& pc);  // its hoursWords, marked as its facts are
std::string courseCostWords(const PlannedCourse& pc);               // "free", "$49", "price not stated"
std::string totalHoursWords(const Plan& plan);
// The same figures as a sentence says them aloud (a screen reader reads "~" as "tilde"): "27.5
// hours", "about 26 hours", "an estimated 46 to 97 hours".
std::string spokenHoursWords(const Plan& plan);
std::string totalCostWords(const Plan& plan);  // "$60", "~$196–245 est. + 2 of unknown price"
// "3 courses · ~24–48 h est. · price not stated for any"
std::string totalsLine(const Plan& plan);
// "6 weeks at 6 h a week, done by 14 Mar 2027"; estimated: "~4–9 weeks at … done between …";
// with hours a course gives as approximate: "about 6 weeks at …, done around 14 Mar 2027".
std::string scheduleWords(const Schedule& s, int hoursPerWeek);
// Its end alone: "done by ~9 Apr 2027 est.", "done between ... and ... (estimated)"; "" when done.
std::string finishWords(const Schedule& s);
// How far the reader is: "1 of 3 done (19% of the hours)"; and what is said once all are done.
std::string progressWords(const Schedule& s);
inline constexpr const char* kEveryCourseDone = "Every course of this plan is done.";
// "weeks 2–4" for a course's place in the schedule (marked when its hours are estimated).
std::string courseWeeksWords(const ScheduledCourse& sc, bool estimated);
// What the estimates rest on, for a reader; empty when nothing is estimated.
std::string estimateNote(const Plan& plan);
// With the levels limited, the courses of the plan that state no level (the filter cannot tell
// them apart, so it keeps them): "2 courses here state no level, so “up to beginner” keeps
// them: A, B." Empty when there are none or the levels are not limited.
std::string unstatedLevelWords(const Plan& plan, const PlanFilters& filters);
// How the plan was chosen and how sure that is, for a reader; empty when nothing needs saying.
std::string qualityWords(const Plan& plan, PlanGoal goal);
// That no plan fits the reader's budget and this is the cheapest: said wherever the plan is (the
// view, the text mirror, the exports), since its total is over what the reader allowed. Empty
// when the plan fits.
std::string overBudgetWords(const Plan& plan);
// Why a plan has no course: nothing left to learn, the filters leave out every course that
// would help, or no course here teaches what is missing. Empty when the plan has courses.
std::string emptyPlanWords(const Plan& plan);
// Ends `text` with one full stop (a figure marked "est." already has one).
std::string sentence(const std::string& text);
// "Certification exams for these skills (not part of the plan): …"; empty when none.
std::string examWords(const Plan& plan);

}  // namespace core

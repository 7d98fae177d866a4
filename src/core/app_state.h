// The reader's state: the one truth the interface draws from. Views read it and call the actions
// below; nothing else changes it. Everything in it is keyed by stable ids, never positions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fit.h"
#include "model.h"
#include "plan.h"

namespace core {

enum class View { Roles, Compare, Skills, Plan };
enum class CompareSort { EntryPay, SeniorPay };
// Compare's modes: every role's pay; from the reader's job to every role (role_paths.h); two
// roles side by side.
enum class CompareMode { Pay, FromJob, SideBySide };
enum class PathSort { Fit, Hours, Missing, Name };  // the order of the "From my job" table

// A plan the reader keeps besides the one on screen: its name and settings (rules in plans.h).
struct NamedPlan {
  std::string name;
  std::string target;
  PlanGoal goal = PlanGoal::LeastHours;
  PlanFilters filters;
  int hoursPerWeek = 5;

  bool operator==(const NamedPlan& o) const {
    return name == o.name && target == o.target && goal == o.goal && filters == o.filters &&
           hoursPerWeek == o.hoursPerWeek;
  }
};

inline constexpr std::string_view kFirstPlanName = "Plan 1";

struct AppState {
  View view = View::Roles;
  std::string role;  // the selected role's id; empty only when the catalog has no roles
  CompareSort compareSort = CompareSort::SeniorPay;
  Ratings ratings;     // skill id -> 1..3 (absent: 0)
  std::string target;  // the plan's role id; empty: the best fit
  PlanGoal goal = PlanGoal::LeastHours;
  PlanFilters filters;
  int hoursPerWeek = 5;
  SortedIds done;  // course ids marked done
  CompareMode compareMode = CompareMode::Pay;
  std::string job;  // the profile ("I work as …") the ratings started from; empty: none
  PathSort pathSort = PathSort::Fit;
  std::string pairA, pairB;  // the roles side by side; empty: the best fit / the selected role
  // The reader's plans (plans.h). target, goal, filters and hoursPerWeek above are the plan on
  // screen, named planName at planSlot among all; otherPlans are the rest in the reader's order.
  // Done courses are the reader's, shared by every plan: a course finished counts in each.
  std::string planName = std::string(kFirstPlanName);
  std::size_t planSlot = 0;
  std::vector<NamedPlan> otherPlans;

  bool operator==(const AppState& o) const;
  bool operator!=(const AppState& o) const { return !(*this == o); }
};

inline constexpr int kMinHoursPerWeek = 1;
inline constexpr int kMaxHoursPerWeek = 40;

std::string_view nameOf(View v);         // "roles", "compare", "skills", "plan"
std::string_view nameOf(CompareSort s);  // "entry", "senior"
std::string_view nameOf(CompareMode m);  // "pay", "paths", "pair"
std::string_view nameOf(PathSort s);     // "fit", "hours", "missing", "name"

// A fresh state for a catalog: the Roles view with the first role selected.
AppState initialState(const Catalog& catalog);

// Actions. Each keeps the state valid for the catalog: unknown ids are ignored, numbers clamped.
void selectRole(AppState& state, const Catalog& catalog, std::string_view roleId);
void showView(AppState& state, View view);
void sortCompare(AppState& state, CompareSort sort);
void rateSkill(AppState& state, const Catalog& catalog, std::string_view skillId, int level);
// rateSkill for each (skill id, level) in turn, in one sort however many there are (a link's).
void rateSkills(AppState& state, const Catalog& catalog, std::vector<std::pair<std::string, int>> levels);
// Sets the ratings to a profile's and remembers it as the reader's job.
void applyProfile(AppState& state, const Catalog& catalog, std::string_view profileId);
// The ratings applyProfile gives: the profile's, for skills the catalog has, unrated ones left out.
Ratings jobRatings(const Catalog& catalog, const Profile& profile);
void clearRatings(AppState& state);  // forgets the job too
// Ratings kept from before a job replaced them, with the job they were adjusted from ("" none).
void restoreRatings(AppState& state, Ratings ratings, std::string job);
void setCompareMode(AppState& state, CompareMode mode);
void sortPaths(AppState& state, PathSort sort);
// Side by side: `slot` 0 is the left (A), 1 the right (B); "" goes back to the default.
void setPairRole(AppState& state, const Catalog& catalog, int slot, std::string_view roleId);
// The same from the reader's pickers, which show `shown` on this side and `other` on the other: a
// choice never changes the other side (its role may be a default that follows other choices, so
// it is kept as chosen), except that choosing the role it shows swaps the two.
void choosePairRole(AppState& state, const Catalog& catalog, int slot, const Role& role, const Role* shown,
                    const Role* other);
// The job's profile, or null; `adjusted`: the ratings are no longer exactly that profile's.
const Profile* jobProfile(const AppState& state, const Catalog& catalog, bool* adjusted = nullptr);
void setTarget(AppState& state, const Catalog& catalog, std::string_view roleId);  // "": best fit
void setGoal(AppState& state, PlanGoal goal);
void setFilters(AppState& state, PlanFilters filters);
void setHoursPerWeek(AppState& state, int hours);
void toggleDone(AppState& state, const Catalog& catalog, std::string_view courseId);

// Roles in the order the Compare view shows them: highest key first, roles without a figure last,
// ties by title.
std::vector<const Role*> rolesForCompare(const Catalog& catalog, CompareSort sort);

// Courses that teach at least one skill the role needs, the most needed skills covered first.
std::vector<const Course*> coursesForRole(const Catalog& catalog, const Role& role);

// When each planned course is studied at the reader's hours per week, done courses excluded.
struct ScheduledCourse {
  std::size_t index = 0;  // into Plan::courses (an index survives copying the Derived)
  bool done = false;
  double startWeek = 0, endWeek = 0;  // from now, in weeks; 0/0 for done courses
};
struct Schedule {
  std::vector<ScheduledCourse> courses;  // plan order
  double totalHours = 0, doneHours = 0, remainingHours = 0;
  int weeks = 0;       // whole weeks to finish what remains
  int finishDay = 0;   // days since 1970-01-01
  // The same from the ends of the estimated hours (equal to the above when every figure is
  // stated); `estimated`: some remaining course's hours are an estimate.
  int weeksMin = 0, weeksMax = 0;
  int finishDayMin = 0, finishDayMax = 0;
  bool estimated = false;
  bool approximate = false;  // some remaining course states its hours as "about" so many
  double progress = 0; // doneHours / totalHours, 0..1
};

Schedule scheduleFor(const Plan& plan, const AppState& state, int today);

// What the views show, kept up to date with the state by DerivedCache (derived.h): each part is
// recomputed only when what it depends on changed.
struct Derived {
  bool anyRated = false;
  std::vector<RoleFit> ranking;  // best first
  const Profile* job = nullptr;  // the job the ratings started from (jobProfile())
  bool jobAdjusted = false;      // and whether the reader changed them since
  const Role* target = nullptr;  // the plan's role
  bool targetIsBestFit = false;
  Plan plan;
  Schedule schedule;
  std::vector<const Course*> roleCourses;  // coursesForRole() of the selected role
};

// Everything at once, planning to the end (or the work budget): for exports, tests and tools.
// Implemented in derived.cpp.
Derived derive(const Catalog& catalog, const AppState& state, int today);

// The state as JSON for window.careerExplorer.getState(): its members, written into an object
// the caller opened (ui::Widget adds its own), and that object alone as text.
class JsonObjectWriter;
void writeState(JsonObjectWriter& out, const AppState& state, const Derived& derived);
std::string stateToJson(const AppState& state, const Derived& derived);

}  // namespace core

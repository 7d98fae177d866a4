// From where the reader stands to every role ("From my job" in Compare), and two roles side by
// side. For each role: the fit, the skills the reader already shares with it (fully or partly),
// the skills they miss, and the least-hours plan that closes the gap with their plan filters.
//
// Planning every role is the expensive part, so RolePathsCache plans one role after another in
// slices of a shared step budget (one slice per frame, like DerivedCache), keeps each finished
// plan for what it depends on (the ratings of that role's skills and the filters), and leaves a
// row "planning" until its plan is done.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app_state.h"
#include "fit.h"
#include "json_document.h"
#include "planner.h"
#include "text_mirror.h"

namespace core {

// The search budget of one role's plan in the table: a tenth of the Plan view's, so that a large
// catalogue's table is finished in seconds of frames. A plan cut short says so (`optimal` false)
// and the Plan view, which searches further, may find fewer hours.
inline constexpr std::uint64_t kPathSearchBudget = kSearchBudget / 10;

struct RolePath {
  const Role* role = nullptr;
  int fit = 0;                             // 0..100 (fit.h)
  std::vector<const SkillNeed*> shared;    // rated at or above the level the role needs
  std::vector<const SkillNeed*> partial;   // rated, below that level
  std::vector<const SkillNeed*> missing;   // not rated at all
  bool planned = false;                    // `plan` is finished (or its budget spent)
  Plan plan;                               // least hours, the reader's filters
};

// A gap no allowed course can close in full: the row says "not plannable".
bool plannable(const RolePath& p);

// The row's hours in a reader's words: "~24–36 h est.", "~40 h est. + 2 skills not plannable"
// (no allowed course raises them), "nothing to learn", "not plannable" (no course at all),
// "planning…"; a plan cut short by its budget is "at most …".
std::string pathHoursWords(const RolePath& p);
// The plan filters in words, for the note under the table: "free courses only, up to
// intermediate, budget $100" ("only legacy courses left out" when no other narrows the choice;
// legacy courses are left out by default and said only alone, or when they are let in).
std::string filtersWords(const PlanFilters& f);

// Rows in the reader's order. Fit: best first. Hours: rows plannable in full by hours (fewest
// first), then those plannable in part (by the hours of that part), then those with no course at
// all, then those still planning. Missing: fewest missing skills first, then
// fewest partly shared, then best fit. Name: by title. Ties by title.
std::vector<const RolePath*> sortPaths(const std::vector<RolePath>& rows, PathSort sort);

class RolePathsCache {
 public:
  RolePathsCache();
  ~RolePathsCache();
  RolePathsCache(const RolePathsCache&) = delete;
  RolePathsCache& operator=(const RolePathsCache&) = delete;

  // Brings the rows up to date with `ratings` and `filters` (fits at once, taken from `fits`:
  // every role's fit for those ratings, rankRoles' result, which the widget has already; a
  // role's plan only when the ratings of its skills or the filters changed) and runs at most
  // about `steps` planning steps, shared among the roles: those in `first` (role ids) before the
  // others, and with `all` false only those. A planner's setup counts against the steps, so an
  // update's work is bounded whatever the catalogue.
  void update(const Catalog& catalog, const std::vector<RoleFit>& fits, const Ratings& ratings,
              const PlanFilters& filters, std::uint64_t steps, const std::vector<std::string>& first = {},
              bool all = true);
  const std::vector<RolePath>& rows() const { return rows_; }
  const RolePath* find(std::string_view roleId) const;
  // Some role that the last update wanted planned is not planned yet.
  bool planning() const { return planning_; }
  void reset();

  // For tests and benchmarks.
  std::uint64_t plansStarted() const { return plansStarted_; }
  std::uint64_t planSteps() const { return planSteps_; }
  std::uint64_t stepsInLastUpdate() const { return lastSteps_; }
  // Rows whose plan the last update compared with the ratings and filters (0 when neither changed).
  std::size_t rowsCompared() const { return rowsCompared_; }

 private:
  struct Made {
    std::vector<int> ratings;  // the reader's rating of each skill the role needs
    PlanFilters filters;
    bool operator==(const Made& o) const { return ratings == o.ratings && filters == o.filters; }
  };
  const Catalog* catalog_ = nullptr;
  std::optional<Ratings> ratedFor_;
  std::optional<PlanFilters> filteredFor_;
  std::vector<RolePath> rows_;          // catalogue order
  std::vector<std::optional<Made>> made_;  // per row: what its plan (finished or running) is for
  std::unique_ptr<Planner> planner_;    // the unfinished plan, of row plannerRow_
  std::size_t plannerRow_ = 0;
  bool planning_ = false;
  std::uint64_t plansStarted_ = 0, planSteps_ = 0, lastSteps_ = 0;
  std::size_t rowsCompared_ = 0;
};

// Two roles side by side: the skills both need, and those only one of them needs, each with the
// reader's rating and the level each role asks for.
struct PairSkill {
  std::string skill;
  int rating = 0;
  int needA = 0, needB = 0;  // 0: that role does not need it
};
struct RolePair {
  const Role* a = nullptr;
  const Role* b = nullptr;
  std::vector<PairSkill> common, onlyA, onlyB;  // in A's order, then B's
};

// The roles the state puts side by side: its own choices, else A the best fit (the first role
// when nothing is rated) and B the selected role, or the next best when that is A.
std::pair<const Role*, const Role*> pairRoles(const AppState& state, const Catalog& catalog,
                                              const std::vector<RoleFit>& ranking, bool anyRated);
RolePair comparePair(const Role& a, const Role& b, const Ratings& ratings);

// Compare's From my job or Side by side as text, for the page's mirror (text_mirror.h): empty in
// the Pay mode (describeView says that).
std::vector<TextSection> describeCompareMode(const Catalog& catalog, const AppState& state, const Derived& derived,
                                             const RolePathsCache& cache);

// For getState(), as JSON text: the table's rows in the state's order, and the pair.
std::string pathsJson(const RolePathsCache& cache, PathSort sort);
std::string pairJson(const RolePair& pair, const RolePathsCache& cache);

}  // namespace core

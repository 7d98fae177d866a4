#include "role_paths.h"

#include <algorithm>

#include "decimal.h"
#include "json_object_writer.h"
#include "plan_words.h"
#include "salary.h"
#include "stable_sort.h"

namespace core {

namespace {

std::vector<int> ratingsOfSkills(const Role& role, const Ratings& ratings) {
  std::vector<int> out;
  out.reserve(role.skills.size());
  for (const SkillNeed& need : role.skills) out.push_back(ratingOf(ratings, need.skill));
  return out;
}

// By hours: rows whose gap can be closed in full first, then those with some skill no allowed
// course raises (by the hours of the rest), then those with no course at all, then those still
// planning.
int hoursRank(const RolePath& p) {
  if (!p.planned) return 3;
  if (plannable(p)) return 0;
  return p.plan.courses.empty() ? 2 : 1;
}

void putIds(JsonObjectWriter& j, std::string_view key, const std::vector<const SkillNeed*>& needs) {
  JsonArrayWriter list(j.member(key));
  for (const SkillNeed* n : needs) appendJsonString(list.item(), n->skill);
  list.close();
}

// A path's plan as members of `j`: whether it is still planning, and once planned its figures.
void putPlanSummary(JsonObjectWriter& j, const RolePath& p) {
  j.put("planning", !p.planned);
  if (!p.planned) return;
  j.put("plannable", plannable(p));
  j.put("hours", p.plan.totalHours);
  j.range("hoursRange", p.plan.hoursSpan.min, p.plan.hoursSpan.max);
  j.range("usdRange", p.plan.usdSpan.min, p.plan.usdSpan.max);
  j.put("unknownCost", p.plan.unknownCost);
  j.put("courses", p.plan.courses.size());
  j.put("estimate", p.plan.anyEstimate);
  j.put("optimal", p.plan.optimal);
  j.put("uncoverable", p.plan.uncoverable);
}

}  // namespace

bool plannable(const RolePath& p) { return p.planned && p.plan.uncoverable.empty(); }

std::string pathHoursWords(const RolePath& p) {
  if (!p.planned) return "planning\xE2\x80\xA6";
  if (p.plan.courses.empty()) return plannable(p) ? "nothing to learn" : "not plannable";
  std::string words = totalHoursWords(p.plan);
  if (!p.plan.optimal) words = "at most " + words;
  const std::size_t left = p.plan.uncoverable.size();
  if (left) words += " + " + decimal(left) + (left == 1 ? " skill" : " skills") + " not plannable";
  return words;
}

std::string filtersWords(const PlanFilters& f) {
  std::vector<std::string> parts;
  if (f.freeOnly) parts.push_back("free courses only");
  if (f.maxLevel != CourseLevel::Advanced) parts.push_back("up to " + std::string(nameOf(f.maxLevel)));
  if (f.budgetUsd) parts.push_back("budget $" + decimal(static_cast<long>(*f.budgetUsd + 0.5)));
  if (!f.skipLegacy) parts.push_back("legacy courses allowed");
  if (parts.empty()) return "only legacy courses left out";  // (the one box ticked by default)
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out;
}

std::vector<const RolePath*> sortPaths(const std::vector<RolePath>& rows, PathSort sort) {
  std::vector<const RolePath*> out;
  out.reserve(rows.size());
  for (const RolePath& r : rows) out.push_back(&r);
  stableSort(out, [sort](const RolePath* a, const RolePath* b) {
    switch (sort) {
      case PathSort::Fit:
        if (a->fit != b->fit) return a->fit > b->fit;
        break;
      case PathSort::Hours:
        if (hoursRank(*a) != hoursRank(*b)) return hoursRank(*a) < hoursRank(*b);
        if (hoursRank(*a) <= 1 && a->plan.totalHours != b->plan.totalHours)
          return a->plan.totalHours < b->plan.totalHours;
        break;
      case PathSort::Missing:
        if (a->missing.size() != b->missing.size()) return a->missing.size() < b->missing.size();
        if (a->partial.size() != b->partial.size()) return a->partial.size() < b->partial.size();
        if (a->fit != b->fit) return a->fit > b->fit;
        break;
      case PathSort::Name: break;
    }
    if (a->role->title != b->role->title) return a->role->title < b->role->title;
    return a->role->id < b->role->id;
  });
  return out;
}

RolePathsCache::RolePathsCache() = default;
RolePathsCache::~RolePathsCache() = default;

void RolePathsCache::reset() {
  catalog_ = nullptr;
  ratedFor_.reset();
  filteredFor_.reset();
  rows_.clear();
  made_.clear();
  planner_.reset();
  planning_ = false;
}

const RolePath* RolePathsCache::find(std::string_view roleId) const {
  for (const RolePath& r : rows_)
    if (r.role->id == roleId) return &r;
  return nullptr;
}

void RolePathsCache::update(const Catalog& catalog, const std::vector<RoleFit>& fits, const Ratings& ratings,
                            const PlanFilters& filters, std::uint64_t steps, const std::vector<std::string>& first,
                            bool all) {
  if (catalog_ != &catalog) {
    reset();
    catalog_ = &catalog;
    rows_.resize(catalog.roles.size());
    made_.resize(catalog.roles.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) rows_[i].role = &catalog.roles[i];
  }
  const bool changed = !ratedFor_ || *ratedFor_ != ratings || !(*filteredFor_ == filters);
  if (changed) ratedFor_ = ratings, filteredFor_ = filters;
  // Each row's fit is the ranking's (computed once for both). A plan made (or being made) for
  // other ratings of the role's skills, or other filters, is forgotten; the others stay. Plans
  // are made only for the ratings and filters of their update, so this looks only when those
  // changed: at the loader's limits (1,000 roles of 64 skills, 10,000 ratings) looking every
  // frame took most of the frame.
  rowsCompared_ = 0;
  for (std::size_t f = 0; changed && f < fits.size(); ++f) {
    const RoleFit& fit = fits[f];
    const std::size_t i = static_cast<std::size_t>(fit.role - catalog.roles.data());
    if (i >= rows_.size()) continue;
    RolePath& row = rows_[i];
    row.fit = fit.score;
    row.shared.clear();
    row.partial.clear();
    row.missing.clear();
    Made want{{}, filters};
    for (const SkillFit& s : fit.skills) {
      (s.status == SkillStatus::Have      ? row.shared
       : s.status == SkillStatus::Partial ? row.partial
                                          : row.missing)
          .push_back(s.need);
      want.ratings.push_back(s.rating);
    }
    if (!made_[i]) continue;
    ++rowsCompared_;
    if (*made_[i] == want) continue;
    made_[i].reset();
    row.planned = false;
    row.plan = Plan{};
    if (planner_ && plannerRow_ == i) planner_.reset();
  }

  // Which rows to plan, in order: `first`, then (with `all`) the rest in catalogue order.
  std::vector<std::size_t> order;
  std::vector<std::uint8_t> listed(rows_.size(), 0);
  for (const std::string& id : first) {
    const Role* role = catalog.findRole(id);
    const std::size_t i = role ? static_cast<std::size_t>(role - catalog.roles.data()) : rows_.size();
    if (i < rows_.size() && !listed[i]) order.push_back(i), listed[i] = 1;
  }
  if (all)
    for (std::size_t i = 0; i < rows_.size(); ++i)
      if (!listed[i]) order.push_back(i), listed[i] = 1;
  // An unfinished plan no longer wanted is dropped (started again when wanted): planning() then
  // speaks only of what is wanted, and no frame works for what is not shown.
  if (planner_ && !listed[plannerRow_]) {
    made_[plannerRow_].reset();
    planner_.reset();
  }

  std::uint64_t spent = 0;
  auto next = order.begin();
  planning_ = false;
  while (true) {
    if (!planner_) {
      while (next != order.end() && made_[*next]) ++next;
      if (next == order.end()) break;  // every wanted row is planned or being planned
      if (spent >= steps) {
        planning_ = true;
        break;
      }
      plannerRow_ = *next;
      const Role& role = *rows_[plannerRow_].role;
      made_[plannerRow_] = Made{ratingsOfSkills(role, ratings), filters};
      PlanLimits limits;
      limits.searchBudget = kPathSearchBudget;
      planner_ = std::make_unique<Planner>(catalog, role, ratings, PlanGoal::LeastHours, filters,
                                           PlanAssumptions{}, limits);
      ++plansStarted_;
    }
    if (spent >= steps) {
      planning_ = true;
      break;
    }
    const std::uint64_t before = planner_->work();
    const bool done = planner_->step(steps - spent);
    const std::uint64_t used = planner_->work() - before;
    spent += std::max<std::uint64_t>(used, 1);  // a step that did nothing still ends the update
    planSteps_ += used;
    if (!done) continue;
    rows_[plannerRow_].plan = planner_->plan();
    rows_[plannerRow_].planned = true;
    planner_.reset();
  }
  if (planner_) planning_ = true;
  lastSteps_ = spent;
}

std::pair<const Role*, const Role*> pairRoles(const AppState& state, const Catalog& catalog,
                                              const std::vector<RoleFit>& ranking, bool anyRated) {
  const Role* a = catalog.findRole(state.pairA);
  if (!a) a = anyRated && !ranking.empty() ? ranking.front().role
              : catalog.roles.empty()      ? nullptr
                                           : &catalog.roles.front();
  const Role* b = catalog.findRole(state.pairB);
  if (!b) {
    b = catalog.findRole(state.role);
    if (b == a) {
      b = nullptr;
      for (const RoleFit& f : ranking)
        if (f.role != a) {
          b = f.role;
          break;
        }
    }
  }
  return {a, b};
}

RolePair comparePair(const Role& a, const Role& b, const Ratings& ratings) {
  RolePair out;
  out.a = &a;
  out.b = &b;
  auto levelIn = [](const Role& r, const std::string& skill) {
    for (const SkillNeed& n : r.skills)
      if (n.skill == skill) return n.level;
    return 0;
  };
  for (const SkillNeed& n : a.skills) {
    PairSkill s{n.skill, ratingOf(ratings, n.skill), n.level, levelIn(b, n.skill)};
    (s.needB ? out.common : out.onlyA).push_back(s);
  }
  for (const SkillNeed& n : b.skills)
    if (!levelIn(a, n.skill)) out.onlyB.push_back({n.skill, ratingOf(ratings, n.skill), 0, n.level});
  return out;
}

std::vector<TextSection> describeCompareMode(const Catalog& catalog, const AppState& state, const Derived& derived,
                                             const RolePathsCache& cache) {
  auto names = [&](const std::vector<const SkillNeed*>& needs) {
    std::string out;
    for (std::size_t i = 0; i < needs.size(); ++i) {
      const Skill* k = catalog.findSkill(needs[i]->skill);
      out += (i ? ", " : "") + (k ? k->name : needs[i]->skill);
    }
    return out.empty() ? std::string("none") : out;
  };
  std::vector<TextSection> out;
  if (state.compareMode == CompareMode::FromJob) {
    const Profile* job = derived.job;
    TextSection s{"From my job to a role", {}};
    s.lines.push_back(job ? "From " + job->name + (derived.jobAdjusted ? ", adjusted" : "")
                          : std::string(state.ratings.empty() ? "No job chosen" : "From your own ratings"));
    s.lines.push_back("Hours: the least-hours plan with your plan filters (" + filtersWords(state.filters) + ").");
    const auto rows = sortPaths(cache.rows(), state.pathSort);
    addListLines(s, rows.size(), "roles", [&](std::size_t i) {
      const RolePath* p = rows[i];
      return p->role->title + ": fit " + decimal(p->fit) + "%, plan " + pathHoursWords(*p) +
             "; shared: " + names(p->shared) + "; partly: " + names(p->partial) + "; missing: " + names(p->missing);
    });
    out.push_back(s);
  } else if (state.compareMode == CompareMode::SideBySide) {
    const auto roles = pairRoles(state, catalog, derived.ranking, derived.anyRated);
    if (!roles.first || !roles.second) return out;
    const RolePair pair = comparePair(*roles.first, *roles.second, state.ratings);
    TextSection s{"Two roles side by side: " + pair.a->title + " and " + pair.b->title, {}};
    for (const Role* r : {pair.a, pair.b}) {
      s.lines.push_back(r->title + " pay: " + formatPayByLevel(*r));
      const RolePath* p = cache.find(r->id);
      s.lines.push_back(r->title + " plan: " +
                        (p && p->planned && !p->plan.courses.empty() ? totalsLine(p->plan)
                                                                      : p ? pathHoursWords(*p) : std::string("none")));
    }
    auto list = [&](const std::string& title, const std::vector<PairSkill>& skills) {
      std::string line = title + ": ";
      for (std::size_t i = 0; i < skills.size(); ++i) {
        const Skill* k = catalog.findSkill(skills[i].skill);
        line += (i ? ", " : "") + (k ? k->name : skills[i].skill);
      }
      s.lines.push_back(skills.empty() ? title + ": none" : line);
    };
    list("Skills in common", pair.common);
    list("Only " + pair.a->title, pair.onlyA);
    list("Only " + pair.b->title, pair.onlyB);
    out.push_back(s);
  }
  return out;
}

std::string pathsJson(const RolePathsCache& cache, PathSort sort) {
  std::string out;
  JsonArrayWriter rows(out);
  for (const RolePath* p : sortPaths(cache.rows(), sort)) {
    JsonObjectWriter row(rows.item());
    row.put("role", p->role->id);
    row.put("fit", p->fit);
    putIds(row, "shared", p->shared);
    putIds(row, "partial", p->partial);
    putIds(row, "missing", p->missing);
    putPlanSummary(row, *p);
    row.close();
  }
  rows.close();
  return out;
}

std::string pairJson(const RolePair& pair, const RolePathsCache& cache) {
  std::string out;
  JsonObjectWriter j(out);
  j.put("a", pair.a ? pair.a->id.c_str() : nullptr);
  j.put("b", pair.b ? pair.b->id.c_str() : nullptr);
  auto skills = [&j](std::string_view key, const std::vector<PairSkill>& list) {
    JsonArrayWriter a(j.member(key));
    for (const PairSkill& s : list) {
      JsonObjectWriter o(a.item());
      o.put("skill", s.skill);
      o.put("rating", s.rating);
      o.put("needA", s.needA);
      o.put("needB", s.needB);
      o.close();
    }
    a.close();
  };
  skills("common", pair.common);
  skills("onlyA", pair.onlyA);
  skills("onlyB", pair.onlyB);
  auto plan = [&](std::string_view key, const Role* role) {
    const RolePath* p = role ? cache.find(role->id) : nullptr;
    if (!p) {
      j.put(key, nullptr);
      return;
    }
    JsonObjectWriter o(j.member(key));
    putPlanSummary(o, *p);
    o.close();
  };
  plan("planA", pair.a);
  plan("planB", pair.b);
  j.close();
  return out;
}

}  // namespace core

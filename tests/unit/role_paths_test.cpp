// "From my job" and "Side by side" in core: each role's fit, shared and missing skills and the
// hours of its least-hours plan, the table's orders, bounded planning, the pair, and the link.
#include <doctest/doctest.h>

#include <set>

#include "data_loader.h"
#include "role_paths.h"
#include "share_link.h"
#include "synthetic_data.h"
#include "test_helpers.h"

namespace {

core::Course course(std::string id, std::string skill, int level, double hours) {
  core::Course c;
  c.id = c.title = std::move(id);
  c.provider = "P";
  c.teaches = {{std::move(skill), level}};
  c.hours = core::Hours{{hours, core::Confidence::Article, ""}};
  c.level = core::Fact<core::CourseLevel>{core::CourseLevel::Beginner, core::Confidence::Article, ""};
  c.price = core::Price{};
  c.price->model = core::PriceModel::Free;
  return c;
}

core::Role role(std::string id, std::string title, std::vector<core::SkillNeed> skills) {
  core::Role r;
  r.id = std::move(id);
  r.title = std::move(title);
  r.skills = std::move(skills);
  return r;
}

// Alpha needs a (working) and b (basic); Beta needs b (working) and c (basic); Gamma needs d,
// which no course teaches. Courses: a 10 h, b (to working) 4 h, c 20 h.
core::Catalog threeRoles() {
  core::Catalog c;
  for (const char* s : {"a", "b", "c", "d"}) c.skills.push_back({s, s, core::SkillCategory::Technical, s});
  c.roles.push_back(role("gamma", "Gamma", {{"d", 1, 1}}));
  c.roles.push_back(role("beta", "Beta", {{"b", 2, 1}, {"c", 1, 1}}));
  c.roles.push_back(role("alpha", "Alpha", {{"a", 2, 1}, {"b", 1, 1}}));
  c.courses = {course("a", "a", 2, 10), course("b", "b", 2, 4), course("c", "c", 1, 20)};
  c.rebuildIndex();
  return c;
}

void planAll(core::RolePathsCache& cache, const core::Catalog& catalog, const core::Ratings& ratings,
             const core::PlanFilters& filters = {}) {
  const auto fits = core::rankRoles(catalog, ratings);
  cache.update(catalog, fits, ratings, filters, core::kSliceSteps);
  for (int i = 0; i < 100000 && cache.planning(); ++i) cache.update(catalog, fits, ratings, filters, core::kSliceSteps);
  REQUIRE_FALSE(cache.planning());
}

std::vector<std::string> ids(const std::vector<const core::RolePath*>& rows) {
  std::vector<std::string> out;
  for (const core::RolePath* p : rows) out.push_back(p->role->id);
  return out;
}

std::vector<std::string> skillsOf(const std::vector<const core::SkillNeed*>& needs) {
  std::vector<std::string> out;
  for (const core::SkillNeed* n : needs) out.push_back(n->skill);
  return out;
}

}  // namespace

TEST_CASE("paths: each role's fit, skills shared, partly shared and missing, and its plan's hours") {
  const core::Catalog catalog = threeRoles();
  const core::Ratings ratings{{"a", 2}, {"b", 1}};
  core::RolePathsCache cache;
  planAll(cache, catalog, ratings);
  const core::RolePath* alpha = cache.find("alpha");
  const core::RolePath* beta = cache.find("beta");
  const core::RolePath* gamma = cache.find("gamma");
  REQUIRE((alpha && beta && gamma));

  CHECK(alpha->fit == 100);
  CHECK(skillsOf(alpha->shared) == std::vector<std::string>{"a", "b"});
  CHECK(alpha->missing.empty());
  CHECK(alpha->plan.courses.empty());  // nothing left to learn
  CHECK(core::pathHoursWords(*alpha) == "nothing to learn");
  CHECK(core::plannable(*alpha));

  CHECK(beta->fit == 25);  // b: 1 of 2 (weight 1), c: none -> 0.5 / 2
  CHECK(skillsOf(beta->partial) == std::vector<std::string>{"b"});
  CHECK(skillsOf(beta->missing) == std::vector<std::string>{"c"});
  CHECK(core::plannable(*beta));
  CHECK(beta->plan.totalHours == doctest::Approx(24));  // b to working (4 h) and c (20 h)
  CHECK(beta->plan.courses.size() == 2);

  CHECK(gamma->fit == 0);
  CHECK(gamma->planned);
  CHECK_FALSE(core::plannable(*gamma));  // no course teaches d
  CHECK(gamma->plan.uncoverable == std::vector<std::string>{"d"});
}

TEST_CASE("paths: sorted by fit, hours, missing skills or name") {
  const core::Catalog catalog = threeRoles();
  core::RolePathsCache cache;
  planAll(cache, catalog, {{"a", 2}, {"b", 1}});
  using S = core::PathSort;
  CHECK(ids(core::sortPaths(cache.rows(), S::Fit)) == std::vector<std::string>{"alpha", "beta", "gamma"});
  // Gamma cannot be planned: after every row with hours.
  CHECK(ids(core::sortPaths(cache.rows(), S::Hours)) == std::vector<std::string>{"alpha", "beta", "gamma"});
  // Beta and Gamma each miss one skill; Beta also shares one only partly.
  CHECK(ids(core::sortPaths(cache.rows(), S::Missing)) == std::vector<std::string>{"alpha", "gamma", "beta"});
  CHECK(ids(core::sortPaths(cache.rows(), S::Name)) == std::vector<std::string>{"alpha", "beta", "gamma"});

  // Without ratings Alpha needs a (10 h) and b (4 h): 14 h against Beta's 24 h; fits all 0.
  core::RolePathsCache fresh;
  planAll(fresh, catalog, {});
  CHECK(ids(core::sortPaths(fresh.rows(), S::Hours)) == std::vector<std::string>{"alpha", "beta", "gamma"});
  CHECK(fresh.find("alpha")->plan.totalHours == doctest::Approx(14));
  CHECK(ids(core::sortPaths(fresh.rows(), S::Fit)) == std::vector<std::string>{"alpha", "beta", "gamma"});
}

TEST_CASE("paths: rows still planning sort last by hours, and the filters reach the plans") {
  const core::Catalog catalog = threeRoles();
  core::RolePathsCache cache;
  cache.update(catalog, core::rankRoles(catalog, {}), {}, {}, 0);  // no steps: fits only
  CHECK(cache.planning());
  for (const core::RolePath& p : cache.rows()) CHECK_FALSE(p.planned);
  CHECK(core::pathHoursWords(*cache.find("alpha")) == "planning\xE2\x80\xA6");
  CHECK(cache.find("beta")->missing.size() == 2);

  // "Beginner" courses only, and every course here is beginner: the same plans. Free only: the
  // same (all free). A level cap below the courses' would leave nothing: make one course
  // intermediate to see the filter take it away.
  core::Catalog capped = threeRoles();
  capped.courses[2].level->value = core::CourseLevel::Advanced;  // course c
  core::PlanFilters filters;
  filters.maxLevel = core::CourseLevel::Intermediate;
  core::RolePathsCache filtered;
  planAll(filtered, capped, {}, filters);
  CHECK_FALSE(core::plannable(*filtered.find("beta")));
  CHECK(filtered.find("beta")->plan.uncoverable == std::vector<std::string>{"c"});
  // Beta can be planned in part (b, 4 h): it has hours and says what is left, and sorts after
  // Alpha (plannable in full, 14 h) and before Gamma (no course at all).
  CHECK(core::pathHoursWords(*filtered.find("beta")) == "4 h + 1 skill not plannable");
  CHECK(core::pathHoursWords(*filtered.find("gamma")) == "not plannable");
  CHECK(core::pathHoursWords(*filtered.find("alpha")) == "14 h");
  CHECK(ids(core::sortPaths(filtered.rows(), core::PathSort::Hours)) == std::vector<std::string>{"alpha", "beta", "gamma"});
  CHECK(core::filtersWords(filters) == "up to intermediate");
  // The default leaves legacy courses out, as its ticked box says: not "no filters".
  CHECK(core::filtersWords({}) == "only legacy courses left out");
}

TEST_CASE("paths: a change of ratings plans again only the roles whose skills it touches") {
  const core::Catalog catalog = threeRoles();
  core::RolePathsCache cache;
  core::Ratings ratings{{"a", 2}};
  planAll(cache, catalog, ratings);
  const std::uint64_t started = cache.plansStarted();
  CHECK(started == 3);
  // Nothing changed: no row's plan is looked at again (at the loader's limits, looking every
  // frame took most of the frame).
  cache.update(catalog, core::rankRoles(catalog, ratings), ratings, {}, core::kSliceSteps);
  CHECK(cache.rowsCompared() == 0);
  ratings["c"] = 1;  // only Beta needs c
  cache.update(catalog, core::rankRoles(catalog, ratings), ratings, {}, core::kSliceSteps);
  CHECK(cache.rowsCompared() == 3);
  planAll(cache, catalog, ratings);
  CHECK(cache.plansStarted() == started + 1);
  CHECK(cache.find("beta")->plan.totalHours == doctest::Approx(4));
  planAll(cache, catalog, ratings, core::PlanFilters{std::nullopt, true});  // free only: all again
  CHECK(cache.plansStarted() == started + 4);
}

TEST_CASE("paths: planning a large catalogue is bounded per update and finishes every row") {
  tools::SyntheticSpec spec;
  spec.courses = 3000;
  spec.skills = 120;
  spec.roles = 12;
  spec.skillsPerRole = 30;  // past the exact search: branch and bound, cut by the budget
  const core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
  REQUIRE(loaded.report.ok());
  core::RolePathsCache cache;
  int updates = 0;
  std::uint64_t most = 0;
  std::set<std::uint64_t> startedSeen;
  do {
    cache.update(loaded.catalog, core::rankRoles(loaded.catalog, {}), {}, {}, core::kSliceSteps);
    most = std::max(most, cache.stepsInLastUpdate());
    startedSeen.insert(cache.plansStarted());
    ++updates;
  } while (cache.planning() && updates < 100000);
  CHECK_FALSE(cache.planning());
  // One step may overrun its slice by its own small size.
  CHECK(most <= core::kSliceSteps + core::kSliceSteps / 10);
  CHECK(cache.plansStarted() == 12);
  CHECK(cache.planSteps() <= 12 * (core::kPathSearchBudget + 2'000'000));  // search budget + setup
  CHECK(updates > 12);               // spread over many updates
  CHECK(startedSeen.size() >= 6);    // roles planned one after another, not all at once
  for (const core::RolePath& p : cache.rows()) CHECK(p.planned);
}

TEST_CASE("paths: wanted roles first, and only those when not all are asked for") {
  const core::Catalog catalog = threeRoles();
  core::RolePathsCache cache;
  for (int i = 0; i < 1000; ++i) {
    cache.update(catalog, core::rankRoles(catalog, {}), {}, {}, core::kSliceSteps, {"beta"}, false);
    if (!cache.planning()) break;
  }
  CHECK_FALSE(cache.planning());
  CHECK(cache.find("beta")->planned);
  CHECK_FALSE(cache.find("alpha")->planned);
  CHECK_FALSE(cache.find("gamma")->planned);
}

TEST_CASE("pair: skills in common and apart, with the reader's rating and each role's level") {
  const core::Catalog catalog = threeRoles();
  const core::RolePair pair = core::comparePair(*catalog.findRole("alpha"), *catalog.findRole("beta"), {{"b", 1}});
  REQUIRE(pair.common.size() == 1);
  CHECK(pair.common[0].skill == "b");
  CHECK(pair.common[0].rating == 1);
  CHECK(pair.common[0].needA == 1);
  CHECK(pair.common[0].needB == 2);
  REQUIRE(pair.onlyA.size() == 1);
  CHECK(pair.onlyA[0].skill == "a");
  CHECK(pair.onlyA[0].needB == 0);
  REQUIRE(pair.onlyB.size() == 1);
  CHECK(pair.onlyB[0].skill == "c");
  CHECK(pair.onlyB[0].needA == 0);
}

TEST_CASE("pair: defaults to the best fit and the selected role, and keeps the reader's choices") {
  const core::Catalog catalog = threeRoles();
  core::AppState s = core::initialState(catalog);  // selected: gamma, the first role
  const core::Ratings ratings{{"a", 2}};
  const auto ranking = core::rankRoles(catalog, ratings);
  auto [a, b] = core::pairRoles(s, catalog, ranking, true);
  CHECK(a->id == "alpha");
  CHECK(b->id == "gamma");
  core::selectRole(s, catalog, "alpha");  // the selected role is the best fit: B is the next best
  std::tie(a, b) = core::pairRoles(s, catalog, ranking, true);
  CHECK(a->id == "alpha");
  CHECK(b->id == "beta");
  core::setPairRole(s, catalog, 0, "beta");
  core::setPairRole(s, catalog, 1, "gamma");
  core::setPairRole(s, catalog, 1, "no-such-role");  // ignored
  std::tie(a, b) = core::pairRoles(s, catalog, ranking, true);
  CHECK(a->id == "beta");
  CHECK(b->id == "gamma");
}

TEST_CASE("job: a profile's ratings remember the job, and say when they were adjusted") {
  const core::LoadResult loaded = core::loadCatalog(test::realData());
  const core::Catalog& catalog = loaded.catalog;
  core::AppState s = core::initialState(catalog);
  CHECK(core::jobProfile(s, catalog) == nullptr);
  core::applyProfile(s, catalog, "data-analyst");
  bool adjusted = true;
  const core::Profile* job = core::jobProfile(s, catalog, &adjusted);
  REQUIRE(job);
  CHECK(job->name == "Data analyst");
  CHECK_FALSE(adjusted);
  core::rateSkill(s, catalog, "prompt-design", 2);
  core::jobProfile(s, catalog, &adjusted);
  CHECK(adjusted);
  core::clearRatings(s);
  CHECK(s.job.empty());
}

TEST_CASE("link: Compare's mode, the job, the table's order and the pair survive a round trip") {
  const core::LoadResult loaded = core::loadCatalog(test::realData());
  const core::Catalog& catalog = loaded.catalog;
  core::AppState s = core::initialState(catalog);
  core::showView(s, core::View::Compare);
  core::applyProfile(s, catalog, "data-analyst");
  core::setCompareMode(s, core::CompareMode::FromJob);
  core::sortPaths(s, core::PathSort::Hours);
  core::setPairRole(s, catalog, 1, "mlops-engineer");
  const std::string fragment = core::encodeFragment(s);
  CHECK(fragment.find(";mode=paths") != std::string::npos);
  CHECK(fragment.find(";job=data-analyst") != std::string::npos);
  CHECK(fragment.find(";psort=hours") != std::string::npos);
  CHECK(fragment.find(";pair=,mlops-engineer") != std::string::npos);
  const core::DecodedFragment back = core::decodeFragment(fragment, catalog);
  CHECK(back.notices.empty());
  CHECK(back.state == s);

  core::setCompareMode(s, core::CompareMode::SideBySide);
  core::setPairRole(s, catalog, 0, "genai-engineer");
  CHECK(core::decodeFragment(core::encodeFragment(s), catalog).state == s);

  // Old links open as before; unknown values are dropped or ignored with a notice.
  const core::DecodedFragment old = core::decodeFragment("v1;view=compare;sort=entry", catalog);
  CHECK(old.notices.empty());
  CHECK(old.state.compareMode == core::CompareMode::Pay);
  CHECK(old.state.job.empty());
  CHECK(core::encodeFragment(old.state).find("mode=") == std::string::npos);
  const core::DecodedFragment odd =
      core::decodeFragment("v1;view=compare;mode=sideways;job=astronaut;pair=nope,genai-engineer;psort=x", catalog);
  CHECK(odd.state.compareMode == core::CompareMode::Pay);
  CHECK(odd.state.job.empty());
  CHECK(odd.state.pairA.empty());
  CHECK(odd.state.pairB == "genai-engineer");
  CHECK(odd.state.pathSort == core::PathSort::Fit);
  CHECK(odd.notices.size() == 2);  // dropped (job, pair A) and ignored (mode, psort)
}

TEST_CASE("paths: getState's rows follow the state's order and say which are still planning") {
  const core::Catalog catalog = threeRoles();
  core::RolePathsCache cache;
  cache.update(catalog, core::rankRoles(catalog, {}), {}, {}, 0);
  core::Json rows = core::Json::parse(core::pathsJson(cache, core::PathSort::Name));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0]["role"] == "alpha");
  CHECK(rows[0]["planning"] == true);
  planAll(cache, catalog, {});
  rows = core::Json::parse(core::pathsJson(cache, core::PathSort::Hours));
  CHECK(rows[0]["role"] == "alpha");
  CHECK(rows[0]["planning"] == false);
  CHECK(rows[0]["hours"] == 14.0);
  CHECK(rows[2]["plannable"] == false);
  const core::RolePair pair = core::comparePair(*catalog.findRole("alpha"), *catalog.findRole("beta"), {});
  const core::Json j = core::Json::parse(core::pairJson(pair, cache));
  CHECK(j["a"] == "alpha");
  CHECK(j["planB"]["hours"] == 24.0);
  CHECK(j["onlyB"][0]["skill"] == "c");
}

// The fit rule on cases computed by hand.
#include <doctest/doctest.h>

#include <cstdint>

#include "fit.h"
#include "test_helpers.h"

namespace {
core::Role roleNeeding(std::vector<core::SkillNeed> needs) {
  core::Role r;
  r.id = "r";
  r.title = "Role";
  r.skills = std::move(needs);
  return r;
}
}  // namespace

TEST_CASE("fit: weighted coverage, a rating below the level counts partly") {
  // python L3 W3, sql L2 W1, ethics L1 W2.
  core::Role role = roleNeeding({{"python", 3, 3}, {"sql", 2, 1}, {"ethics", 1, 2}});
  core::Ratings ratings{{"python", 2}, {"sql", 3}};
  core::RoleFit fit = core::fitFor(role, ratings);
  // (3 * 2/3 + 1 * 1 + 2 * 0) / 6 = 3/6 = 50
  CHECK(fit.score == 50);
  CHECK(fit.have == 1);
  CHECK(fit.partial == 1);
  CHECK(fit.missing == 1);
  CHECK(fit.skills[0].status == core::SkillStatus::Partial);
  CHECK(fit.skills[0].coverage == doctest::Approx(2.0 / 3.0));
  CHECK(fit.skills[1].status == core::SkillStatus::Have);  // above the level: capped at full
  CHECK(fit.skills[2].status == core::SkillStatus::Missing);
}

TEST_CASE("fit: nothing rated is 0, everything at level is 100, rounding is to nearest") {
  core::Role role = roleNeeding({{"a", 3, 1}, {"b", 3, 2}});
  CHECK(core::fitFor(role, {}).score == 0);
  CHECK(core::fitFor(role, {{"a", 3}, {"b", 3}}).score == 100);
  // (1 * 1/3 + 2 * 0) / 3 = 0.111.. -> 11
  CHECK(core::fitFor(role, {{"a", 1}}).score == 11);
  // (1 * 1 + 2 * 2/3) / 3 = 0.777.. -> 78
  CHECK(core::fitFor(role, {{"a", 3}, {"b", 2}}).score == 78);
}

TEST_CASE("ranking: best fit first, ties by title") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  const core::Profile* writer = nullptr;
  for (const auto& p : r.catalog.profiles)
    if (p.id == "writer-marketer") writer = &p;
  REQUIRE(writer);
  auto ranked = core::rankRoles(r.catalog, core::ratingsFromProfile(r.catalog, *writer));
  REQUIRE(ranked.size() == 7);
  for (std::size_t i = 1; i < ranked.size(); ++i) CHECK(ranked[i - 1].score >= ranked[i].score);
  CHECK(ranked.front().role->id == "ai-content-creator");
  auto none = core::rankRoles(r.catalog, {});
  CHECK(none.front().score == 0);
  CHECK(none.front().role->title <= none.back().role->title);
}

TEST_CASE("ranking: each role's fit is fitFor's, with every rating read as fitFor reads it") {
  // rankRoles reads ratings by the skill's place in the catalogue (fast at the loader's limits);
  // fitFor searches the ratings. A rating outside 0-3, one for a skill the catalogue lacks and a
  // role needing such a skill must come out the same both ways.
  core::Catalog c;
  for (const char* id : {"a", "b", "c"}) {
    core::Skill s;
    s.id = id;
    s.name = id;
    c.skills.push_back(s);
  }
  c.roles.push_back(roleNeeding({{"a", 3, 3}, {"b", 2, 1}, {"c", 1, 2}}));
  c.roles.push_back(roleNeeding({{"c", 2, 1}, {"ghost", 2, 2}}));
  c.roles[1].id = "r2";
  c.roles[1].title = "Second";
  c.rebuildIndex();
  // Each skill a role needs knows its place in the catalogue; one the catalogue lacks, none.
  CHECK(c.roles[0].skills[1].at == 1);
  CHECK(c.roles[1].skills[0].at == 2);
  CHECK(c.roles[1].skills[1].at == UINT32_MAX);
  for (const core::Ratings& ratings : {core::Ratings{}, core::Ratings{{"a", 7}, {"b", -2}, {"c", 1}},
                                      core::Ratings{{"a", 2}, {"c", 2}, {"ghost", 1}}}) {
    const auto ranked = core::rankRoles(c, ratings);
    REQUIRE(ranked.size() == 2);
    for (const core::RoleFit& fit : ranked) {
      const core::RoleFit alone = core::fitFor(*fit.role, ratings);
      CHECK(fit.score == alone.score);
      REQUIRE(fit.skills.size() == alone.skills.size());
      for (std::size_t i = 0; i < fit.skills.size(); ++i) {
        CHECK(fit.skills[i].rating == alone.skills[i].rating);
        CHECK(fit.skills[i].status == alone.skills[i].status);
      }
    }
  }
  // The ghost skill's rating counts where the role needs it, as fitFor counts it.
  const auto ranked = core::rankRoles(c, {{"c", 2}, {"ghost", 1}});
  const core::RoleFit& second = ranked[0].role->id == "r2" ? ranked[0] : ranked[1];
  CHECK(second.skills[1].rating == 1);
  CHECK(second.have == 1);
  CHECK(second.partial == 1);
}

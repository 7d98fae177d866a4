#include "fit.h"
#include "stable_sort.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace core {

int ratingOf(const Ratings& ratings, std::string_view skill) {
  auto it = ratings.find(skill);
  return it == ratings.end() ? 0 : std::clamp(it->second, 0, 3);
}

std::string_view nameOf(SkillStatus s) {
  switch (s) {
    case SkillStatus::Have: return "have";
    case SkillStatus::Partial: return "partial";
    default: return "missing";
  }
}

namespace {

// One role's fit, with `ratingOf(need)` giving the reader's rating (0..3) of each skill it needs.
template <class RatingOf>
RoleFit fitWith(const Role& role, RatingOf ratingOf) {
  RoleFit fit;
  fit.role = &role;
  fit.skills.reserve(role.skills.size());
  double weighted = 0, totalWeight = 0;
  for (const SkillNeed& need : role.skills) {
    SkillFit s;
    s.need = &need;
    s.rating = ratingOf(need);
    const int level = std::max(1, need.level);
    s.coverage = static_cast<double>(std::min(s.rating, level)) / level;
    s.status = s.rating >= level ? SkillStatus::Have
               : s.rating > 0    ? SkillStatus::Partial
                                 : SkillStatus::Missing;
    (s.status == SkillStatus::Have ? fit.have
     : s.status == SkillStatus::Partial ? fit.partial
                                        : fit.missing)++;
    weighted += need.weight * s.coverage;
    totalWeight += need.weight;
    fit.skills.push_back(s);
  }
  fit.score = totalWeight > 0 ? static_cast<int>(std::lround(100.0 * weighted / totalWeight)) : 0;
  return fit;
}

}  // namespace

RoleFit fitFor(const Role& role, const Ratings& ratings) {
  return fitWith(role, [&](const SkillNeed& need) { return ratingOf(ratings, need.skill); });
}

std::vector<RoleFit> rankRoles(const Catalog& catalog, const Ratings& ratings) {
  // Every rating is put at its skill's place in the catalogue once, and each skill a role needs
  // is read there by the place the catalogue's index gave it (SkillNeed::at). Searching the
  // sorted ratings for each instead took most of the frame after a job was chosen at the
  // loader's limits (1,000 roles of 64 skills, 10,000 ratings: 64,000 binary searches of string
  // ids); a hash look-up for each still took half of what was left.
  std::vector<std::uint8_t> level(catalog.skills.size(), 0);
  for (const auto& [id, rating] : ratings)
    if (const Skill* skill = catalog.findSkill(id))
      level[skill - catalog.skills.data()] = static_cast<std::uint8_t>(std::clamp(rating, 0, 3));
  std::vector<RoleFit> fits;
  for (const Role& role : catalog.roles)
    fits.push_back(fitWith(role, [&](const SkillNeed& need) {
      return need.at < level.size() ? level[need.at] : ratingOf(ratings, need.skill);
    }));
  stableSort(fits, [](const RoleFit& a, const RoleFit& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.role->title < b.role->title;
  });
  return fits;
}

Ratings ratingsFromProfile(const Catalog& catalog, const Profile& profile) {
  std::vector<std::pair<std::string, int>> known;
  known.reserve(profile.ratings.size());
  for (const auto& [skill, level] : profile.ratings)
    if (catalog.findSkill(skill)) known.emplace_back(skill, std::clamp(level, 0, 3));
  Ratings r;
  r.assign(std::move(known));  // of two levels for a skill, the later one counts, as before
  return r;
}

}  // namespace core

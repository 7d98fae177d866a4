#include "fit.h"
#include "stable_sort.h"

#include <algorithm>
#include <cmath>

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

RoleFit fitFor(const Role& role, const Ratings& ratings) {
  RoleFit fit;
  fit.role = &role;
  double weighted = 0, totalWeight = 0;
  for (const SkillNeed& need : role.skills) {
    SkillFit s;
    s.need = &need;
    s.rating = ratingOf(ratings, need.skill);
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

std::vector<RoleFit> rankRoles(const Catalog& catalog, const Ratings& ratings) {
  std::vector<RoleFit> fits;
  for (const Role& role : catalog.roles) fits.push_back(fitFor(role, ratings));
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

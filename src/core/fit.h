// How well a reader fits each role, from their own skill ratings.
//
// The rule (also in the README): each skill a role needs has a level L (1-3) and a weight W
// (1-3). A reader's rating r (0-3) covers min(r, L) / L of it — a rating below the level counts
// partly. The fit score is the weighted coverage, 0-100:
//     score = round(100 * sum(W * min(r, L) / L) / sum(W))
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "sorted_ids.h"

namespace core {

// The reader's ratings by skill id, 0 (none) .. 3 (strong). Absent means 0. Ordered, so that
// everything derived from it (links, JSON) is stable.
using Ratings = SortedIdMap<int>;

int ratingOf(const Ratings& ratings, std::string_view skill);

enum class SkillStatus { Have, Partial, Missing };
std::string_view nameOf(SkillStatus s);  // "have", "partial", "missing"

struct SkillFit {
  const SkillNeed* need = nullptr;
  int rating = 0;
  SkillStatus status = SkillStatus::Missing;
  double coverage = 0;  // min(rating, level) / level
};

struct RoleFit {
  const Role* role = nullptr;
  int score = 0;                 // 0..100
  std::vector<SkillFit> skills;  // in the role's order
  int have = 0, partial = 0, missing = 0;
};

RoleFit fitFor(const Role& role, const Ratings& ratings);

// What a fit figure is, beside it where it is explained: a number we derive, said to be ours.
inline constexpr const char* kFitMeaning =
    "Our measure, from your ratings (the article gives no such figure): the weighted share of "
    "the skills the role needs, at the level it needs them; a lower rating counts partly.";

// Every role's fit, best first; ties by title.
std::vector<RoleFit> rankRoles(const Catalog& catalog, const Ratings& ratings);

// The ratings of a starting profile (unknown skills are skipped).
Ratings ratingsFromProfile(const Catalog& catalog, const Profile& profile);

}  // namespace core

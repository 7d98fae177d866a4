#include "model.h"

namespace core {

namespace {

template <class T>
const T* findIn(const std::vector<T>& items, const HashMap<std::string, std::uint32_t>& index,
                std::string_view id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

template <class T>
void indexById(const std::vector<T>& items, HashMap<std::string, std::uint32_t>& index) {
  index.clear();
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i)  // first id wins
    index.emplace(items[i].id, static_cast<std::uint32_t>(i));
}

// One table per enum: its names in the order of its values.
constexpr std::string_view kConfidence[] = {"article", "confirmed", "secondary", "unconfirmed"};
constexpr std::string_view kCategory[] = {"technical", "data",       "product",
                                          "creative",  "governance", "foundations"};
constexpr std::string_view kLevel[] = {"beginner", "intermediate", "advanced"};
constexpr std::string_view kPrice[] = {"free", "free-audit", "subscription", "one-time"};
constexpr std::string_view kSeniority[] = {"entry", "mid", "senior"};
constexpr std::string_view kPayBasis[] = {"stated", "derived"};
constexpr std::string_view kCourseKind[] = {"course",            "specialization",
                                            "professional-certificate", "certification-exam",
                                            "mooc",              "primer"};
constexpr std::string_view kOutlookKind[] = {"demand", "growth", "hiring-signal", "pay"};

template <class E, std::size_t N>
std::optional<E> fromTable(const std::string_view (&names)[N], std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace

const Skill* Catalog::findSkill(std::string_view id) const { return findIn(skills, skillIndex_, id); }
const Role* Catalog::findRole(std::string_view id) const { return findIn(roles, roleIndex_, id); }
const Course* Catalog::findCourse(std::string_view id) const {
  return findIn(courses, courseIndex_, id);
}

void Catalog::rebuildIndex() {
  indexById(skills, skillIndex_);
  indexById(roles, roleIndex_);
  indexById(courses, courseIndex_);
  for (Role& role : roles)
    for (SkillNeed& need : role.skills) {
      const Skill* skill = findSkill(need.skill);
      need.at = skill ? static_cast<std::uint32_t>(skill - skills.data()) : UINT32_MAX;
    }
}

std::string_view nameOf(Confidence c) { return kConfidence[static_cast<int>(c)]; }
std::string_view nameOf(SkillCategory c) { return kCategory[static_cast<int>(c)]; }
std::string_view nameOf(CourseLevel l) { return kLevel[static_cast<int>(l)]; }
std::string_view nameOf(PriceModel m) { return kPrice[static_cast<int>(m)]; }
std::string_view nameOf(Seniority s) { return kSeniority[static_cast<int>(s)]; }
std::string_view nameOf(PayBasis b) { return kPayBasis[static_cast<int>(b)]; }
std::string_view nameOf(CourseKind k) { return kCourseKind[static_cast<int>(k)]; }
std::string_view nameOf(OutlookKind k) { return kOutlookKind[static_cast<int>(k)]; }

std::optional<Confidence> confidenceFromString(std::string_view s) {
  return fromTable<Confidence>(kConfidence, s);
}
std::optional<SkillCategory> skillCategoryFromString(std::string_view s) {
  return fromTable<SkillCategory>(kCategory, s);
}
std::optional<CourseLevel> courseLevelFromString(std::string_view s) {
  return fromTable<CourseLevel>(kLevel, s);
}
std::optional<PriceModel> priceModelFromString(std::string_view s) {
  return fromTable<PriceModel>(kPrice, s);
}
std::optional<PayBasis> payBasisFromString(std::string_view s) {
  return fromTable<PayBasis>(kPayBasis, s);
}
std::optional<CourseKind> courseKindFromString(std::string_view s) {
  return fromTable<CourseKind>(kCourseKind, s);
}
std::optional<OutlookKind> outlookKindFromString(std::string_view s) {
  return fromTable<OutlookKind>(kOutlookKind, s);
}

}  // namespace core

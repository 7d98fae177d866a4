#include "app_state.h"

#include <algorithm>

#include "json_document.h"
#include "salary.h"

namespace core {

std::string_view nameOf(View v) { return v == View::Roles ? "roles" : "compare"; }
std::string_view nameOf(CompareSort s) { return s == CompareSort::EntryPay ? "entry" : "senior"; }

AppState initialState(const Catalog& catalog) {
  AppState state;
  if (!catalog.roles.empty()) state.role = catalog.roles.front().id;
  return state;
}

void selectRole(AppState& state, const Catalog& catalog, std::string_view roleId) {
  if (catalog.findRole(roleId)) state.role = std::string(roleId);
}

void showView(AppState& state, View view) { state.view = view; }

void sortCompare(AppState& state, CompareSort sort) { state.compareSort = sort; }

std::vector<const Role*> rolesForCompare(const Catalog& catalog, CompareSort sort) {
  std::vector<const Role*> roles;
  for (const Role& r : catalog.roles) roles.push_back(&r);
  auto key = [sort](const Role* r) {
    return sort == CompareSort::EntryPay ? entryPayKey(*r) : seniorPayKey(*r);
  };
  std::stable_sort(roles.begin(), roles.end(), [&](const Role* a, const Role* b) {
    auto ka = key(a), kb = key(b);
    if (ka.has_value() != kb.has_value()) return ka.has_value();
    if (ka && *ka != *kb) return *ka > *kb;
    return a->title < b->title;
  });
  return roles;
}

std::vector<const Course*> coursesForRole(const Catalog& catalog, const Role& role) {
  std::vector<std::pair<int, const Course*>> scored;
  for (const Course& c : catalog.courses) {
    int weight = 0;
    for (const SkillTaught& t : c.teaches)
      for (const SkillNeed& n : role.skills)
        if (n.skill == t.skill) weight += n.weight;
    if (weight > 0) scored.emplace_back(weight, &c);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<const Course*> out;
  for (const auto& [w, c] : scored) out.push_back(c);
  return out;
}

std::string stateToJson(const AppState& state) {
  Json j = {{"view", nameOf(state.view)},
            {"role", state.role},
            {"compareSort", nameOf(state.compareSort)}};
  return j.dump();
}

}  // namespace core

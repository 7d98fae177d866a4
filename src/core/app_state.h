// The reader's state: the one truth the interface draws from. Views read it and call the actions
// below; nothing else changes it. Later issues add ratings, plan and progress here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace core {

enum class View { Roles, Compare };
enum class CompareSort { EntryPay, SeniorPay };

struct AppState {
  View view = View::Roles;
  std::string role;  // the selected role's id; empty only when the catalog has no roles
  CompareSort compareSort = CompareSort::SeniorPay;
};

std::string_view nameOf(View v);            // "roles", "compare"
std::string_view nameOf(CompareSort s);     // "entry", "senior"

// A fresh state for a catalog: the Roles view with the first role selected.
AppState initialState(const Catalog& catalog);

// Actions. Each keeps the state valid for the catalog (an unknown role id is ignored).
void selectRole(AppState& state, const Catalog& catalog, std::string_view roleId);
void showView(AppState& state, View view);
void sortCompare(AppState& state, CompareSort sort);

// Roles in the order the Compare view shows them: highest key first, roles without a figure last,
// ties by title.
std::vector<const Role*> rolesForCompare(const Catalog& catalog, CompareSort sort);

// Courses that teach at least one skill the role needs, the most needed skills covered first.
std::vector<const Course*> coursesForRole(const Catalog& catalog, const Role& role);

// The state as JSON for window.careerExplorer.getState(): {"view": ..., "role": ..., ...}.
std::string stateToJson(const AppState& state);

}  // namespace core

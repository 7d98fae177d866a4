#include "navigation.h"

#include <algorithm>

namespace core {

Place placeOf(const AppState& state, bool roleOpen, std::string_view dialog) {
  Place p;
  p.view = state.view;
  if (state.view == View::Roles) {
    p.role = state.role;
    p.roleOpen = roleOpen;
  }
  p.dialog = std::string(dialog);
  return p;
}

// Format: view|role|open|dialog, e.g. "roles|mlops-engineer|1|". Ids never contain '|' (they
// are [a-z0-9-] by the data format), so no escaping is needed; anything else decodes leniently.
std::string encodePlace(const Place& p) {
  return std::string(nameOf(p.view)) + "|" + p.role + "|" + (p.roleOpen ? "1" : "0") + "|" + p.dialog;
}

Place decodePlace(std::string_view text) {
  Place p;
  std::string_view parts[4];
  for (int i = 0; i < 4; ++i) {
    const std::size_t bar = text.find('|');
    parts[i] = text.substr(0, bar);
    if (bar == std::string_view::npos) {
      text = {};
    } else {
      text.remove_prefix(bar + 1);
    }
  }
  for (View v : {View::Roles, View::Compare, View::Skills, View::Plan})
    if (parts[0] == nameOf(v)) p.view = v;
  const std::size_t kMaxId = 200;  // far longer than any id; a hostile entry stays small
  if (p.view == View::Roles) {
    p.role = std::string(parts[1].substr(0, kMaxId));
    p.roleOpen = parts[2] == "1";
  }
  p.dialog = std::string(parts[3].substr(0, kMaxId));
  return p;
}

bool opensOnTop(const Place& upper, const Place& under) {
  if (!under.dialog.empty()) return false;  // dialogs are modal: nothing opens over one
  if (!upper.dialog.empty()) {
    Place below = upper;
    below.dialog.clear();
    return below == under;
  }
  return upper.view == View::Roles && under.view == View::Roles && upper.roleOpen && !under.roleOpen;
}

void goToPlace(AppState& state, const Catalog& catalog, const Place& place) {
  showView(state, place.view);
  if (place.view == View::Roles && !place.role.empty()) selectRole(state, catalog, place.role);
}

void PlaceHistory::reset(const Place& place) {
  places_.assign(1, place);
  index_ = 0;
  arrowedIn_.clear();
}

PlaceHistory::Step PlaceHistory::moveTo(const Place& place, bool settingsChanged, std::string_view arrowedIn) {
  if (places_.empty()) {
    reset(place);
    return Step::Replace;
  }
  if (place == places_[index_]) return settingsChanged ? Step::Replace : Step::None;
  if (index_ > 0 && place == places_[index_ - 1] && opensOnTop(places_[index_], place)) {
    --index_;
    arrowedIn_.clear();
    return Step::Back;
  }
  if (!arrowedIn.empty() && arrowedIn == arrowedIn_) {  // the arrows go on: the same step
    places_[index_] = place;
    return Step::Replace;
  }
  arrowedIn_ = std::string(arrowedIn);
  places_.resize(index_ + 1);  // a new step forgets what was ahead, as browsers do
  places_.push_back(place);
  if (places_.size() > kMaxSteps) places_.erase(places_.begin());
  index_ = places_.size() - 1;
  return Step::Push;
}

void PlaceHistory::arrivedAt(std::size_t depth, const Place& entry, const Place& shown) {
  const bool closedDialog = !entry.dialog.empty() && opensOnTop(entry, shown);
  const bool known = depth < places_.size() && places_[depth] == (closedDialog ? entry : shown) &&
                     (!closedDialog || (depth > 0 && places_[depth - 1] == shown));
  arrowedIn_.clear();  // an arrow after Back or Forward starts a step of its own
  if (known) {
    index_ = depth;
    return;
  }
  // An entry this history does not know (an earlier visit, or a trimmed one): start from it.
  reset(shown);
}

}  // namespace core

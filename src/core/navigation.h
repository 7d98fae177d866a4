// Where the reader is, as the browser's Back button understands it, and the rule for when a
// change of state is a step the reader can go back from.
//
// A *place* is what the reader navigated to: the view, the role they opened, and an open dialog.
// Moving to another place is a step (the host page adds a history entry); every other change —
// ratings, goal, filters, hours a week, done courses, the Compare sort, the plans and which one
// is shown — is a setting, which only updates the address. Closing what was opened on top of
// the place just left (a dialog, a role's profile on a phone: "All roles") is the same as Back,
// so Back never reopens what the reader closed. Any other way back to an earlier place (a tab, a
// search result, a path in Compare) is a new step, as following a link is on the web: Back then
// returns to where the reader was, not past it. Arrow keys that go on through one group (the
// roles beside a profile, the view tabs) are one step however many places they pass: the first
// arrow adds an entry, the next ones rewrite it, so Back returns to where the arrows began.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"

namespace core {

struct Place {
  View view = View::Roles;
  std::string role;     // the selected role (Roles view only; elsewhere empty)
  bool roleOpen = false;  // a phone shows the role's profile instead of the list
  std::string dialog;   // an open dialog's kind ("embed", "start-over", ...); empty: none

  // On a phone the list of roles looks the same whichever role is selected: two places with no
  // role open are the same place ("All roles" after opening one is Back, not a new step).
  bool operator==(const Place& o) const {
    return view == o.view && roleOpen == o.roleOpen && (!roleOpen || role == o.role) && dialog == o.dialog;
  }
  bool operator!=(const Place& o) const { return !(*this == o); }
};

// Whether `upper` is `under` with something opened on top of it: a dialog, or a role's profile
// on a phone. Going from `upper` to `under` closes it.
bool opensOnTop(const Place& upper, const Place& under);

// The place a state shows. `roleOpen` and `dialog` come from the interface (they are not part of
// a share link).
Place placeOf(const AppState& state, bool roleOpen, std::string_view dialog);

// A place as a short string for the browser's history entry, and back. Decoding is forgiving:
// anything unreadable gives the Roles view (the caller keeps the current role then).
std::string encodePlace(const Place& place);
Place decodePlace(std::string_view text);

// Moves the state to a place's view and role, keeping every setting.
void goToPlace(AppState& state, const Catalog& catalog, const Place& place);

// The reader's steps on the widget's own page, mirrored by the browser's history entries (each
// entry knows its depth). Bounded: a long session keeps the latest kMaxSteps places.
class PlaceHistory {
 public:
  enum class Step {
    None,     // nothing to tell the browser
    Replace,  // same place, other settings: update the address only
    Push,     // a new place: add a history entry
    Back,     // the place one entry back: ask the browser to go back
  };
  static constexpr std::size_t kMaxSteps = 100;

  // Starts over at `place` (page load, or a link opened in the same tab).
  void reset(const Place& place);
  // The reader moved within the widget (after a frame). `settingsChanged`: whether the address
  // differs even if the place does not. `arrowedIn`: the group ("roles", "views") in which an
  // arrow key chose this place; "" when it came some other way.
  Step moveTo(const Place& place, bool settingsChanged, std::string_view arrowedIn = {});
  // The browser went Back or Forward to the entry at `depth`, which holds `entry`; the widget
  // shows `shown` there. They differ by a dialog when the entry is one whose dialog was closed:
  // it is not opened again (what it showed was a moment's). Then the history stays on that
  // entry, so that the next moveTo(shown) is Back, as closing the dialog was: Forward onto it
  // returns at once, and Back from a later place goes on to where the dialog was opened from,
  // instead of resting on an entry that looks like the one before it.
  void arrivedAt(std::size_t depth, const Place& entry, const Place& shown);
  std::size_t depth() const { return index_; }

 private:
  std::vector<Place> places_;
  std::size_t index_ = 0;
  std::string arrowedIn_;  // the group whose arrow keys made the entry at index_ ("" none)
};

}  // namespace core

// What changed because of what the reader did, in words for the page's live region (said
// politely to screen readers, who do not see the canvas change): a rating that changes the best
// fit or the ratings cleared; a plan added, deleted, renamed or switched to; a change of the plan's
// totals; a course marked done (progress, and when the plan will be done). Another plan shown is
// said with what it holds, once that is worked out. A sort of Compare's lists says the order.
#pragma once

#include <cstddef>
#include <string>

#include "app_state.h"
#include "derived.h"

namespace ui {

class Consequences {
 public:
  // After each frame: compares with the last frame and keeps what to say ("" until something
  // changes). Nothing is said for the first frame of a visit or a link (nothing changed then),
  // nor while a plan is still improving.
  // `ratingsKept`: a job replaced the reader's own ratings, which one button brings back
  // (paths_view.h, JobChoice); `broughtBack`: that button did.
  void note(const core::AppState& state, const core::Derived& d, double now, bool ratingsKept = false,
            bool broughtBack = false);
  // The next frame starts afresh: a restored link or visit is not a change.
  void reset();
  const std::string& words() const { return said_; }
  double saidAt() const { return saidAt_; }  // the `now` of the note() that said them

 private:
  bool armed_ = false;
  bool ratingsKept_ = false;
  bool broughtBack_ = false;
  bool overBudget_ = false;  // the plan on screen, once worked out, is over the reader's budget
  std::string said_;
  double saidAt_ = 0;
  std::string shownPlan_;  // another plan shown ("Showing plan …"), said when its plan is worked out
  double shownSince_ = 0;
  std::string bestFit_, planTotals_, progress_;
  std::size_t planCount_ = 0, planSlot_ = 0, rated_ = 0;
  std::string planName_;
  core::CompareSort compareSort_{};
  core::PathSort pathSort_{};
};

}  // namespace ui

#pragma once

#include "view_context.h"

namespace ui {

// "My skills": every skill by category, rated in one click (`skill/<id>/<0..3>`), starting
// profiles (`profile/<id>`), "Clear" (`skills/clear`), and the best fits so far.
CE_VIEW_ENTRY void skillsView(const ViewContext& ctx);

// The words for a rating 0..3: none, basic, working, strong.
const char* ratingWord(int level);

}  // namespace ui

#pragma once

#include "view_context.h"

namespace ui {

// Every role's pay on one shared axis, sortable by entry or senior pay (`sort/entry`,
// `sort/senior`); a row (`compare/<id>`) opens that role. Returns true when a row was chosen.
bool compareView(const ViewContext& ctx);

}  // namespace ui

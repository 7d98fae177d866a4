// What every view gets: the data, the reader's state, and the means to draw and name things.
#pragma once

#include "app_state.h"
#include "fonts.h"
#include "input_map.h"
#include "item_registry.h"
#include "light_dismiss.h"
#include "semantics.h"
#include "model.h"
#include "theme.h"
#include "widget.h"

// On a view's entry point: keeps its code in a function of its own instead of inlined into the
// frame's. The browser compiles a wasm function on its first call, on the page's main thread, so
// the first frame then compiles only the views it draws (Roles), not Compare, Skills or Plan.
#define CE_VIEW_ENTRY __attribute__((noinline))

namespace ui {

struct ViewContext {
  const core::Catalog& catalog;
  core::AppState& state;
  const core::Derived& derived;  // fits and plan for `state` as it was when the frame began
  ItemRegistry& items;
  InputMap& input;  // scroll regions and draggables, for the platform's gesture decisions
  SemanticLayer& semantics;  // what each item is, for the page's operable layer
  LightDismiss& popovers;    // popovers a click outside closes and passes on (light dismiss)
  const Palette& colours;
  const Fonts& fonts;
  const PlatformHooks& hooks;
  bool narrow;   // below kWideLayoutMin: one column, tabs, master-detail
  bool compact;  // embed option: no subtitle or footer
  bool touch;    // the reader last used a touch screen: say "tap", not "click" or "hover"
};

// CSS pixels of width from which the roles list and the detail stand side by side.
inline constexpr float kWideLayoutMin = 720.0f;

// CSS pixels of width the widget takes at most; a wider canvas (a shared link opened on a large
// monitor) centres it, as most reading sites do, so its lines of text stay short enough to follow
// (about 130 characters a line in a role's profile, where the whole of a 1920 px screen gave 260).
inline constexpr float kWidestLayout = 1200.0f;

}  // namespace ui

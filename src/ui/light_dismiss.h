// A click outside an open popover closes it and still does what it does where it lands, as a
// web popover's light dismiss does. Dear ImGui's popups take that click instead: while one is
// open nothing under it can be hovered, so the click only closed it and the reader had to click
// again. Popovers here are the explanations and the search list; menus, drop-down lists and
// dialogs keep ImGui's rule, as a native menu or select does (the click that closes one does
// nothing else).
#pragma once

#include "imgui.h"

namespace ui {

class LightDismiss {
 public:
  // Before the frame's first window: a click outside the popover noted in the last frame, and
  // outside the item that opened it, closes it now, so the item under the click takes it. A
  // click on that item still only closes it (a second click on a figure toggles its
  // explanation), as does one on the search field under its list.
  void beginFrame();
  // Inside BeginPopup: the current popup is a popover, opened from the item at min-max.
  void noteOpen(ImVec2 openerMin, ImVec2 openerMax);

 private:
  struct Noted {
    ImGuiID popup = 0;
    ImVec2 min, max;
  };
  Noted noted_;
};

}  // namespace ui

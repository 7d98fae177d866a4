// Names for things on screen ("role/prompt-engineer", "view/compare"), recorded as they are
// drawn, so tests and scripts can find and click them (window.careerExplorer.itemRect).
#pragma once

#include <string>
#include <string_view>
#include "hash_map.h"
#include "widget.h"

namespace ui {

class ItemRegistry {
 public:
  // Starts recording a new frame; the previous frame's rectangles stay readable until endFrame().
  void beginFrame();
  void endFrame();

  // Records the last ImGui item under `name`, clipped to what is visible of its window. Items
  // entirely clipped away are not recorded.
  void nameLastItem(std::string name);
  // Records the current ImGui window (a popover, a dialog) under `name`.
  void nameCurrentWindow(std::string name);

  // The rectangle from the last completed frame.
  bool find(std::string_view name, Rect& out) const;
  const core::HashMap<std::string, Rect>& shown() const { return shown_; }
  // Each shown item's whole size, before clipping (a row half scrolled away is still a row).
  const core::HashMap<std::string, Rect>& fullSizes() const { return shownFull_; }

 private:
  // Filled anew every frame: cleared, not freed, so a frame allocates nothing once they are grown.
  core::HashMap<std::string, Rect> drawing_, shown_;
  core::HashMap<std::string, Rect> drawingFull_, shownFull_;
};

}  // namespace ui

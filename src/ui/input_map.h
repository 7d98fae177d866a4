// What the platform must know about the last frame to decide, inside a browser event handler and
// before any new frame, whether a gesture belongs to the widget or to the page around it: which
// regions scroll and how far they still can, and which items take a horizontal drag (sliders).
// Scrolling is then done by the widget itself (ScrollArea applies the requested distance in the
// next frame), in CSS pixels, so touch, momentum and trackpads move the content exactly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hash_map.h"
#include "widget.h"

namespace ui {

class InputMap {
 public:
  // Starts recording a frame; the last frame's map stays readable until endFrame().
  void beginFrame();
  void endFrame();

  // Called by ScrollArea with the current ImGui window: its visible rectangle and scroll state.
  // `popup`: a popup or dialog, which covers what lies below it (a wheel over it never reaches
  // the regions underneath).
  void addScrollRegion(std::string name, bool popup);
  // The last ImGui item takes horizontal drags (a slider).
  void addDraggable();
  // Where the widget's columns are, in CSS px (narrower than the canvas past kWidestLayout).
  void setWidgetSpan(float left, float right) {
    widgetLeft_ = left;
    widgetRight_ = right;
  }

  // Scrolls the region under (x, y) by up to `dy` CSS px (positive: towards the end). Returns
  // the distance it will really move (0 when nothing there can scroll that way: the page
  // should scroll instead). The move is applied when the region is next drawn.
  float scrollAt(float x, float y, float dy);
  // The same for a point anywhere in a region's content, in view or scrolled out of it (the item
  // the keyboard's focus is on, which a page key may have scrolled away): the innermost region
  // whose content holds it scrolls, or the ones around it, as scrollAt chains.
  float scrollFrom(float x, float y, float dy);
  bool draggableAt(float x, float y) const;

  // For ScrollArea: the scroll position a region should take this frame, if one was requested
  // (a scroll, or a reset to the top); `current` is where ImGui has it.
  bool takeScrollRequest(std::string_view name, float& target);
  // Returns the region to its top in the next frame (a new role opened in the same place).
  void scrollToTop(std::string_view name);
  // Remembers what a region shows (e.g. a role id); true when it changed since the last call.
  bool noteTopKey(std::string_view name, const std::string& key);

 private:
  struct Region {
    std::string name;
    Rect rect;
    float scrollY = 0, scrollMaxY = 0;
    bool popup = false;
  };
  const Region* regionAt(float x, float y, float dy) const;

  std::vector<Region> drawingRegions_, shownRegions_;
  std::vector<Rect> drawingDraggables_, shownDraggables_;
  core::HashMap<std::string, float> requests_;  // region -> wanted scrollY
  core::HashMap<std::string, std::string> topKeys_;  // region -> what it last showed
  float widgetLeft_ = 0, widgetRight_ = 1e9f;
};

}  // namespace ui

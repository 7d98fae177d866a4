// A long list shown a page at a time, so that a frame lays out and describes a bounded number of
// rows however long the data makes the list (My skills at 10,000 skills, From my job at 1,000
// roles). A list that fits on one page shows no page controls.
#pragma once

#include <cstddef>
#include <string>

#include "view_context.h"

namespace ui {

// Which page a list shows, kept between frames by its view.
struct ListPages {
  std::size_t page = 0;
  bool moved = false;  // the page changed: the next frame shows the list from its top

  // Shows the page that holds item `index` (as search does when it opens an item), at the scroll
  // the list has: the caller brings the item into view.
  void showItem(std::size_t index, std::size_t pageSize);
};

// The items of the page shown, [begin, end).
struct PageSpan {
  std::size_t begin = 0, end = 0;
};

// Call where the list starts: keeps the page in range, scrolls here after a move, and draws
// "<noun> 51–100 of 10,000" with Previous and Next (`<name>/top/page-previous`,
// `<name>/top/page-next`). Returns the items to draw.
PageSpan listPagesTop(const ViewContext& ctx, ListPages& pages, std::size_t total, std::size_t pageSize,
                      const char* noun, const std::string& name);

// A choice among many offered to the operable layer as a radio group (the plan's target, Side by
// side's roles): the `size` entries around the chosen one (`current`, an index below `count`).
// Arrow keys check the next entry, and the window follows it, so every entry is reached while
// the layer holds at most `size` of them.
inline constexpr std::size_t kChoiceWindow = 50;
PageSpan windowAround(std::size_t count, std::size_t current, std::size_t size = kChoiceWindow);

// Under the list: the same controls again (`<name>/bottom/…`), so that the reader who reached
// the end of a page goes on from there.
void listPagesBottom(const ViewContext& ctx, ListPages& pages, std::size_t total, std::size_t pageSize,
                     const char* noun, const std::string& name);

}  // namespace ui

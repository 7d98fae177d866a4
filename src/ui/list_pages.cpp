#include "list_pages.h"

#include <algorithm>
#include <cctype>

#include "decimal.h"
#include "elements.h"
#include "json_document.h"

namespace ui {

namespace {

std::size_t pageCount(std::size_t total, std::size_t pageSize) {
  return std::max<std::size_t>(1, (total + pageSize - 1) / pageSize);
}

// `where`: "top" or "bottom"; the items are `<list>/<where>/page-previous` and `…/page-next`.
void pageControls(const ViewContext& ctx, ListPages& pages, std::size_t total, std::size_t pageSize,
                  const char* noun, const std::string& list, const char* where) {
  const std::size_t count = pageCount(total, pageSize);
  if (count < 2) return;
  const std::size_t first = pages.page * pageSize + 1, last = std::min(total, first + pageSize - 1);
  const std::string words = std::string(noun) + " " + core::decimal(first) + "\xE2\x80\x93" +
                            core::decimal(last) + " of " + core::withThousands(total);
  std::string lowerNoun = noun;
  if (!lowerNoun.empty()) lowerNoun[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowerNoun[0])));
  const std::string name = list + "/" + where;
  ImGui::PushID(name.c_str());
  // A step that goes nowhere (Previous on the first page) is shown, and said to be, unavailable.
  auto step = [&](const char* label, const char* item, bool possible) {
    Semantic sem;
    sem.label = std::string(label) + " page of " + lowerNoun;  // "Next" alone says too little
    sem.disabled = !possible;
    ImGui::BeginDisabled(!possible);
    const bool pressed = tabButton(ctx, label, false, name + item, 0, true, 0, sem) && possible;
    ImGui::EndDisabled();
    // The new page is shown from its top: a keyboard user who turned it at the bottom goes on
    // from the same button at the top, not from the end of a page they have not read.
    if (pressed && ctx.semantics.focus() == name + item && std::string(where) == "bottom")
      ctx.semantics.moveFocusTo(list + "/top" + item);
    return pressed;
  };
  if (step("Previous", "/page-previous", pages.page > 0)) {
    --pages.page;
    pages.moved = true;
  }
  ImGui::SameLine();
  if (step("Next", "/page-next", pages.page + 1 < count)) {
    ++pages.page;
    pages.moved = true;
  }
  // The words beside the buttons, or under them in a narrow column.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;  // the line's end
  if (right - ImGui::GetItemRectMax().x - spacing >= ImGui::CalcTextSize(words.c_str()).x) ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(words.c_str());
  ctx.semantics.describeText(words);
  ImGui::PopID();
}

}  // namespace

void ListPages::showItem(std::size_t index, std::size_t pageSize) {
  // The scroll stays (no `moved`): whoever opened the item brings it into view where it is drawn
  // (SemanticLayer::reveal or setFocus), judged by the scroll it is drawn at. Read from the new
  // page's top, a row found in view at the old scroll could end up out of it.
  page = index / pageSize;
}

PageSpan windowAround(std::size_t count, std::size_t current, std::size_t size) {
  PageSpan span;
  if (count <= size) {
    span.end = count;
    return span;
  }
  span.begin = std::min(current > size / 2 ? current - size / 2 : 0, count - size);
  span.end = span.begin + size;
  return span;
}

PageSpan listPagesTop(const ViewContext& ctx, ListPages& pages, std::size_t total, std::size_t pageSize,
                      const char* noun, const std::string& name) {
  pages.page = std::min(pages.page, pageCount(total, pageSize) - 1);
  if (pages.moved) {
    // A new page is read from its top, wherever its Previous or Next was pressed.
    ImGui::SetScrollY(ImGui::GetCursorPosY());
    pages.moved = false;
  }
  pageControls(ctx, pages, total, pageSize, noun, name, "top");
  PageSpan span;
  span.begin = pages.page * pageSize;
  span.end = std::min(total, span.begin + pageSize);
  return span;
}

void listPagesBottom(const ViewContext& ctx, ListPages& pages, std::size_t total, std::size_t pageSize,
                     const char* noun, const std::string& name) {
  if (pageCount(total, pageSize) < 2) return;
  separator();
  pageControls(ctx, pages, total, pageSize, noun, name, "bottom");
}

}  // namespace ui

// The hint by a toolbar's focus ring: Tab passes over a toolbar's other buttons (the arrow
// keys reach them), which nothing else on screen says.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using test::UiHarness;

namespace {

// The hint's box (in the popup colour, on top of everything).
ui::Rect hintDrawn() { return test::drawnOnTop(ImGui::GetColorU32(ImGuiCol_PopupBg)); }

void focusAndDraw(UiHarness& ui, const std::string& name) {
  ui.widget().semanticFocus("");  // the blur of what had it, as the browser sends it first
  ui.widget().semanticFocus(name);
  ui.frames(2);
}

}  // namespace

TEST_CASE("a toolbar's button with the keyboard's ring has a hint under it that the arrows reach the others, until they are used") {
  UiHarness ui(1000, 700);
  test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;role=genai-engineer");
  // Tab to a course's first fact.
  focusAndDraw(ui, "info/course/genai-with-llms/level");
  const ui::Rect ring = test::focusRingDrawn();
  REQUIRE(ring.w > 0);
  const ui::Rect hint = hintDrawn();
  REQUIRE(hint.w > 0);
  CHECK(hint.y + hint.h <= ring.y + 2);  // over the ring (the line the reader has passed)
  CHECK(hint.y + hint.h > ring.y - 12);
  CHECK(hint.x >= ring.x - 4);
  CHECK(hint.x < ring.x + ring.w);

  // Tab on to the next course's facts: the hint goes with the ring.
  focusAndDraw(ui, "info/course/pytorch-professional-certificate/link");
  const ui::Rect next = hintDrawn();
  REQUIRE(next.w > 0);
  CHECK(next.y > hint.y);

  // At the top of its area there is no room over it: under it then. (Scrolled up step by step
  // until the pay figure's ring is under the area's top edge.)
  ui.widget().restore("v1;role=genai-engineer", "", "");
  ui.frames(2);
  focusAndDraw(ui, "info/pay/genai-engineer/entry");
  bool under = false;
  for (int step = 0; step < 40 && !under; ++step) {
    const ui::Rect r = test::focusRingDrawn(), h = hintDrawn();
    if (r.w == 0 || h.w == 0) break;
    under = h.y >= r.y + r.h - 2;
    if (!under) CHECK(h.y + h.h <= r.y + 2);
    ui.widget().scrollAt(r.x + 4, r.y + 4, 8);
    ui.frames(2);
  }
  CHECK(under);

  // Out of the toolbars (Open course, a link of its own): no hint.
  focusAndDraw(ui, "course/pytorch-professional-certificate");
  CHECK(test::focusRingDrawn().w > 0);
  CHECK(hintDrawn().w == 0);

  // A toolbar of one button (this role's one pay band, and no pay notes): nothing for the arrows to reach.
  ui.widget().restore("v1;role=ai-ethics-specialist", "", "");
  ui.frames(2);
  const core::Json pay = test::layerNode(ui, "info/pay/ai-ethics-specialist/all");
  REQUIRE(pay.contains("group"));
  focusAndDraw(ui, "info/pay/ai-ethics-specialist/all");
  CHECK(test::focusRingDrawn().w > 0);
  CHECK(hintDrawn().w == 0);

  // An arrow key moves the ring within a toolbar: the reader knows now, and no hint comes again.
  ui.widget().restore("v1;role=genai-engineer", "", "");
  ui.frames(2);
  focusAndDraw(ui, "info/course/genai-with-llms/level");
  REQUIRE(hintDrawn().w > 0);
  focusAndDraw(ui, "info/course/genai-with-llms/hours");
  CHECK(test::focusRingDrawn().w > 0);
  CHECK(hintDrawn().w == 0);
  focusAndDraw(ui, "info/course/pytorch-professional-certificate/link");
  CHECK(test::focusRingDrawn().w > 0);
  CHECK(hintDrawn().w == 0);
}

TEST_CASE("a click's focus has no ring, no hint and no scroll, yet the page keys act on it, and clicks within a toolbar are no arrows") {
  UiHarness ui(1000, 700);
  test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;role=genai-engineer");
  // A course's fact, on screen in the profile's lower part.
  const std::string level = "info/course/genai-with-llms/level", hours = "info/course/genai-with-llms/hours";
  ui::Rect at;
  REQUIRE(ui.scrollTo(level, 700, 400));
  REQUIRE(ui.rect(level, at));
  ui.widget().semanticFocus(level, false);  // a press on it
  ui.frames(2);
  CHECK(test::focusRingDrawn().w == 0);
  CHECK(hintDrawn().w == 0);
  ui::Rect still;
  REQUIRE(ui.rect(level, still));
  CHECK(still.y == doctest::Approx(at.y));  // not scrolled to the middle, as the ring's item is
  // Page Down on it scrolls its area (the keys the widget handles act on the focused item).
  CHECK(ui.widget().semanticKey(3));
  ui.frames(2);
  ui::Rect paged;
  CHECK((!ui.rect(level, paged) || paged.y < at.y - 100));

  // From one fact to another by clicks, then a key: the ring and the hint come, since the
  // arrows were never used.
  REQUIRE(ui.scrollTo(level, 700, 400));
  ui.widget().semanticFocus("");
  ui.widget().semanticFocus(hours, false);
  ui.frames(2);
  ui.widget().semanticFocus(hours);  // the first key there
  ui.frames(2);
  CHECK(test::focusRingDrawn().w > 0);
  CHECK(hintDrawn().w > 0);
}

// Page Down, Page Up and Space (the layer's page keys) page the region of what has the focus:
// also a heading the layer moved the focus to (a role opened from Compare), and on after the
// first page has scrolled the focused item out of view, page by page to the region's end.
TEST_CASE("page keys scroll the focused heading's region, page after page, both ways") {
  UiHarness ui(1000, 700);
  test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;role=genai-engineer");
  const core::Json layer = core::Json::parse(ui.widget().semanticsJson());
  std::string heading;
  for (const core::Json& n : layer["nodes"])
    if (heading.empty() && n["role"] == "heading" && n["label"] == "Generative AI Engineer") heading = n["id"].get<std::string>();
  REQUIRE_FALSE(heading.empty());
  ui.widget().semanticFocus(heading);
  ui.frames(2);
  // Where the heading's node stands in the layer (it moves with what it heads).
  const auto headingY = [&] { return test::layerNode(ui, heading)["y"].get<float>(); };
  const float start = headingY();
  int down = 0;
  while (down < 50 && ui.widget().semanticKey(3)) {
    ++down;
    ui.frames(2);
  }
  CHECK(down > 2);   // page after page, the heading long out of view
  CHECK(down < 50);  // until the profile's end, where the key is the page's
  CHECK(headingY() < start - 2 * 300.0f);
  int up = 0;
  while (up < 50 && ui.widget().semanticKey(2)) {
    ++up;
    ui.frames(2);
  }
  CHECK(up == down);  // and back to the top, as far
  CHECK(headingY() == doctest::Approx(start));
}

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

  // A toolbar of one button (this role's one pay band): nothing for the arrows to reach.
  ui.widget().restore("v1;role=mlops-engineer", "", "");
  ui.frames(2);
  const core::Json pay = test::layerNode(ui, "info/pay/mlops-engineer/all");
  REQUIRE(pay.contains("group"));
  focusAndDraw(ui, "info/pay/mlops-engineer/all");
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

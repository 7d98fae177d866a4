// The search field and its results (ui/search_view.h) in the real widget, driven as the page's
// layer drives it: text and keys from the field, a click on a result.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "imgui.h"
#include "json_document.h"
#include "search_view.h"
#include "synthetic_data.h"
#include "theme.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;
using test::loadRealData;

namespace {

// Types `text` into the field (the layer's input event) and draws until it is searched.
Json typeQuery(UiHarness& ui, const std::string& text) {
  ui.widget().semanticFocus("search");
  ui.widget().semanticText("search", text, text.size());
  for (int i = 0; i < 200; ++i) {
    ui.frames(1);
    const Json s = ui.state()["search"];
    if (s["query"] == text && !s["searching"].get<bool>()) return s;
  }
  FAIL("the query was never searched: " << text);
  return Json();
}

void key(UiHarness& ui, int k) {
  ui.widget().semanticFieldKey("search", k);
  ui.frames(2);
}

}  // namespace

TEST_CASE("search: the field is on screen in both layouts, as a text field of the layer") {
  for (float width : {1000.0f, 360.0f}) {
    UiHarness ui(width, 700);
    loadRealData(ui);
    ui::Rect r;
    REQUIRE(ui.rect("search", r));
    CHECK(r.w >= 24);
    CHECK(r.h >= 24);
    const Json layer = Json::parse(ui.widget().semanticsJson());
    bool found = false;
    for (const Json& n : layer["nodes"])
      if (n["id"] == "search") found = n["role"] == "textfield" && n["expanded"] == false;
    CHECK(found);
    // Nothing is searched, and no frame is asked for, until the reader uses it.
    CHECK_FALSE(ui.lastFrameAnimating());
  }
}

TEST_CASE("search: on a phone the field in use covers Share and the menu, which stay next in the layer's order") {
  // Tab from the field goes on to them, as when they are drawn (a keyboard user found them only
  // by Shift+Tab), and where they were.
  UiHarness ui(360, 640);
  loadRealData(ui);
  ui.widget().setPageUrl("https://example.org/careers/");
  ui.widget().restore("", "", "");
  ui.frames(2);
  ui::Rect share, menu;
  REQUIRE(ui.rect("share", share));
  REQUIRE(ui.rect("menu", menu));
  ui.widget().semanticFocus("search");
  ui.frames(2);
  ui::Rect field;
  REQUIRE(ui.rect("search", field));
  CHECK(field.x + field.w > menu.x);  // the field in use spans the row
  CHECK_FALSE(ui.rect("share", share));  // not drawn
  const Json layer = Json::parse(ui.widget().semanticsJson());
  std::vector<std::string> order;
  for (const Json& n : layer["nodes"]) order.push_back(n["id"].get<std::string>());
  const auto at = std::find(order.begin(), order.end(), "search");
  REQUIRE(order.end() - at >= 3);
  CHECK(at[1] == "share");
  CHECK(at[2] == "menu");
  for (const Json& n : layer["nodes"])
    if (n["id"] == "share") CHECK(std::abs(n["x"].get<float>() - share.x) < 1.5f);
  // The focus on one brings the buttons back.
  ui.widget().semanticFocus("share");
  ui.frames(2);
  CHECK(ui.rect("share", share));
  CHECK(ui.rect("menu", menu));
}

TEST_CASE("search: the number of results is said once typing pauses, not for every key") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  const Json s = typeQuery(ui, "engineer");
  REQUIRE(s["results"].size() >= 3);
  CHECK(ui.widget().announcement().find("result") == std::string::npos);
  const double wait = ui.widget().frameWantedIn();  // the platform draws a frame then
  CHECK(wait > 0.0);
  CHECK(wait <= 0.6);
  ui.frames(static_cast<int>(wait * 60.0) + 2);  // the harness's frames are 1/60 s apart
  CHECK(ui.widget().announcement().find(std::to_string(s["results"].size()) + " results.") != std::string::npos);
  CHECK(ui.widget().frameWantedIn() < 0.0);  // nothing more to wait for
}

TEST_CASE("search: typos find the role, arrows move, Enter opens, Escape closes") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  Json s = typeQuery(ui, "promt engneer");
  REQUIRE(s["results"].size() >= 1);
  CHECK(s["results"][0]["id"] == "prompt-engineer");
  CHECK(s["open"] == true);
  ui::Rect r;
  CHECK(ui.rect("result/role/prompt-engineer", r));

  s = typeQuery(ui, "engineer");
  REQUIRE(s["results"].size() >= 3);
  const std::string second = s["results"][1]["id"].get<std::string>();
  key(ui, ui::kSearchKeyDown);
  key(ui, ui::kSearchKeyDown);
  key(ui, ui::kSearchKeyUp);
  CHECK(ui.state()["search"]["highlighted"] == 1);
  key(ui, ui::kSearchKeyEnter);
  Json state = ui.state();
  CHECK(state["view"] == "roles");
  CHECK(state["role"] == second);
  CHECK(state["search"]["open"] == false);
  CHECK(state["search"]["query"] == "");

  typeQuery(ui, "python");
  CHECK(ui.state()["search"]["open"] == true);
  key(ui, ui::kSearchKeyEscape);
  CHECK(ui.state()["search"]["open"] == false);
  CHECK(ui.state()["search"]["query"] == "python");  // kept for when the reader comes back
  // The search is no part of the reader's state: not in the link.
  CHECK(ui.widget().fragment().find("python") == std::string::npos);
}

TEST_CASE("search: Tab on from the field closes its list (it would cover what has the focus), a click does not") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  typeQuery(ui, "prompt");
  ui::Rect r;
  REQUIRE(ui.rect("result/role/prompt-engineer", r));
  // A click on the canvas (the mouse choosing a result) takes the focus from the layer: the list
  // stays for the click to land on.
  ui.widget().semanticFocus("");
  ui.frames(2);
  CHECK(ui.state()["search"]["open"] == true);
  CHECK(ui.rect("result/role/prompt-engineer", r));
  // Tab from the field: the focus is on the next control.
  ui.widget().semanticFocus("search");
  ui.frames(1);
  ui.widget().semanticFocus("view/roles");
  ui.frames(2);
  CHECK(ui.state()["search"]["open"] == false);
  CHECK_FALSE(ui.rect("result/role/prompt-engineer", r));
  CHECK(ui.state()["search"]["query"] == "prompt");  // kept for when the reader comes back
  // Back in the field, the Down arrow opens the list again.
  ui.widget().semanticFocus("search");
  key(ui, ui::kSearchKeyDown);
  CHECK(ui.state()["search"]["open"] == true);
  CHECK(ui.rect("result/role/prompt-engineer", r));
}

TEST_CASE("search: a skill opens My skills, a tool its role, a course the profile that lists it") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  typeQuery(ui, "statistics");
  REQUIRE(ui.click("result/skill/statistics"));
  CHECK(ui.state()["view"] == "skills");
  ui.frames(2);
  ui::Rect r;
  CHECK(ui.rect("skill/statistics/0", r));
  CHECK(r.y >= 0);
  CHECK(r.y + r.h <= 700);  // brought into view

  typeQuery(ui, "docker");
  REQUIRE(ui.click("result/tool/mlops-engineer/Docker"));
  CHECK(ui.state()["view"] == "roles");
  CHECK(ui.state()["role"] == "mlops-engineer");

  const Json s = typeQuery(ui, "deep learning specialization");
  REQUIRE(s["results"].size() >= 1);
  REQUIRE(s["results"][0]["kind"] == "course");
  const std::string course = s["results"][0]["id"].get<std::string>();
  REQUIRE(ui.click(s["results"][0]["item"].get<std::string>()));
  CHECK(ui.state()["view"] == "roles");
  ui.frames(3);
  CHECK(ui.rect("course/" + course, r));  // the profile lists it, and it is on screen
  CHECK(r.y + r.h <= 700);
}

TEST_CASE("search: what a result opens gets the focus, and the ring only when the keyboard chose it") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  // Chosen with the mouse: the role is brought into view and the layer is asked to focus it (a
  // click on the layer's option does, and a page that keeps a click's focus on the canvas goes
  // on from there), but no ring is drawn, as a browser shows none after a click.
  typeQuery(ui, "mlops");
  ui.widget().semanticFocus("");  // the field's blur, as the press on the canvas takes the focus
  REQUIRE(ui.click("result/role/mlops-engineer"));
  CHECK(ui.widget().semanticsJson().find("\"focus\":\"role/mlops-engineer\"") != std::string::npos);
  ui.frames(2);
  CHECK(test::focusRingDrawn().w == 0);

  // Chosen with Enter: ringed at once.
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // (the pointer leaves the canvas)
  const Json found = typeQuery(ui, "prompt engineer")["results"][0];
  REQUIRE((found["kind"] == "role" || found["kind"] == "course"));
  REQUIRE(ui.state()["search"]["highlighted"] == 0);  // the first result, ready for Enter
  key(ui, ui::kSearchKeyEnter);
  ui::Rect r;
  REQUIRE(ui.rect(found["kind"].get<std::string>() + "/" + found["id"].get<std::string>(), r));
  const ui::Rect ring = test::focusRingDrawn();
  CHECK(ring.x < r.x);
  CHECK(ring.y < r.y);
  CHECK(ring.x + ring.w > r.x + r.w);
  CHECK(ring.y + ring.h > r.y + r.h);
}

TEST_CASE("search: the JS API's search() leaves the interface alone") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  const Json results = Json::parse(ui.widget().searchJson("PROMPT engineer"));
  REQUIRE(results.is_array());
  REQUIRE(results.size() >= 1);
  CHECK(results[0]["kind"] == "role");
  CHECK(results[0]["match"] == "exact");
  CHECK(results[0]["item"] == "result/role/prompt-engineer");
  CHECK(ui.state()["search"]["query"] == "");
  CHECK(Json::parse(ui.widget().searchJson(std::string(5000, 'x'))) == Json::array());
}

TEST_CASE("search: getState says searching while the index is still built for the first query") {
  // At the size limit the index takes many frames (kSearchIndexSlice entries each): until the
  // query has run, "no results" would be a wrong answer, so the state says it is searching.
  tools::SyntheticSpec spec;
  spec.courses = 12000;
  UiHarness ui(1000, 700);
  ui.widget().loadData(tools::syntheticCatalogJson(spec));
  ui.frames(2);
  ui.widget().semanticText("search", "course 11", 9);
  ui.frames(1);
  Json s = ui.state()["search"];
  REQUIRE(s["query"] == "course 11");
  CHECK(s["searching"] == true);
  CHECK(s["results"].empty());
  int frames = 1;
  while (s["searching"] == true && frames < 1000) {
    ui.frames(1);
    ++frames;
    s = ui.state()["search"];
  }
  CHECK(frames > 10);  // the index was built across frames
  CHECK(s["searching"] == false);
  REQUIRE(s["results"].size() >= 1);
  CHECK(s["results"][0]["id"] == "course-00011");
}

namespace {

// How many of the last frame's vertices inside `r` are of colour `colour`.
int verticesOfColour(const ui::Rect& r, ImU32 colour) {
  int n = 0;
  const ImDrawData* data = ImGui::GetDrawData();
  for (const ImDrawList* list : data->CmdLists)
    for (const ImDrawVert& v : list->VtxBuffer)
      if (v.col == colour && v.pos.x >= r.x && v.pos.x <= r.x + r.w && v.pos.y >= r.y && v.pos.y <= r.y + r.h) ++n;
  return n;
}

}  // namespace

TEST_CASE("search: a selection made in the layer's field (Shift+arrows, select all) is drawn behind the text") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.frames(2);
  const ImU32 selection = ui::palette(false).surfaceSelected;
  ui.widget().semanticFocus("search");
  ui.widget().semanticText("search", "prompt", 6);  // typed: the caret at the end, nothing selected
  ui.frames(2);
  ui::Rect field;
  REQUIRE(ui.rect("search", field));
  CHECK(verticesOfColour(field, selection) == 0);
  ui.widget().semanticText("search", "prompt", 6, 0);  // then all of it selected
  ui.frames(2);
  CHECK(verticesOfColour(field, selection) >= 4);
  ui.widget().semanticFocus("");  // the field left: its selection is not shown
  ui.frames(2);
  CHECK(verticesOfColour(field, selection) == 0);
}

TEST_CASE("search: a certification exam is listed as an exam, not a course") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  typeQuery(ui, "MLA-C01");
  const Json layer = Json::parse(ui.widget().semanticsJson());
  bool exam = false, course = false;
  for (const Json& n : layer["nodes"]) {
    if (n["role"] != "option") continue;
    const std::string label = n["label"].get<std::string>();
    if (label.find("(MLA-C01), Exam,") != std::string::npos) exam = true;
    if (label.find("(MLA-C01), Course,") != std::string::npos) course = true;
  }
  CHECK(exam);
  CHECK_FALSE(course);
}

TEST_CASE("search: a click outside the list closes it and does what it does there") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  typeQuery(ui, "prompt");
  ui::Rect r;
  REQUIRE(ui.rect("result/role/prompt-engineer", r));
  ui.widget().semanticFocus("");  // the click takes the focus to the canvas
  REQUIRE(ui.click("view/compare"));
  CHECK(ui.state()["view"] == "compare");
  CHECK(ui.state()["search"]["open"] == false);
  CHECK_FALSE(ui.rect("result/role/prompt-engineer", r));
}

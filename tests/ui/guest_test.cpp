// The widget as a guest in a page, natively: what scrolls (and when the page should scroll
// instead), explanations that open on a click or tap and stay, target sizes, and the places the
// Back button steps through.
#include <cmath>

#include <doctest/doctest.h>

#include <string>

#include "elements.h"
#include "imgui.h"
#include "json_document.h"
#include "navigation.h"
#include "test_helpers.h"
#include "slider.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;
using test::loadRealData;

namespace {


bool anyPopupOpen() { return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel); }

// Every named item on screen in every view, at this size: at least 24x24 CSS px (WCAG 2.2).
void checkTargetSizes(UiHarness& ui, const char* view) {
  REQUIRE(ui.click(std::string("view/") + view));
  for (const auto& [name, r] : ui.widget().items()) {
    if (name == "dialog/text" || name == "title") continue;  // text to read, not targets
    INFO(view << ": " << name << " is " << r.w << "x" << r.h);
    CHECK(r.w >= 24.0f);
    CHECK(r.h >= 24.0f);
  }
}

}  // namespace

TEST_CASE("the wheel scrolls a region while it can, and is left to the page at its ends") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui::Rect detail;
  REQUIRE(ui.rect("role/prompt-engineer", detail));
  const float x = 700, y = 400;  // over the role's profile
  CHECK(ui.wheel(x, y, 1) == 0.0f);  // at the top already: up belongs to the page
  float moved = 0;
  for (int i = 0; i < 200; ++i) {
    const float taken = ui.wheel(x, y, -1);
    if (taken == 0.0f) break;
    CHECK(taken > 0.0f);
    moved += taken;
  }
  CHECK(moved > 100.0f);               // the profile is longer than the screen
  CHECK(ui.wheel(x, y, -1) == 0.0f);   // at the bottom: down belongs to the page
  CHECK(ui.wheel(x, y, 1) < 0.0f);     // and up scrolls the profile again
  // The roles list is shorter than the screen: nothing there scrolls, the page does.
  CHECK(ui.wheel(150, 300, -1) == 0.0f);
  // The header does not scroll either.
  CHECK(ui.wheel(500, 20, -1) == 0.0f);
}

TEST_CASE("another role starts at its title, not where the previous one was scrolled to") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  for (int i = 0; i < 5; ++i) ui.wheel(700, 400, -1);
  ui::Rect before;
  CHECK_FALSE(ui.rect("info/pay/prompt-engineer/entry", before));  // scrolled out of view
  REQUIRE(ui.click("role/mlops-engineer"));
  ui.frames(2);
  ui::Rect pay;
  CHECK(ui.rect("info/pay/mlops-engineer/entry", pay));
  CHECK(ui.wheel(700, 400, 1) == 0.0f);  // at its top
}

TEST_CASE("a slider's words step aside from its grab rather than sit under it") {
  // A 300 px slider from 0 to 300, words 100 px wide (centred: 100 to 200), a 10 px grab.
  CHECK(ui::sliderWordsX(0, 300, 20, 10, 100) == doctest::Approx(100));   // the grab far left: centred
  CHECK(ui::sliderWordsX(0, 300, 290, 10, 100) == doctest::Approx(100));  // far right: centred
  // Over the words' left half: to the right of the grab, centred in the room there.
  const float right = ui::sliderWordsX(0, 300, 110, 10, 100);
  CHECK(right >= 110 + 5);
  CHECK(right + 100 <= 300);
  // Over their right half: to the left.
  const float left = ui::sliderWordsX(0, 300, 190, 10, 100);
  CHECK(left >= 0);
  CHECK(left + 100 <= 190 - 5);
  // No room on either side (a narrow slider): centred, as before.
  CHECK(ui::sliderWordsX(0, 120, 60, 10, 100) == doctest::Approx(10));
}

TEST_CASE("a slider takes horizontal drags, the rest of the view does not") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  REQUIRE(ui.click("view/plan"));
  ui::Rect hours;
  REQUIRE(ui.scrollTo("plan/hours", 180, 400));
  REQUIRE(ui.rect("plan/hours", hours));
  CHECK(ui.widget().dragsAt(hours.x + hours.w / 2, hours.y + hours.h / 2));
  CHECK_FALSE(ui.widget().dragsAt(hours.x + hours.w / 2, hours.y - 30));
}

TEST_CASE("a source statement opens on click, stays, and Escape closes it") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("info/pay/prompt-engineer/senior"));
  ui.frames(3);
  CHECK(anyPopupOpen());
  ui.frames(30);  // still there with no further input
  CHECK(anyPopupOpen());
  ui.key(ImGuiKey_Escape);
  CHECK_FALSE(anyPopupOpen());
}

TEST_CASE("a click elsewhere closes an open explanation") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("info/pay/prompt-engineer/entry"));
  ui.frames(2);
  CHECK(anyPopupOpen());
  REQUIRE(ui.click("role/mlops-engineer"));  // light dismiss: the click only closes it
  CHECK_FALSE(anyPopupOpen());
  REQUIRE(ui.click("role/mlops-engineer"));
  CHECK(ui.state()["role"] == "mlops-engineer");
}

TEST_CASE("the header's source note opens as a readable box, never wider than the screen") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  REQUIRE(ui.click("info/source"));
  ui.frames(2);
  REQUIRE(anyPopupOpen());
  // It says where the courses' facts come from as the data does: public pages about each course,
  // most of them reviews and listings, not each course's own page.
  CHECK(ui.drawnText().find("course facts from public pages about each course.") != std::string::npos);
  CHECK(ui.drawnText().find("own page") == std::string::npos);
  // The box is drawn inside the screen (ImGui keeps popups within the viewport).
  bool found = false;
  ImDrawData* draw = ImGui::GetDrawData();
  REQUIRE(draw != nullptr);
  for (int i = 0; i < draw->CmdListsCount; ++i) {
    const ImDrawList* list = draw->CmdLists[i];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.ClipRect.z > 360.5f) FAIL("something is drawn past the right edge");
      found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("touch targets are at least 24x24 in every view, wide and narrow") {
  for (float width : {1000.0f, 360.0f}) {
    UiHarness ui(width, width > 500 ? 700.0f : 640.0f);
    loadRealData(ui);
    REQUIRE(ui.click("view/skills"));
    REQUIRE(ui.click("profile/software-engineer"));
    for (const char* view : {"roles", "compare", "skills", "plan"}) checkTargetSizes(ui, view);
    REQUIRE(ui.click("menu"));
    ui.frames(2);
    for (const auto& [name, r] : ui.widget().items()) {
      if (name.rfind("menu/", 0) != 0) continue;
      INFO(name << " is " << r.w << "x" << r.h);
      CHECK(r.h >= 32.0f);
    }
  }
}

TEST_CASE("on a touch screen a dialog's buttons are as roomy for a finger as a menu's entries") {
  for (bool touch : {false, true}) {
    CAPTURE(touch);
    UiHarness ui(360, 640);
    loadRealData(ui);
    ui.widget().setTouchInput(touch);
    REQUIRE(ui.click("menu"));
    REQUIRE(ui.click("menu/reset"));
    ui.frames(2);
    REQUIRE(ui.state()["dialog"] == "Start over?");
    for (const char* name : {"dialog/confirm", "dialog/close"}) {
      ui::Rect r;
      REQUIRE(ui.widget().itemRect(name, r));
      INFO(std::string(name) << " is " << r.w << "x" << r.h);
      CHECK(r.h >= (touch ? ui::kComfortableTarget : ui::kMinTarget));
      CHECK(r.x + r.w <= 360.0f);
    }
  }
}

namespace {

// The widget with the bundled data, fresh (no link, no saved progress), and its first history
// entry, as the page writes it.
ui::Widget::HistoryUpdate freshStart(UiHarness& ui) {
  loadRealData(ui);
  ui.widget().restore("", "", "");
  ui.frames(2);
  return ui.widget().historyUpdate();
}

}  // namespace

TEST_CASE("the Back button's places: views, an opened role and a dialog push, settings replace") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  ui.widget().restore("", "", "");
  ui.frames(2);
  auto step = [&] { return ui.widget().historyUpdate().step; };
  CHECK(step() == 1);  // the first entry becomes ours
  CHECK(step() == 0);  // nothing changed
  REQUIRE(ui.click("role/mlops-engineer"));  // opens the profile on a phone
  CHECK(step() == 2);
  REQUIRE(ui.click("back/roles"));  // "All roles" returns to where the reader was: Back
  CHECK(step() == 3);
  REQUIRE(ui.click("view/skills"));
  CHECK(step() == 2);
  REQUIRE(ui.scrollTo("skill/python/2", 180, 400));
  CHECK(step() == 0);  // scrolling is no step either
  REQUIRE(ui.click("skill/python/2"));
  CHECK(step() == 1);  // a rating is a setting: the address changes, no new entry
}

TEST_CASE("the Back button's places: arrow keys through the roles make one step, a click one each") {
  UiHarness ui(1000, 700);
  const ui::Widget::HistoryUpdate first = freshStart(ui);
  auto arrowTo = [&](const char* id) {  // as the layer's radio group sends an arrow key's choice
    ui.widget().semanticAction(id, 2, 0);
    ui.frames(2);
    return ui.widget().historyUpdate();
  };
  ui::Widget::HistoryUpdate u = arrowTo("role/genai-engineer");
  CHECK(u.step == 2);
  CHECK(ui.state()["role"] == "genai-engineer");
  u = arrowTo("role/ai-product-manager");
  CHECK(u.step == 1);  // the same step, rewritten: its place and address follow the arrows
  CHECK(u.depth == first.depth + 1);
  CHECK(u.fragment.find("role=ai-product-manager") != std::string::npos);
  CHECK(core::decodePlace(u.place).role == "ai-product-manager");
  // A click (or Enter) on a role is a step of its own, and the arrows after it another.
  ui.widget().semanticAction("role/mlops-engineer", 0, 0);
  ui.frames(2);
  CHECK(ui.widget().historyUpdate().step == 2);
  CHECK(arrowTo("role/data-scientist-nlp").step == 2);
  CHECK(arrowTo("role/ai-ethics-specialist").step == 1);
  // Back from there returns to the role the click opened.
  ui.widget().goToPlace(core::encodePlace({core::View::Roles, "mlops-engineer", true, ""}), first.depth + 2);
  ui.frames(2);
  CHECK(ui.state()["role"] == "mlops-engineer");
}

TEST_CASE("Back returns to the previous place and keeps the reader's settings") {
  UiHarness ui(1000, 700);
  const ui::Widget::HistoryUpdate first = freshStart(ui);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("profile/software-engineer"));
  REQUIRE(ui.widget().historyUpdate().step == 2);
  ui.widget().goToPlace(first.place, first.depth);  // the browser's Back
  ui.frames(2);
  Json s = ui.state();
  CHECK(s["view"] == "roles");
  CHECK_FALSE(s["ratings"].empty());  // the profile's ratings stay
  CHECK(ui.widget().historyUpdate().step == 1);  // only the address follows
}

TEST_CASE("Back closes an open dialog") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().setPageUrl("https://example.org/ce/index.html");
  ui.widget().restore("", "", "");
  ui.frames(2);
  const ui::Widget::HistoryUpdate first = ui.widget().historyUpdate();
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/embed"));
  ui.frames(2);
  CHECK(ui.state()["dialog"] != "");
  CHECK(ui.widget().historyUpdate().step == 2);
  ui.widget().goToPlace(first.place, first.depth);
  ui.frames(3);
  CHECK(ui.state()["dialog"] == "");
  CHECK_FALSE(anyPopupOpen());
}

TEST_CASE("the embed snippet carries the view only, and shows whole, until asked for progress") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  ui.widget().setPageUrl("https://example.org/ce/index.html");
  ui.widget().restore("", "", "");
  ui.frames(2);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("profile/software-engineer"));
  UiHarness::clearCalls();
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/embed"));
  ui.frames(2);
  REQUIRE(ui.click("dialog/copy"));
  ui.frames(2);
  REQUIRE(UiHarness::calls().copied.size() == 1);
  const std::string snippet = UiHarness::calls().copied[0];
  CHECK(snippet.find("data-state=\"v1;view=skills;role=") != std::string::npos);
  CHECK(snippet.find("skills=") == std::string::npos);
  UiHarness::clearCalls();
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/embed"));
  ui.frames(2);
  REQUIRE(ui.click("dialog/progress"));
  ui.frames(3);  // the dialog fits its longer text
  REQUIRE(ui.click("dialog/copy"));
  ui.frames(2);
  REQUIRE(UiHarness::calls().copied.size() == 1);
  // The ratings are the job's, unchanged: the snippet names the job instead of listing them.
  CHECK(UiHarness::calls().copied[0].find("job=software-engineer;changed=\"") != std::string::npos);
  CHECK(UiHarness::calls().copied[0].find("skills=") == std::string::npos);
}

TEST_CASE("inside an article, Share links to the article with the widget's state") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().setPageUrl("https://widget.example/ce/index.html");
  ui.widget().setArticleUrl("https://blog.example/post?id=4#comments");
  ui.widget().restore("", "", "");
  ui.frames(2);
  UiHarness::clearCalls();
  REQUIRE(ui.click("share"));
  ui.frames(2);
  REQUIRE(UiHarness::calls().copied.size() == 1);
  CHECK(UiHarness::calls().copied[0].rfind("https://blog.example/post?id=4#career-explorer:v1", 0) == 0);
  // The article's second widget links to itself; a key that is none (from a tampered message)
  // counts as the first's.
  for (const auto& [key, prefix] : {std::pair<const char*, const char*>{"2", "#career-explorer-2:v1"},
                                    {"Bad Key!", "#career-explorer:v1"}}) {
    ui.widget().setArticleUrl("https://blog.example/post?id=4", key);
    UiHarness::clearCalls();
    REQUIRE(ui.click("share"));
    ui.frames(2);
    REQUIRE(UiHarness::calls().copied.size() == 1);
    CHECK(UiHarness::calls().copied[0].rfind(std::string("https://blog.example/post?id=4") + prefix, 0) == 0);
  }
}

TEST_CASE("the words follow the input: tap on a touch screen, click with a mouse") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  ui.widget().setTouchInput(true);
  for (int i = 0; i < 20 && ui.wheel(180, 400, -1) != 0.0f;) ++i;  // the list's footer
  ui.frames(1);
  CHECK(ui.drawnText().find("Tap a figure") != std::string::npos);
  CHECK(ui.drawnText().find("Hover") == std::string::npos);
  ui.widget().setTouchInput(false);
  ui.frames(1);
  CHECK(ui.drawnText().find("or click it") != std::string::npos);
  CHECK(ui.drawnText().find("Tap") == std::string::npos);
}

TEST_CASE("progress saved in another tab is taken in, the reader stays where they are, nothing is written back") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("", "", "");
  ui.frames(2);
  REQUIRE(ui.click("view/compare"));
  UiHarness::clearCalls();
  ui.widget().savedElsewhere("v1;view=plan;skills=python.3;goal=cost");
  ui.frames(3);
  Json s = ui.state();
  CHECK(s["view"] == "compare");         // still where the reader was
  CHECK(s["ratings"]["python"] == 3);    // the other tab's change
  CHECK(s["goal"] == "cost");
  CHECK(s["toast"] != "");
  CHECK(UiHarness::calls().saved.empty());  // no echo back to storage
  REQUIRE(ui.click("sort/entry"));          // the next change of its own is saved
  CHECK(UiHarness::calls().saved.size() == 1);
  // Hostile or unreadable text changes nothing.
  ui.widget().savedElsewhere("v9;%00");
  ui.frames(2);
  CHECK(ui.state()["ratings"]["python"] == 3);
}

TEST_CASE("the target picker's entries are fingers' size and keyed by role id, whatever the titles") {
  std::string json = test::realData();
  // Two roles with the same title, and one with ImGui's id syntax in it.
  for (const char* from : {"\"title\":\"Prompt Engineer\"", "\"title\": \"Prompt Engineer\""}) {
    const auto at = json.find(from);
    if (at != std::string::npos) json.replace(at, std::string(from).size(), "\"title\":\"Engineer##x###y\"");
  }
  for (const char* from : {"\"title\":\"MLOps Engineer\"", "\"title\": \"MLOps Engineer\""}) {
    const auto at = json.find(from);
    if (at != std::string::npos) json.replace(at, std::string(from).size(), "\"title\":\"Engineer##x###y\"");
  }
  UiHarness ui(360, 640);
  ui.widget().loadData(json);
  ui.frames(2);
  REQUIRE(ui.state()["status"] == "ready");
  REQUIRE(ui.click("view/plan"));
  REQUIRE(ui.click("plan/target"));
  ui.frames(2);
  for (const char* id : {"prompt-engineer", "mlops-engineer"}) {
    REQUIRE(ui.click(std::string("target/") + id));
    CHECK(ui.state()["target"] == id);
    ui::Rect r;
    REQUIRE(ui.click("plan/target"));
    ui.frames(2);
    REQUIRE(ui.rect(std::string("target/") + id, r));
    CHECK(r.h >= 24.0f);
  }
}

namespace {

// The operable layer's JSON after the last frame.
Json layer(UiHarness& ui) { return Json::parse(ui.widget().semanticsJson()); }

const Json* node(const Json& l, const std::string& id) {
  for (const Json& n : l["nodes"])
    if (n["id"] == id) return &n;
  return nullptr;
}
// (A pointer into a layer that goes at the end of the statement would dangle.)
const Json* node(const Json&& l, const std::string& id) = delete;

}  // namespace

TEST_CASE("the layer describes controls with role, name and state, and acts through the same code") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=plan", "", "");
  ui.frames(3);
  Json l = layer(ui);
  const Json* tab = node(l, "view/plan");
  REQUIRE(tab != nullptr);
  CHECK((*tab)["role"] == "tab");
  CHECK((*tab)["checked"] == true);
  CHECK((*tab)["group"] == "views");
  const Json* hours = node(l, "plan/hours");
  REQUIRE(hours != nullptr);
  CHECK((*hours)["role"] == "slider");
  CHECK((*hours)["min"] == 1);
  CHECK((*hours)["max"] == 40);
  const Json* free = node(l, "filter/free");
  REQUIRE(free != nullptr);
  CHECK((*free)["role"] == "checkbox");
  // Activation and values from the layer are taken by the items in the next frame.
  ui.widget().semanticAction("filter/free", 0, 0);
  ui.frames(1);
  CHECK(ui.state()["filters"]["freeOnly"] == true);
  ui.widget().semanticAction("plan/hours", 1, 12);
  ui.frames(1);
  CHECK(ui.state()["hoursPerWeek"] == 12);
  ui.widget().semanticAction("plan/hours", 1, 9999);  // clamped like the slider
  ui.frames(1);
  CHECK(ui.state()["hoursPerWeek"] == 40);
  ui.widget().semanticAction("view/skills", 0, 0);
  ui.frames(1);
  CHECK(ui.state()["view"] == "skills");
  // A request for something that is not drawn is dropped, never kept for later.
  ui.widget().semanticAction("no/such/item", 0, 0);
  ui.frames(2);
  CHECK(ui.state()["view"] == "skills");
}

TEST_CASE("the layer: a dialog keeps the focus, and an explanation opened from it takes the focus") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().setPageUrl("https://example.org/ce/index.html");
  ui.widget().restore("", "", "");
  ui.frames(2);
  ui.widget().semanticAction("menu", 0, 0);
  std::string moved;
  for (int i = 0; i < 3 && moved.empty(); ++i) {
    ui.frames(1);
    Json f = layer(ui);
    if (f.contains("focus")) moved = f["focus"].get<std::string>();
  }
  CHECK(moved == "menu/share");  // the menu takes the focus once
  ui.widget().semanticAction("menu/embed", 0, 0);
  ui.frames(2);
  Json l = layer(ui);
  CHECK(l["modal"] == "dialog/");
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  CHECK_FALSE(layer(ui).contains("modal"));
  ui.widget().semanticAction("info/pay/prompt-engineer/senior", 0, 0);
  bool focusedText = false;
  for (int i = 0; i < 4 && !focusedText; ++i) {
    ui.frames(1);
    l = layer(ui);
    if (l.contains("focus")) focusedText = l["focus"].get<std::string>().rfind("text/", 0) == 0;
  }
  CHECK(focusedText);
  // There is no mouse to open it at: the box sits by its item, under it or over it.
  ui::Rect item, box;
  REQUIRE(ui.rect("info/pay/prompt-engineer/senior", item));
  REQUIRE(ui.rect("popover/info/pay/prompt-engineer/senior", box));
  const bool under = std::abs(box.y - (item.y + item.h)) < 8;
  const bool over = std::abs(box.y + box.h - item.y) < 8;
  CHECK((under || over));
  CHECK(box.x >= 0);
  CHECK(box.x + box.w <= 1000);
}

TEST_CASE("a rating that changes the best fit is said politely") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(2);
  CHECK(ui.widget().announcement().find("Best fit now") == std::string::npos);
  REQUIRE(ui.click("profile/writer-marketer"));
  ui.frames(2);
  CHECK(ui.widget().announcement().find("Best fit now: ") != std::string::npos);
}

TEST_CASE("in a 288 px column every control is inside the widget, in every view and Compare mode") {
  // A 320 px phone's blog column. (Text labels at a fixed width shrink to the small size rather
  // than be cut; a row of choices wraps.)
  UiHarness ui(288, 482);
  loadRealData(ui);
  const char* links[] = {"v1;role=mlops-engineer",
                         "v1;view=compare",
                         "v1;view=compare;mode=paths;job=software-engineer",
                         "v1;view=compare;mode=pair;pair=genai-engineer,mlops-engineer",
                         "v1;view=skills",
                         "v1;view=plan;skills=python.2"};
  for (const char* link : links) {
    ui.widget().restore(link, "", "");
    ui.frames(3);
    for (const auto& [name, r] : ui.widget().items()) {
      INFO(std::string(link) << ": " << name << " spans " << r.x << " to " << r.x + r.w);
      CHECK(r.x >= 0.0f);
      CHECK(r.x + r.w <= 288.5f);
    }
  }
  // The embed dialog's checkbox, with its label.
  ui.widget().setPageUrl("https://example.org/careers/");
  ui.widget().restore("v1;view=compare", "", "");
  ui.frames(2);
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/embed"));
  ui.frames(2);
  ui::Rect box;
  REQUIRE(ui.rect("dialog/progress", box));
  CHECK(box.x + box.w <= 288.0f - box.x);  // within the dialog's padding, as far from the right edge
}

// The middle of a header item (CSS px): a row's items share it, as a toolbar's do.
static float middleOf(UiHarness& ui, const std::string& name) {
  ui::Rect r;
  REQUIRE(ui.rect(name, r));
  return r.y + r.h / 2;
}

TEST_CASE("a phone's header row lines up: the folded search button is as tall as Share and the menu, with a finger's width") {
  for (const bool touch : {true, false}) {
    CAPTURE(touch);
    UiHarness ui(360, 640);
    loadRealData(ui);
    ui.widget().setPageUrl("https://example.org/careers/index.html");  // (Share needs an address)
    ui.widget().setTouchInput(touch);
    ui.frames(2);
    ui::Rect search, share, menu;
    REQUIRE(ui.rect("search", search));
    REQUIRE(ui.rect("share", share));
    REQUIRE(ui.rect("menu", menu));
    CHECK(search.y == doctest::Approx(share.y).epsilon(0.001));
    CHECK(search.h == doctest::Approx(share.h).epsilon(0.001));
    CHECK(menu.h == doctest::Approx(share.h).epsilon(0.001));  // "..." is drawn smaller, not its button
    // Centred on one line, the title too (it sat 4 px high).
    for (const std::string name : {"menu", "title"}) {
      CAPTURE(name);
      CHECK(std::abs(middleOf(ui, name) - middleOf(ui, "search")) <= 1.0f);
    }
    CHECK(search.w >= (touch ? 40.0f : search.h));
  }
}

TEST_CASE("the wide header's row lines up: the title, the tabs and the actions are level with the search field's middle") {
  for (const bool touch : {true, false}) {
    CAPTURE(touch);
    UiHarness ui(1000, 700);
    loadRealData(ui);
    ui.widget().setPageUrl("https://example.org/careers/index.html");
    ui.widget().setTouchInput(touch);
    ui.frames(2);
    // (The title sat 6 px high, its top level with the buttons'. Then the search field, taller
    // than a button, kept its top level with theirs, and its words sat 2.5 px (6.5 by touch)
    // lower than the tabs'.)
    ui::Rect field, tab;
    REQUIRE(ui.rect("search", field));
    REQUIRE(ui.rect("view/roles", tab));
    CHECK(field.h > tab.h);
    for (const std::string name : {"title", "view/roles", "view/plan", "share", "menu"}) {
      CAPTURE(name);
      CHECK(std::abs(middleOf(ui, name) - middleOf(ui, "search")) <= 1.0f);
    }
    // Its top rises above theirs, into the window's 16 px top padding, not past half of it.
    CHECK(field.y < tab.y);
    CHECK(field.y >= 8.0f);
  }
}

// The Outlook section of a role's profile, drawn by the real views: for every role, on a wide and a
// narrow screen, its quotes (or the line saying the article makes none), the statements about all
// roles, and the comparable occupation's projected growth (or the line saying none is recorded),
// all described to the operable layer and in the text mirror; and each explains itself.
#include <doctest/doctest.h>

#include <string>

#include "data_loader.h"
#include "imgui.h"
#include "json_document.h"
#include "outlook.h"
#include "test_helpers.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;
using test::loadRealData;

namespace {

Json layer(UiHarness& ui) { return Json::parse(ui.widget().semanticsJson()); }

const Json* nodeById(const Json& l, const std::string& id) {
  for (const Json& n : l["nodes"])
    if (n["id"] == id) return &n;
  return nullptr;
}
// (A pointer into a layer that goes at the end of the statement would dangle.)
const Json* nodeById(const Json&& l, const std::string& id) = delete;

bool hasLabel(const Json& l, const std::string& label, const char* role = nullptr) {
  for (const Json& n : l["nodes"])
    if (n["label"] == label && (!role || n["role"] == role)) return true;
  return false;
}

// Opens a role's profile from the layer, as a keyboard user would (on a phone: its own screen).
void openRole(UiHarness& ui, const std::string& id) {
  ui.widget().semanticAction("role/" + id, 0, 0);
  ui.frames(3);
}

void checkEveryRole(float width, float height) {
  UiHarness ui(width, height);
  loadRealData(ui);
  const core::LoadResult data = core::loadCatalog(test::realData());
  REQUIRE(data.report.ok());
  const core::Catalog& c = data.catalog;
  for (const core::Role& role : c.roles) {
    INFO(role.id << " at " << width << " px");
    if (width < 720) {  // back to the list first: on a phone the profile hides it
      ui.widget().semanticAction("back/roles", 0, 0);
      ui.frames(2);
    }
    openRole(ui, role.id);
    REQUIRE(ui.state()["role"] == role.id);
    const Json l = layer(ui);
    CHECK(hasLabel(l, "Outlook", "heading"));
    const core::RoleOutlook o = core::outlookOf(c, role);
    CHECK(hasLabel(l, core::kOutlookNotStated) == !o.stated);
    std::size_t own = 0, all = 0;
    for (const core::OutlookItem& item : o.statements) {
      const std::string name = "info/outlook/" + role.id + "/" +
                               (item.scope == core::OutlookScope::All ? "all/" + std::to_string(all++)
                                                                      : std::to_string(own++));
      const Json* n = nodeById(l, name);
      REQUIRE_MESSAGE(n != nullptr, name);
      const std::string label = (*n)["label"].get<std::string>();
      CHECK(label.find(core::quoted(item.statement->quote)) != std::string::npos);
      CHECK(label.find("(from the source article)") != std::string::npos);
      CHECK((label.rfind("All roles: ", 0) == 0) == (item.scope == core::OutlookScope::All));
      CHECK((*n)["h"] >= 24);  // a finger can hit it
    }
    CHECK(own == role.outlook.size());
    CHECK(all == c.outlook.size());
    CHECK(hasLabel(l, core::kOutlookNoOccupation) == o.growth.empty());
    for (const core::Benchmark* b : o.growth) CHECK(nodeById(l, "info/growth/" + b->code) != nullptr);
    // getState() and the text mirror say the same.
    const Json s = ui.state();
    CHECK(s["outlook"]["role"] == role.id);
    CHECK(s["outlook"]["stated"] == o.stated);
    CHECK(s["outlook"]["statements"].size() == o.statements.size());
    CHECK(s["outlook"]["growth"].size() == o.growth.size());
    const std::string mirror = ui.widget().textMirrorJson();
    CHECK((mirror.find(core::kOutlookNotStated) != std::string::npos) == !o.stated);
    for (const core::OutlookStatement& st : role.outlook)
      CHECK(mirror.find(st.quote) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("Outlook: every role shows its quotes or says there are none, wide and narrow") {
  checkEveryRole(1000, 700);
  checkEveryRole(360, 640);
}

TEST_CASE("Outlook: a quote explains where its words come from, on a click and from the layer") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/genai-engineer"));
  REQUIRE(ui.openInfo("info/outlook/genai-engineer/0", 600, 300));
  const Json l = layer(ui);
  CHECK(hasLabel(l, "The source article: a 2026 article on generative-AI careers, with US figures in "
                    "US dollars, no publisher recorded, 2026. Quoted word for word, checked 2026-11-26."));
  CHECK(hasLabel(l, "A statement that employers want people for this kind of work."));
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  ui::Rect box;
  CHECK_FALSE(ui.rect("popover/info/outlook/genai-engineer/0", box));

  // From the keyboard: the statement about all roles opens, and the focus goes into what it says.
  ui.widget().semanticAction("info/outlook/genai-engineer/all/2", 0, 0);
  std::string focus;
  for (int i = 0; i < 4 && focus.empty(); ++i) {
    ui.frames(1);
    const Json f = layer(ui);
    if (f.contains("focus")) focus = f["focus"].get<std::string>();
  }
  CHECK(focus.rfind("text/", 0) == 0);
  CHECK(ui.rect("popover/info/outlook/genai-engineer/all/2", box));
  CHECK(hasLabel(layer(ui), "The article says this about all the roles it covers, not about this one alone."));
  ui.key(ImGuiKey_Escape);
  ui.frames(2);

  // The article on pay in general: a word on pay, which points to the role's own figures.
  const Json afterEscape = layer(ui);  // (kept: nodeById points into it)
  const Json* pay = nodeById(afterEscape, "info/outlook/genai-engineer/all/3");
  REQUIRE(pay != nullptr);
  CHECK((*pay)["label"].get<std::string>().find("All roles: On pay: \xE2\x80\x9C" "According to job market") !=
        std::string::npos);
  ui.widget().semanticAction("info/outlook/genai-engineer/all/3", 0, 0);
  ui.frames(3);
  CHECK(ui.rect("popover/info/outlook/genai-engineer/all/3", box));
  CHECK(hasLabel(layer(ui), "A statement on pay, in words and without a figure. The role's own figures are "
                            "under \xE2\x80\x9CPay in the US, per year\xE2\x80\x9D."));
}

TEST_CASE("Outlook: an explanation closes when the focus moves on from it, not while it is inside") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/genai-engineer"));
  // Opened from the keyboard: the focus goes into what it says (the layer's script moves it).
  ui.widget().semanticFocus("info/outlook/genai-engineer/all/2");
  ui.widget().semanticAction("info/outlook/genai-engineer/all/2", 0, 0);
  std::string inside;
  for (int i = 0; i < 4 && inside.empty(); ++i) {
    ui.frames(1);
    const Json f = layer(ui);
    if (f.contains("focus")) inside = f["focus"].get<std::string>();
  }
  REQUIRE(inside.rfind("text/", 0) == 0);
  ui.widget().semanticFocus(inside);
  ui.frames(3);
  ui::Rect box;
  CHECK(ui.rect("popover/info/outlook/genai-engineer/all/2", box));
  // Tab goes on to the next statement: the explanation closes rather than cover it.
  ui.widget().semanticFocus("info/outlook/genai-engineer/all/3");
  ui.frames(2);
  CHECK_FALSE(ui.rect("popover/info/outlook/genai-engineer/all/2", box));

  // Opened with the mouse while the focus is elsewhere than the layer: it stays until dismissed.
  ui.widget().semanticFocus("");
  REQUIRE(ui.openInfo("info/outlook/genai-engineer/0", 600, 300));
  ui.frames(3);
  CHECK(ui.rect("popover/info/outlook/genai-engineer/0", box));
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  // Opened by a tap while a layer item keeps the focus (a tap hands it to the canvas only after
  // the widget has drawn it): it stays too.
  ui.widget().semanticFocus("view/roles");
  ui.frames(2);
  REQUIRE(ui.openInfo("info/outlook/genai-engineer/0", 600, 300));
  ui.frames(3);
  CHECK(ui.rect("popover/info/outlook/genai-engineer/0", box));
}

TEST_CASE("an open explanation stays by its figure as the pane scrolls, and closes once the figure is out of sight") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/genai-engineer"));
  REQUIRE(ui.openInfo("info/outlook/genai-engineer/0", 600, 300));
  ui::Rect item, box;
  REQUIRE(ui.rect("info/outlook/genai-engineer/0", item));
  REQUIRE(ui.rect("popover/info/outlook/genai-engineer/0", box));
  const float offset = box.y - item.y;
  // A notch of the wheel down over the pane, beside the explanation.
  ui.wheel(400, 650, -1);
  ui.frames(2);
  ui::Rect movedItem, movedBox;
  REQUIRE(ui.rect("info/outlook/genai-engineer/0", movedItem));
  CHECK(movedItem.y < item.y - 20);  // the pane scrolled
  REQUIRE(ui.rect("popover/info/outlook/genai-engineer/0", movedBox));
  CHECK(std::abs((movedBox.y - movedItem.y) - offset) < 1.5f);
  CHECK(std::abs(movedBox.x - box.x) < 1.5f);
  // Further, until the figure has left the pane: so has its explanation.
  for (int i = 0; i < 12; ++i) ui.wheel(400, 650, -1);
  ui.frames(2);
  CHECK_FALSE(ui.rect("popover/info/outlook/genai-engineer/0", movedBox));

  // Opened from the keyboard in the frame its focus arrives, before the pane has scrolled the
  // figure into view (Tab, then Enter at once): it stays, and comes into view with the figure.
  UiHarness fresh(1000, 560);
  loadRealData(fresh);
  REQUIRE(fresh.click("role/data-scientist-nlp"));
  fresh.frames(2);
  const Json freshLayer = layer(fresh);
  const Json* below = nodeById(freshLayer, "info/growth/15-2051");
  REQUIRE(below != nullptr);
  REQUIRE((*below)["y"].get<float>() > 560);  // below the pane's bottom
  ui::Rect growth;
  fresh.widget().semanticFocus("info/growth/15-2051");
  fresh.widget().semanticAction("info/growth/15-2051", 0, 0);
  fresh.frames(4);
  REQUIRE(fresh.rect("info/growth/15-2051", growth));
  CHECK(growth.y + growth.h <= 560);  // scrolled into view
  REQUIRE(fresh.rect("popover/info/growth/15-2051", movedBox));
  CHECK(movedBox.y < 560);
}

TEST_CASE("Outlook: the projected growth is the broad occupation's, and explains itself") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  openRole(ui, "data-scientist-nlp");
  const Json l = layer(ui);
  const Json* growth = nodeById(l, "info/growth/15-2051");
  REQUIRE(growth != nullptr);
  CHECK((*growth)["label"] ==
        "Data Scientists (SOC 15-2051): projected employment growth +33.5% over 2024\xE2\x80\x93" "34 "
        "\xE2\x80\x94 the broad occupation, not this role (secondary)");
  REQUIRE(nodeById(l, "info/growth/15-1221") != nullptr);
  REQUIRE(ui.openInfo("info/growth/15-2051", 180, 400));
  ui::Rect box;
  REQUIRE(ui.rect("popover/info/growth/15-2051", box));
  CHECK(box.x >= 0);
  CHECK(box.x + box.w <= 360.5f);  // the box fits a phone's width
  CHECK(hasLabel(layer(ui), "A projection for the whole of a broad government occupation comparable "
                            "to this role, not for the role itself."));
  CHECK(ui.drawnText().find("Read at https://workxyz.pages.dev/careers/data-scientists") != std::string::npos);
}

TEST_CASE("a government comparison's figures are read as they are drawn: the row's median, the popover's figures and confidence") {
  UiHarness ui(1000, 1600);
  loadRealData(ui);
  openRole(ui, "data-scientist-nlp");
  // The row is named with the whole label drawn beside its marks (all of it fits at this width),
  // and its confidence, which its mark shows (the figures were read on secondary pages).
  const Json rows = layer(ui);
  const Json* row = nodeById(rows, "info/bls/15-2051");
  REQUIRE(row != nullptr);
  CHECK((*row)["label"] ==
        "Government figures for a comparable occupation: Data Scientists, May 2024: median $112.6k (secondary)");
  // Its popover's figures and confidence, each a line of the layer's text, as drawn.
  REQUIRE(ui.openInfo("info/bls/15-2051", 600, 300));
  const Json l = layer(ui);
  for (const char* line : {"Median $112.6k", "25th\xE2\x80\x93" "75th percentile: $82.6k \xE2\x80\x93 $155.8k",
                           "Projected employment growth 2024\xE2\x80\x93" "34: +33.5%", "secondary"}) {
    CHECK_MESSAGE(hasLabel(l, line), std::string(line));
  }
  CHECK(ui.drawnText().find("Median $112.6k") != std::string::npos);  // (ImGui's text, not the badge's)
  // No 10th percentile in the data: no line for the 10th-90th spread.
  CHECK(ui.drawnText().find("10th") == std::string::npos);
  // A badge's words lie inside it, past its padding, in its bold face.
  for (const Json& n : l["nodes"])
    if (n["label"] == "secondary") CHECK(n["bold"] == true);

  // A pay explanation says its confidence in words too: "Confidence:" and the badge.
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  REQUIRE(ui.openInfo("info/pay/data-scientist-nlp/all", 600, 300));
  const Json pay = layer(ui);
  CHECK(hasLabel(pay, "Confidence:"));
  CHECK(hasLabel(pay, "article"));
}

TEST_CASE("two levels drawn from one quote say under the chart that they are one figure") {
  UiHarness ui(1000, 1600);
  loadRealData(ui);
  const std::string line = "Mid and senior: one figure in the source for both.";
  // The article gives prompt engineers one figure for "mid to senior specialists".
  openRole(ui, "prompt-engineer");
  CHECK(ui.drawnText().find(line) != std::string::npos);
  CHECK(hasLabel(layer(ui), line));
  // Not where each level has its own words, or one has no figure, or one band covers them all.
  for (const char* id : {"genai-engineer", "ai-product-manager", "data-scientist-nlp"}) {
    openRole(ui, id);
    CHECK_MESSAGE(ui.drawnText().find(line) == std::string::npos, id);
  }
  // Nor where two figures have no quote at all (a warning in the loader, not an error): two
  // missing quotes are not one quote.
  std::string data = test::realData();
  const std::string quote =
      "\"provenance\": \"mid to senior specialists \xE2\x80\x94 especially those with experience optimizing multi-stage "
      "prompt workflows or integrating prompts into applications \xE2\x80\x94 often earn well over $180,000 annually\",";
  std::size_t at, removed = 0;
  while ((at = data.find(quote)) != std::string::npos) data.erase(at, quote.size()), ++removed;
  REQUIRE(removed == 2);
  UiHarness unquoted(1000, 1600);
  test::loadAndOpen(unquoted, data, "v1;role=prompt-engineer");
  CHECK(unquoted.state()["role"] == "prompt-engineer");
  CHECK(test::layerNode(unquoted, "info/pay/prompt-engineer/senior")["label"].get<std::string>().find("$180k or more") !=
        std::string::npos);
  CHECK(unquoted.drawnText().find(line) == std::string::npos);
}

TEST_CASE("a click outside an open explanation closes it and does what it does there, as a web popover's") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/genai-engineer"));
  ui::Rect box;
  // On another role in the list: one click closes the explanation and opens that role.
  REQUIRE(ui.openInfo("info/outlook/genai-engineer/0", 600, 300));
  REQUIRE(ui.click("role/mlops-engineer"));
  CHECK(ui.state()["role"] == "mlops-engineer");
  CHECK_FALSE(ui.rect("popover/info/outlook/genai-engineer/0", box));

  // On another explanation's figure: the first closes and the second opens, with one click.
  // (On a tall screen, the lower one first: ImGui puts an explanation under the pointer, clear
  // of a figure above it.)
  UiHarness tall(1000, 1600);
  loadRealData(tall);
  REQUIRE(tall.click("role/mlops-engineer"));
  REQUIRE(tall.openInfo("info/outlook/mlops-engineer/all/3", 600, 300));
  ui::Rect above;
  REQUIRE(tall.rect("popover/info/outlook/mlops-engineer/all/3", box));
  REQUIRE(tall.rect("info/outlook/mlops-engineer/all/2", above));
  REQUIRE(above.y + above.h <= box.y);
  REQUIRE(tall.click("info/outlook/mlops-engineer/all/2"));
  CHECK(tall.rect("popover/info/outlook/mlops-engineer/all/2", box));
  CHECK_FALSE(tall.rect("popover/info/outlook/mlops-engineer/all/3", box));

  // On the figure that opened it: the click closes it and nothing opens it again (a toggle).
  REQUIRE(tall.click("info/outlook/mlops-engineer/all/2"));
  tall.frames(2);
  CHECK_FALSE(tall.rect("popover/info/outlook/mlops-engineer/all/2", box));

  // A menu keeps the native rule: the click that closes it does nothing else.
  REQUIRE(ui.click("menu"));
  CHECK(ui.rect("menu/reset", box));
  REQUIRE(ui.click("role/prompt-engineer"));
  CHECK_FALSE(ui.rect("menu/reset", box));
  CHECK(ui.state()["role"] == "mlops-engineer");
}

TEST_CASE("an explanation opens beside its figure, never over it, so a second tap on the figure closes it") {
  for (const auto& [w, h] : {std::pair{360.0f, 640.0f}, std::pair{1000.0f, 700.0f}}) {
    CAPTURE(w);
    UiHarness ui(w, h);
    loadRealData(ui);
    REQUIRE(ui.click("role/genai-engineer"));
    for (const char* name : {"info/pay/genai-engineer/entry", "info/outlook/genai-engineer/0"}) {
      CAPTURE(name);
      REQUIRE(ui.openInfo(name, w / 2, h / 2));
      ui::Rect item, box;
      REQUIRE(ui.rect(name, item));
      REQUIRE(ui.rect(std::string("popover/") + name, box));
      CHECK((box.y >= item.y + item.h || box.y + box.h <= item.y));
      REQUIRE(ui.click(name));
      ui.frames(2);
      CHECK_FALSE(ui.rect(std::string("popover/") + name, box));
    }
  }
}

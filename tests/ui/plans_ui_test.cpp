// The plan switcher in the real views: new, switch (list and layer), rename through the layer's
// text field, delete with confirmation, share the plan on screen, keep a shared plan.
#include <doctest/doctest.h>

#include "json_document.h"
#include "share_link.h"
#include "test_helpers.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;

namespace {

std::vector<std::string> planNames(const Json& s) {
  std::vector<std::string> out;
  for (const Json& p : s["plans"]) out.push_back(p["name"].get<std::string>());
  return out;
}

std::string activeName(const Json& s) {
  for (const Json& p : s["plans"])
    if (p["active"] == true) return p["name"].get<std::string>();
  return "";
}

// Frames until nothing is being planned (the plan on screen nor the others).
void settle(UiHarness& ui) {
  for (int i = 0; i < 3000; ++i) {
    ui.frames(1);
    if (!ui.lastFrameAnimating()) return;
  }
  FAIL("still planning after 3000 frames");
}

}  // namespace

TEST_CASE("plans: new, another target, switch by list and by layer, rename, delete") {
  for (auto [w, h] : {std::pair{1000.0f, 700.0f}, std::pair{360.0f, 640.0f}}) {
    CAPTURE(w);
    UiHarness ui(w, h);
    test::loadRealData(ui);
    ui.widget().restore("v1;view=plan", "", "");
    settle(ui);
    CHECK(planNames(ui.state()) == std::vector<std::string>{"Plan 1"});
    ui::Rect r;
    CHECK_FALSE(ui.rect("plans/delete", r));  // never the last plan

    REQUIRE(ui.click("plans/new"));
    Json s = ui.state();
    CHECK(planNames(s) == std::vector<std::string>{"Plan 1", "Plan 2"});
    CHECK(activeName(s) == "Plan 2");
    const std::string firstRole = s["plans"][0]["role"].get<std::string>();
    REQUIRE(ui.click("plan/target"));
    REQUIRE(ui.click("target/mlops-engineer"));
    settle(ui);
    s = ui.state();
    CHECK(s["target"] == "mlops-engineer");
    CHECK(s["plans"][1]["role"] == "mlops-engineer");
    CHECK(s["plans"][0]["role"] == firstRole);
    CHECK(s["plans"][0]["ready"] == true);

    // The list names each plan with its role and progress.
    REQUIRE(ui.click("plans/switch"));
    CHECK(ui.drawnText().find("% done") != std::string::npos);
    REQUIRE(ui.click("plans/1"));
    s = ui.state();
    CHECK(activeName(s) == "Plan 1");
    CHECK(s["target"] == "");
    // Switching is a setting: no place for the Back button, but saved at once.
    REQUIRE_FALSE(UiHarness::calls().saved.empty());
    CHECK(UiHarness::calls().saved.back().find("plans=") != std::string::npos);

    // The layer's radio group switches too.
    ui.widget().semanticAction("plans/2#layer", 0, 0);
    ui.frames(2);
    CHECK(activeName(ui.state()) == "Plan 2");

    // Rename through the layer's text field; the name is cleaned.
    REQUIRE(ui.click("plans/rename"));
    REQUIRE(ui.rect("dialog/plan-name", r));
    CHECK(ui.widget().semanticsJson().find("\"role\":\"textbox\"") != std::string::npos);
    CHECK(ui.widget().semanticsJson().find("\"text\":\"Plan 2\",\"max\":40") != std::string::npos);  // as long as a name
    {  // What the dialog draws, and only that, is marked as the dialog's (the layer's dialog element).
      std::vector<std::string> inDialog;
      bool outsideMarked = false;
      const Json layer = Json::parse(ui.widget().semanticsJson());
      for (const Json& n : layer["nodes"]) {
        if (n.contains("dialog")) inDialog.push_back(n["role"] == "text" ? n["label"].get<std::string>() : n["id"].get<std::string>());
        else outsideMarked = outsideMarked || n["id"].get<std::string>().rfind("dialog/", 0) == 0;
      }
      CHECK(inDialog == std::vector<std::string>{"Rename this plan", "dialog/plan-name", "dialog/confirm", "dialog/close"});
      CHECK_FALSE(outsideMarked);
    }
    // A name another plan has, or none at all, is refused: the dialog stays and says why, in the
    // field's own description and to the live region, and no plan gets a name nobody typed.
    const auto fieldError = [&] {
      const Json n = test::layerNode(ui, "dialog/plan-name");
      if (n.is_null()) return std::string("(no field)");
      return n.contains("invalid") ? n["description"].get<std::string>() : n.contains("description") ? "(not invalid)" : "";
    };
    CHECK(fieldError() == "");
    ui.widget().semanticText("dialog/plan-name", " Plan 1 ", 0);
    ui.frames(2);
    CHECK(fieldError() == "Another plan has this name.");
    CHECK(ui.widget().announcement().find("Another plan") == std::string::npos);  // said when refused
    REQUIRE(ui.click("dialog/confirm"));
    ui.frames(2);
    CHECK(planNames(ui.state()) == std::vector<std::string>{"Plan 1", "Plan 2"});
    CHECK(ui.rect("dialog/plan-name", r));
    CHECK(ui.widget().announcement().find("Another plan has this name.") != std::string::npos);
    ui.widget().semanticText("dialog/plan-name", " \t ", 0);
    ui.frames(2);
    CHECK(fieldError() == "A name needs at least one letter or digit.");
    CHECK(ui.widget().announcement().find("Another plan") == std::string::npos);  // typing clears what was said
    ui.widget().semanticAction("dialog/plan-name", 0, 0);  // Enter in the field
    ui.frames(2);
    CHECK(ui.rect("dialog/plan-name", r));
    CHECK(ui.widget().announcement().find("A name needs at least one letter or digit.") != std::string::npos);
    ui.widget().semanticText("dialog/plan-name", "  Move to\tMLOps  ", 0);
    ui.frames(2);
    CHECK(fieldError() == "");
    REQUIRE(ui.click("dialog/confirm"));
    CHECK(planNames(ui.state()) == std::vector<std::string>{"Plan 1", "Move to MLOps"});
    CHECK_FALSE(ui.rect("dialog/plan-name", r));

    // Delete asks first; Cancel keeps the plan.
    REQUIRE(ui.click("plans/delete"));
    REQUIRE(ui.click("dialog/close"));
    CHECK(planNames(ui.state()).size() == 2);
    REQUIRE(ui.click("plans/delete"));
    REQUIRE(ui.click("dialog/confirm"));
    s = ui.state();
    CHECK(planNames(s) == std::vector<std::string>{"Plan 1"});
    CHECK(s["target"] == "");
    ui.frames(2);
    CHECK_FALSE(ui.rect("plans/delete", r));
  }
}

TEST_CASE("plans: Share carries the plan on screen, Keep adds a shared plan beside mine") {
  UiHarness ui(1000, 700);
  test::loadRealData(ui);
  ui.widget().setPageUrl("https://example.org/ce/index.html");
  ui.widget().restore("v1;view=plan;target=mlops-engineer;name=~4dy~20plan;plans=name.~50lan~201.target.prompt-engineer",
                      "", "");
  settle(ui);
  CHECK(planNames(ui.state()) == std::vector<std::string>{"My plan", "Plan 1"});
  UiHarness::clearCalls();
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/share"));
  REQUIRE_FALSE(UiHarness::calls().copied.empty());
  const std::string link = UiHarness::calls().copied.back();
  CHECK(link.find("name=~4dy~20plan") != std::string::npos);
  CHECK(link.find("plans=") == std::string::npos);

  // Another reader, whose saved progress has a "My plan" already, follows it and keeps it.
  UiHarness other(360, 640);
  test::loadRealData(other);
  const std::string saved = "v1;view=plan;name=~4dy~20plan;plans=name.b";
  other.widget().restore(link.substr(link.find('#') + 1), "", saved);
  other.frames(2);
  Json s = other.state();
  CHECK(s["viewingLink"] == true);
  CHECK(planNames(s) == std::vector<std::string>{"My plan"});
  REQUIRE(other.click("banner/keep"));
  s = other.state();
  CHECK(s["viewingLink"] == false);
  CHECK(planNames(s) == std::vector<std::string>{"My plan", "b", "My plan (2)"});
  CHECK(activeName(s) == "My plan (2)");
  CHECK(s["target"] == "mlops-engineer");

  // The JS API's switchPlan(name) and newPlan(name).
  CHECK(other.widget().switchPlan("b"));
  CHECK_FALSE(other.widget().switchPlan("no such plan"));
  CHECK(activeName(other.state()) == "b");
  CHECK(other.widget().newPlan(""));
  CHECK(activeName(other.state()) == "Plan 1");
  for (int i = 0; i < 4; ++i) CHECK(other.widget().newPlan("more"));
  CHECK_FALSE(other.widget().newPlan("one too many"));
  CHECK(planNames(other.state()).size() == 8);
}

TEST_CASE("plans: the rename and delete dialogs are places, named in getState() and closed by Back") {
  UiHarness ui(360, 640);
  test::loadRealData(ui);
  ui.widget().restore("v1;view=plan", "", "");
  settle(ui);
  REQUIRE(ui.click("plans/new"));
  ui.frames(2);
  CHECK(ui.widget().historyUpdate().step != 0);  // the address takes the new plan
  const ui::Widget::HistoryUpdate before = ui.widget().historyUpdate();
  for (const char* opener : {"plans/rename", "plans/delete"}) {
    CAPTURE(opener);
    REQUIRE(ui.click(opener));
    ui.frames(2);
    CHECK(ui.state()["dialog"] != "");
    CHECK(ui.widget().historyUpdate().step == 2);  // a new place: Back can close it
    if (std::string(opener) == "plans/rename") {  // a refused name is said while the dialog is open
      ui.widget().semanticText("dialog/plan-name", "Plan 1", 0);
      ui.frames(2);
      REQUIRE(ui.click("dialog/confirm"));
      CHECK(ui.widget().announcement().find("Another plan has this name.") != std::string::npos);
    }
    ui.widget().goToPlace(before.place, before.depth);  // the browser's Back
    ui.frames(3);
    CHECK(ui.state()["dialog"] == "");
    CHECK(ui.widget().announcement().find("Another plan") == std::string::npos);  // and no longer
    ui::Rect r;
    CHECK_FALSE(ui.rect("dialog/close", r));
    CHECK(planNames(ui.state()).size() == 2);  // Back deletes nothing
  }
  // Nothing left of the dialogs takes the clicks: the list still switches.
  REQUIRE(ui.click("plans/switch"));
  REQUIRE(ui.click("plans/1"));
  CHECK(activeName(ui.state()) == "Plan 1");
}

TEST_CASE("plans: what the plan switcher, the done boxes and the study time change is said to screen readers") {
  UiHarness ui(1000, 700);
  test::loadRealData(ui);
  ui.widget().restore("v1;view=plan;target=mlops-engineer", "", "");
  settle(ui);
  const std::string first = ui.widget().announcement();  // a restored view is no change
  CHECK(first.find("Plan") == std::string::npos);
  auto said = [&] { return ui.widget().announcement(); };

  REQUIRE(ui.click("plans/new"));
  settle(ui);
  CHECK(said().find("\xE2\x80\x9CPlan 2\xE2\x80\x9D added") != std::string::npos);
  // Plan 2 plans for another role: switching back says so once, with what Plan 1 holds (its
  // totals, worked out a few frames later, do not replace the sentence).
  ui.widget().semanticAction("plans/2#layer", 0, 0);
  settle(ui);
  ui.widget().semanticAction("target/genai-engineer#layer", 0, 0);
  settle(ui);
  ui.widget().semanticAction("plans/1#layer", 0, 0);
  ui.frames(2);
  std::string switched = said();
  for (int i = 0; i < 60; ++i) {
    ui.frames(1);
    if (said() != switched) {
      CHECK(switched.find(" The plan for ") == std::string::npos);  // only a fuller sentence may follow
      switched = said();
    }
  }
  CHECK(switched.rfind("Showing plan \xE2\x80\x9CPlan 1\xE2\x80\x9D. The plan for MLOps Engineer now has ", 0) == 0);
  // Its hours as the plan view gives them, in words a screen reader says (not "~ … est.").
  INFO(switched);
  CHECK(switched.find(" courses, an estimated ") != std::string::npos);
  CHECK(switched.find(" hours.") != std::string::npos);
  CHECK(switched.find("~") == std::string::npos);
  settle(ui);

  const Json plan = ui.state()["plan"];
  REQUIRE(plan["courses"].size() > 1);
  const std::string course = plan["courses"][0]["id"].get<std::string>();
  ui.widget().semanticAction("done/" + course, 0, 0);
  ui.frames(2);
  CHECK(said().rfind("1 of " + std::to_string(plan["courses"].size()) + " done (", 0) == 0);
  CHECK(said().find(" at 5 h a week") != std::string::npos);
  ui.widget().semanticAction("plan/hours", 1, 12);
  ui.frames(2);
  CHECK(said().find("..") == std::string::npos);
  // Another study time is read with the slider's value, not queued as a sentence a step.
  CHECK(said().find(" at 12 h a week") == std::string::npos);
  bool readWithValue = false;
  const Json layer = Json::parse(ui.widget().semanticsJson());
  for (const Json& n : layer["nodes"])
    if (n["id"] == "plan/hours")
      readWithValue = n["valueText"].get<std::string>().rfind("12 hours a week, done ", 0) == 0;
  CHECK(readWithValue);

  REQUIRE(ui.click("plans/rename"));
  ui.widget().semanticText("dialog/plan-name", "Evenings", 0);
  ui.frames(2);
  REQUIRE(ui.click("dialog/confirm"));
  ui.frames(1);
  CHECK(said() == "Plan renamed \xE2\x80\x9C" "Evenings\xE2\x80\x9D.");
  REQUIRE(ui.click("plans/delete"));
  REQUIRE(ui.click("dialog/confirm"));
  ui.frames(1);
  CHECK(said().rfind("Plan deleted. Showing \xE2\x80\x9CPlan 2\xE2\x80\x9D. The plan for Generative AI Engineer now has ", 0) == 0);
  CHECK(said().find(" hours.") == said().size() - 7);
  // Said once: a newer confirmation replaces it, and it does not come back when that one goes.
  ui.widget().setPageUrl("https://example.org/ce/index.html");
  ui.frames(1);
  REQUIRE(ui.click("share"));
  ui.widget().copyFinished(true);  // (the page's clipboard took it)
  ui.frames(1);
  CHECK(said().rfind("Link copied", 0) == 0);
  CHECK(said().find("Plan deleted") == std::string::npos);
  ui.frames(240);  // (4 s: the confirmation is gone)
  CHECK(said().find("Plan deleted") == std::string::npos);
}

// The view draws a warning when no plan fits the budget: a screen reader hears it once, when the
// plan goes over the cap, and hears when it fits again.
TEST_CASE("plans: going over the budget and back within it is said, once each") {
  UiHarness ui(1000, 700);
  test::loadRealData(ui);
  ui.widget().restore("v1;view=plan;target=prompt-engineer;goal=cost", "", "");
  settle(ui);
  REQUIRE_FALSE(ui.state()["plan"]["overBudget"].get<bool>());
  ui.widget().semanticAction("plan/budget", 1, 0);  // no cap yet: the box first
  ui.widget().semanticAction("filter/budget", 0, 0);
  settle(ui);
  ui.widget().semanticAction("plan/budget", 1, core::kMinBudgetUsd);
  settle(ui);
  REQUIRE(ui.state()["plan"]["overBudget"].get<bool>());
  const std::string over = ui.widget().announcement();
  CHECK(over.rfind("No plan fits the budget", 0) == 0);
  CHECK(over.find(" The plan for Prompt Engineer now has ") != std::string::npos);
  ui.frames(30);
  CHECK(ui.widget().announcement() == over);  // said once, not again each frame
  ui.widget().semanticAction("plan/budget", 1, core::kMaxBudgetUsd);
  settle(ui);
  REQUIRE_FALSE(ui.state()["plan"]["overBudget"].get<bool>());
  CHECK(ui.widget().announcement().rfind("The plan fits the budget again.", 0) == 0);
  // Over it again, then the cap taken off: no budget to fit, only what the plan holds now (the
  // warning is no longer the live region's last word).
  ui.widget().semanticAction("plan/budget", 1, core::kMinBudgetUsd);
  settle(ui);
  REQUIRE(ui.state()["plan"]["overBudget"].get<bool>());
  ui.widget().semanticAction("filter/budget", 0, 0);
  settle(ui);
  CHECK(ui.widget().announcement().rfind("The plan for Prompt Engineer now has ", 0) == 0);
}

// Compare's modes in the real views, at a phone's width and a desktop's: "From my job" (choose a
// job, sort, a row opens its plan) and "Side by side" (two columns or stacked, pickers, a plan
// button), by mouse and through the operable layer.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "data_loader.h"
#include "json_document.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;
using test::loadRealData;

namespace {

// Frames until no row of the table is still planning (each frame plans a slice).
Json plannedPaths(UiHarness& ui) {
  Json s = ui.state();
  for (int i = 0; i < 2000; ++i) {
    bool planning = false;
    for (const Json& row : s["paths"]) planning = planning || row["planning"].get<bool>();
    if (!planning) break;
    REQUIRE(ui.lastFrameAnimating());  // frames keep coming while a row is planning
    ui.frames(1);
    s = ui.state();
  }
  return s;
}

bool hasNode(const std::string& layer, const std::string& name) {
  return layer.find("\"" + name + "\"") != std::string::npos;
}

void fromMyJob(float width, float height) {
  UiHarness ui(width, height);
  loadRealData(ui);
  REQUIRE(ui.click("view/compare"));
  REQUIRE(ui.click("mode/paths"));
  CHECK(ui.state()["compareMode"] == "paths");
  REQUIRE(ui.click("profile/data-analyst"));
  Json s = plannedPaths(ui);
  CHECK(s["job"] == "data-analyst");
  CHECK(s["jobAdjusted"] == false);
  CHECK(ui.drawnText().find("From Data analyst:") != std::string::npos);
  REQUIRE(s["paths"].size() == 7);
  // Sorted by fit by default, every row with its plan.
  for (std::size_t i = 1; i < s["paths"].size(); ++i)
    CHECK(s["paths"][i - 1]["fit"].get<int>() >= s["paths"][i]["fit"].get<int>());
  for (const Json& row : s["paths"]) {
    CHECK(row["planning"] == false);
    CHECK(row.contains("plannable"));
    CHECK(row["fit"] == s["scores"][row["role"].get<std::string>()]);
  }

  REQUIRE(ui.click("paths/sort/hours"));
  s = ui.state();
  CHECK(s["pathSort"] == "hours");
  ui.frames(1);
  CHECK(ui.widget().announcement() == "Roles sorted by the hours of their plan, fewest first.");
  double last = -1;
  for (const Json& row : s["paths"]) {
    if (!row["plannable"].get<bool>()) continue;
    CHECK(row["hours"].get<double>() >= last);
    last = row["hours"].get<double>();
  }
  // The table is drawn in that order.
  ui::Rect first, second;
  REQUIRE(ui.scrollTo("path/" + s["paths"][1]["role"].get<std::string>(), width / 2, height / 2));
  REQUIRE(ui.rect("path/" + s["paths"][1]["role"].get<std::string>(), second));
  if (ui.rect("path/" + s["paths"][0]["role"].get<std::string>(), first)) CHECK(first.y < second.y);

  // A rating changed by hand: "adjusted".
  ui.widget().semanticAction("mode/pay", 0, 0);
  ui.frames(2);
  REQUIRE(ui.click("view/skills"));
  CHECK(ui.drawnText().find("From Data analyst") != std::string::npos);
  REQUIRE(ui.scrollTo("skill/prompt-design/3", width / 2, height / 2));
  REQUIRE(ui.click("skill/prompt-design/3"));
  CHECK(ui.state()["jobAdjusted"] == true);
  REQUIRE(ui.click("view/compare"));
  REQUIRE(ui.click("mode/paths"));
  s = plannedPaths(ui);
  CHECK(ui.drawnText().find("From Data analyst, adjusted") != std::string::npos);

  // A click on a row opens that role's plan.
  const std::string role = s["paths"][0]["role"].get<std::string>();
  REQUIRE(ui.scrollTo("path/" + role, width / 2, height / 2));
  REQUIRE(ui.click("path/" + role));
  s = ui.state();
  CHECK(s["view"] == "plan");
  CHECK(s["target"] == role);
}

void sideBySide(float width, float height) {
  UiHarness ui(width, height);
  loadRealData(ui);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("profile/software-engineer"));
  REQUIRE(ui.click("view/compare"));
  REQUIRE(ui.click("mode/pair"));
  Json s = ui.state();
  CHECK(s["compareMode"] == "pair");
  // Defaults: the best fit, and the selected role (the first role here).
  std::string best;
  int bestScore = -1;
  for (const auto& [role, score] : s["scores"].items())
    if (score.get<int>() > bestScore) best = role, bestScore = score.get<int>();
  CHECK(s["pair"]["a"] == best);
  CHECK(s["pair"]["b"] == "prompt-engineer");
  ui::Rect a, b;
  REQUIRE(ui.rect("pair/a", a));
  REQUIRE(ui.rect("pair/b", b));
  if (width >= 700) {
    CHECK(b.x > a.x + a.w);  // two columns
    CHECK(b.y == doctest::Approx(a.y));
    // What the left column draws (its text wrapped at its edge) stays left of the right one.
    ui::Rect planA;
    REQUIRE(ui.rect("pair/plan/a", planA));
    int left = 0;
    const Json nodes = Json::parse(ui.widget().semanticsJson());  // kept alive for the loop
    for (const Json& n : nodes["nodes"]) {
      const float x = n["x"].get<float>(), w = n["w"].get<float>(), y = n["y"].get<float>();
      if (x < a.x - 1 || x >= b.x - 1 || y < a.y || y > planA.y + planA.h) continue;
      ++left;
      CHECK_MESSAGE(x + w <= b.x, n["id"].get<std::string>());
    }
    CHECK(left > 5);
  } else {
    CHECK(b.y > a.y + a.h);  // stacked
  }
  CHECK(ui.drawnText().find("Skills in common") != std::string::npos);
  // Each role's pay, by level or as one band, each figure explaining itself.
  const std::string layer = ui.widget().semanticsJson();
  CHECK(layer.find("\"info/pay/" + best + "/") != std::string::npos);
  CHECK(layer.find("\"info/pay/prompt-engineer/") != std::string::npos);

  // Choose the first role from its list.
  REQUIRE(ui.click("pair/a"));
  REQUIRE(ui.click("pair/a/mlops-engineer"));
  s = ui.state();
  CHECK(s["pair"]["a"] == "mlops-engineer");
  CHECK(ui.widget().fragment().find("pair=mlops-engineer,") != std::string::npos);
  for (int i = 0; i < 200 && (s["pair"]["planA"]["planning"] == true || s["pair"]["planB"]["planning"] == true); ++i) {
    ui.frames(1);
    s = ui.state();
  }
  CHECK(s["pair"]["planA"]["planning"] == false);
  CHECK(s["pair"]["planB"]["planning"] == false);
  CHECK(s["pair"]["planA"]["courses"].get<int>() > 0);

  // The second role's plan opens in the Plan view.
  REQUIRE(ui.scrollTo("pair/plan/b", width / 2, height / 2));
  REQUIRE(ui.click("pair/plan/b"));
  s = ui.state();
  CHECK(s["view"] == "plan");
  CHECK(s["target"] == "prompt-engineer");
}

}  // namespace

TEST_CASE("From my job at 1000 px: choose a job, sort by hours, a row opens its plan") { fromMyJob(1000, 700); }
TEST_CASE("From my job at 360 px: choose a job, sort by hours, a row opens its plan") { fromMyJob(360, 640); }
TEST_CASE("Side by side at 1000 px: two columns, pickers, a plan opens") { sideBySide(1000, 700); }
TEST_CASE("Side by side at 360 px: stacked, pickers, a plan opens") { sideBySide(360, 640); }

TEST_CASE("From my job through the layer: each row says its skills by name, as drawn under its title") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().semanticAction("view/compare", 0, 0);
  ui.frames(2);
  ui.widget().semanticAction("mode/paths", 0, 0);
  ui.frames(2);
  ui.widget().semanticAction("profile/data-analyst", 0, 0);
  ui.frames(2);
  const core::LoadResult loaded = core::loadCatalog(test::realData());
  const core::Json rows = ui.state()["paths"];
  REQUIRE(rows.size() > 0);
  int withBoth = 0, withPartial = 0;
  for (const core::Json& row : rows) {
    const std::string role = row["role"].get<std::string>();
    CAPTURE(role);
    const core::Json node = test::layerNode(ui, "path/" + role);
    REQUIRE(node.contains("description"));
    const std::string said = node["description"].get<std::string>();
    CHECK(said.rfind("Shared: ", 0) == 0);
    CHECK(said.find(". Missing: ") != std::string::npos);
    // Its name counts them as they are listed: the shared, then the partly shared apart.
    const std::string name = node["label"].get<std::string>();
    std::string counts = std::to_string(row["shared"].size()) + " shared, ";
    if (!row["partial"].empty()) counts += std::to_string(row["partial"].size()) + " partly, ";
    CHECK_MESSAGE(name.find(counts + std::to_string(row["missing"].size()) + " missing") != std::string::npos, name);
    withPartial += !row["partial"].empty();
    for (const char* kind : {"shared", "partial", "missing"})
      for (const core::Json& id : row[kind]) {
        const core::Skill* skill = loaded.catalog.findSkill(id.get<std::string>());
        REQUIRE(skill != nullptr);
        CHECK_MESSAGE(said.find(skill->name) != std::string::npos, skill->name);
      }
    withBoth += !row["shared"].empty() && !row["missing"].empty();
  }
  CHECK(withBoth > 0);  // the names were there to say
  CHECK(withPartial > 0);
}

TEST_CASE("Compare's modes through the operable layer: radios, rows and pickers as nodes that act") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().semanticAction("view/compare", 0, 0);
  ui.frames(2);
  std::string layer = ui.widget().semanticsJson();
  CHECK(hasNode(layer, "mode/pay"));
  CHECK(hasNode(layer, "mode/paths"));
  CHECK(hasNode(layer, "mode/pair"));
  ui.widget().semanticAction("mode/paths", 0, 0);
  ui.frames(2);
  ui.widget().semanticAction("profile/data-analyst", 0, 0);
  ui.frames(2);
  CHECK(ui.state()["job"] == "data-analyst");
  ui.widget().semanticAction("paths/sort/missing", 0, 0);
  ui.frames(2);
  CHECK(ui.state()["pathSort"] == "missing");
  layer = ui.widget().semanticsJson();
  CHECK(hasNode(layer, "path/mlops-engineer"));
  ui.widget().semanticAction("path/mlops-engineer", 0, 0);  // Enter on the row
  ui.frames(2);
  CHECK(ui.state()["view"] == "plan");
  CHECK(ui.state()["target"] == "mlops-engineer");

  ui.widget().semanticAction("view/compare", 0, 0);
  ui.frames(2);
  ui.widget().semanticAction("mode/pair", 0, 0);
  ui.frames(2);
  layer = ui.widget().semanticsJson();
  CHECK(hasNode(layer, "pair/b/genai-engineer#layer"));
  ui.widget().semanticAction("pair/b/genai-engineer#layer", 0, 0);  // a radio of the closed list
  ui.frames(2);
  CHECK(ui.state()["pair"]["b"] == "genai-engineer");
  ui.widget().semanticAction("pair/plan/a", 0, 0);
  ui.frames(2);
  CHECK(ui.state()["view"] == "plan");
  CHECK(ui.state()["target"] == ui.state()["pair"]["a"]);
}

TEST_CASE("Compare's Pay mode plans nothing: no frames are asked for after it settles") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("profile/student"));
  REQUIRE(ui.click("view/compare"));
  ui.frames(40);  // the Plan view's own plan (for the best fit) finishes
  CHECK_FALSE(ui.lastFrameAnimating());
  const Json s = ui.state();  // kept alive for the loop (a temporary's member would dangle)
  REQUIRE(s["paths"].size() == 7);
  for (const Json& row : s["paths"]) CHECK(row["planning"] == true);  // never started
}

// Choosing a job replaces the ratings with the job's: ratings made by hand are kept until the
// reader moves on, and one button brings them back (with the keyboard, arrowing through the
// jobs chooses each in turn, so the first choice must not lose them either).
TEST_CASE("I work as: a job that replaced the reader's own ratings offers them back") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=compare;mode=paths;skills=python.3,nlp.2,prompt-design.1", "", "");
  ui.frames(2);
  const Json own = ui.state()["ratings"];
  REQUIRE(own.size() == 3);
  ui::Rect r;
  CHECK_FALSE(ui.rect("profile/undo", r));  // nothing replaced yet
  ui.widget().semanticAction("profile/software-engineer", 0, 0);
  ui.frames(2);
  CHECK(ui.widget().announcement().rfind("Your own ratings were replaced by Software engineer\xE2\x80\x99s; \xE2\x80\x9C"
                                         "Bring back my ratings\xE2\x80\x9D restores them.", 0) == 0);
  ui.widget().semanticAction("profile/data-analyst", 0, 0);  // the next arrow
  ui.frames(2);
  CHECK(ui.state()["job"] == "data-analyst");
  CHECK(ui.state()["ratings"] != own);
  CHECK(ui.drawnText().find("Your own ratings were replaced by this job's.") != std::string::npos);
  // Said at the first choice (Software engineer's), not again at the next.
  CHECK(ui.widget().announcement().find("Best fit now") == 0);
  CHECK(ui.widget().announcement().find("replaced") == std::string::npos);
  REQUIRE(ui.click("profile/undo"));
  ui.frames(2);
  CHECK(ui.state()["ratings"] == own);
  CHECK(ui.state()["job"] == "");
  CHECK_FALSE(ui.rect("profile/undo", r));
  // The button is gone and the focus moved on: the live region says what it did.
  CHECK(ui.widget().announcement().rfind("Your own ratings are back. Best fit now: ", 0) == 0);

  // In My skills too; and a rating made after the choice is the reader's own again: no offer.
  REQUIRE(ui.click("view/skills"));
  ui.widget().semanticAction("profile/student", 0, 0);
  ui.frames(2);
  REQUIRE(ui.rect("profile/undo", r));
  ui.widget().semanticAction("skill/python/3", 0, 0);
  ui.frames(2);
  CHECK_FALSE(ui.rect("profile/undo", r));

  // Ratings that are exactly a job's are no loss: choosing another job offers nothing back.
  ui.widget().restore("v1;view=skills;job=student;changed=", "", "");
  ui.frames(2);
  REQUIRE(ui.state()["job"] == "student");
  ui.widget().semanticAction("profile/writer-marketer", 0, 0);
  ui.frames(2);
  CHECK_FALSE(ui.rect("profile/undo", r));
}

// Clear takes every rating in one click: it offers them back as a job's choice does, until the
// reader rates again.
TEST_CASE("My skills: Clear offers the cleared ratings back, until the reader rates again") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=skills;skills=python.3,nlp.2,prompt-design.1", "", "");
  ui.frames(2);
  const Json own = ui.state()["ratings"];
  REQUIRE(own.size() == 3);
  CHECK(test::layerNode(ui, "skills/clear")["label"] == "Clear all my ratings");
  REQUIRE(ui.click("skills/clear"));
  ui.frames(2);
  CHECK(ui.state()["ratings"].empty());
  CHECK(ui.drawnText().find("Your ratings were cleared.") != std::string::npos);
  CHECK(ui.widget().announcement() ==
        "Your skill ratings are cleared. \xE2\x80\x9C" "Bring back my ratings\xE2\x80\x9D restores them.");
  REQUIRE(ui.click("profile/undo"));
  ui.frames(2);
  CHECK(ui.state()["ratings"] == own);
  CHECK(ui.widget().announcement().rfind("Your own ratings are back. Best fit now: ", 0) == 0);
  ui::Rect r;
  CHECK_FALSE(ui.rect("profile/undo", r));
  // Cleared, then a skill rated: those are the reader's ratings now, no offer.
  REQUIRE(ui.click("skills/clear"));
  ui.frames(2);
  REQUIRE(ui.rect("profile/undo", r));
  ui.widget().semanticAction("skill/python/2", 0, 0);
  ui.frames(2);
  CHECK_FALSE(ui.rect("profile/undo", r));
}

// The real views driven through a headless ImGui context: click by item name, assert on state.
#include "text_mirror.h"
#include <algorithm>
#include <tuple>

#include <doctest/doctest.h>

#include "elements.h"
#include "imgui.h"
#include "json_document.h"
#include "test_helpers.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"
#include "view_context.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;
using test::loadRealData;

TEST_CASE("before data arrives the widget says it is loading") {
  UiHarness ui(1000, 700);
  ui.frames(2);
  CHECK(ui.state()["status"] == "loading");
}

TEST_CASE("wide layout: the roles list and the first role's profile") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  Json s = ui.state();
  CHECK(s["status"] == "ready");
  CHECK(s["view"] == "roles");
  CHECK(s["role"] == "prompt-engineer");
  ui::Rect r;
  CHECK(ui.rect("role/prompt-engineer", r));
  CHECK(ui.rect("role/ai-content-creator", r));
  CHECK(ui.rect("view/compare", r));
  CHECK_FALSE(ui.rect("role/no-such-role", r));
  // Beside the profile the list is one choice for the layer: radios, the selected one checked.
  const Json layer = Json::parse(ui.widget().semanticsJson());
  int radios = 0;
  for (const Json& n : layer["nodes"]) {
    if (n["id"].get<std::string>().rfind("role/", 0) != 0) continue;
    ++radios;
    CHECK(n["role"] == "radio");
    CHECK(n["group"] == "roles");
    CHECK(n["checked"] == (n["id"] == "role/prompt-engineer"));
    CHECK(n["label"].get<std::string>().find("a year a year") == std::string::npos);
  }
  CHECK(radios == 7);
}

TEST_CASE("a canvas wider than the widest layout has the widget in its middle, the rest left to the page") {
  // (what a shared link opened on a large monitor shows)
  const auto span = [](UiHarness& ui) {
    float left = 1e9f, right = 0;
    for (const auto& [name, r] : ui.widget().items()) {
      left = std::min(left, r.x);
      right = std::max(right, r.x + r.w);
    }
    return std::pair{left, right};
  };
  const auto open = [](UiHarness& ui) {
    loadRealData(ui);
    ui.widget().setPageUrl("https://example.org/ce/index.html");
    ui.frames(2);
  };
  // Up to that width the widget fills its canvas: its items reach to the padding at both sides.
  UiHarness fits(1000, 700);
  open(fits);
  const auto [fitsLeft, fitsRight] = span(fits);
  CHECK(fitsLeft <= 30);
  CHECK(fitsRight >= 1000 - 30);
  CHECK(fits.wheel(5, 600, -1) == 0.0f);  // its own padding scrolls nothing: the page's, as before
  // Wider, it keeps that width and the same distances to its edges, in the canvas's middle.
  UiHarness wide(1920, 1080);
  open(wide);
  const float margin = (1920 - ui::kWidestLayout) / 2;
  const auto [left, right] = span(wide);
  CHECK(left - margin == doctest::Approx(fitsLeft));
  CHECK(1920 - margin - right == doctest::Approx(1000 - fitsRight));
  // The wheel over the margins scrolls the role's profile, as a page's margins scroll its main
  // column (not the roles list, though it is the nearer on the left), and the page once the
  // profile is at its end.
  ui::Rect row, pay;
  REQUIRE(wide.rect("role/prompt-engineer", row));
  REQUIRE(wide.rect("info/pay/prompt-engineer/entry", pay));
  const float moved = wide.wheel(margin / 2, 600, -1);
  CHECK(moved > 0.0f);
  ui::Rect rowAfter, payAfter;
  REQUIRE(wide.rect("role/prompt-engineer", rowAfter));
  REQUIRE(wide.rect("info/pay/prompt-engineer/entry", payAfter));
  CHECK(rowAfter.y == row.y);
  CHECK(payAfter.y == doctest::Approx(pay.y - moved));
  CHECK(wide.wheel(1920 - margin / 2, 600, -1) > 0.0f);
  for (int i = 0; i < 300 && wide.wheel(1920 - margin / 2, 600, -1) != 0.0f; ++i) {}
  CHECK(wide.wheel(1920 - margin / 2, 600, -1) == 0.0f);  // at its end: the page's
  CHECK(wide.wheel(margin / 2, 600, 1) < 0.0f);           // and back up
  // Beside the header, above the views, nothing scrolls, as over the header itself.
  CHECK(wide.wheel(margin / 2, 20, -1) == 0.0f);
}

TEST_CASE("the menu button names what its menu offers: embed only with a page address to give") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  const auto menuLabel = [&] {
    ui.frames(2);
    const Json layer = Json::parse(ui.widget().semanticsJson());
    for (const Json& n : layer["nodes"])
      if (n["id"] == "menu") return n["label"].get<std::string>();
    return std::string("(no menu button)");
  };
  // The harness can download an offline copy; without an address there is nothing to embed.
  CHECK(menuLabel() == "More: export the plan, offline copy, start over");
  ui.widget().setPageUrl("https://example.org/ce/index.html");
  CHECK(menuLabel() == "More: export the plan, embed, offline copy, start over");
}

TEST_CASE("the header: one line when the title, search and tabs fit beside each other, else two rows") {
  for (float width : {1000.0f, 900.0f, 800.0f, 720.0f, 360.0f}) {
    CAPTURE(width);
    UiHarness ui(width, 700);
    loadRealData(ui);
    ui.widget().setPageUrl("https://example.org/ce/index.html");  // with its Share button
    ui.frames(2);
    ui::Rect search, tab, menu;
    REQUIRE(ui.rect("search", search));
    REQUIRE(ui.rect("view/roles", tab));
    REQUIRE(ui.rect("menu", menu));
    const bool oneLine = tab.y < menu.y + menu.h;
    if (oneLine) {
      // The tabs sit after the search, which sits after the title (whose width the search's
      // left edge gives away): nothing overlaps.
      CHECK(search.x + search.w <= tab.x);
      CHECK(search.x >= 150);
    } else {
      // Two rows: the tabs start at the left, under the title line.
      CHECK(tab.x < 40);
      CHECK(tab.y >= search.y + search.h);
    }
    if (width >= 1000) CHECK(oneLine);
    if (width <= 800) CHECK_FALSE(oneLine);
  }
}

TEST_CASE("the header on a phone: the search button never runs under Share, with a finger or a mouse") {
  for (float width : {320.0f, 360.0f, 400.0f}) {
    for (bool touch : {false, true}) {
      CAPTURE(width);
      CAPTURE(touch);
      UiHarness ui(width, 640);
      loadRealData(ui);
      ui.widget().setPageUrl("https://example.org/ce/index.html");
      ui.widget().setCompact(true);  // an embed's tighter padding
      ui.widget().setTouchInput(touch);
      ui.frames(2);
      ui::Rect search, share;
      REQUIRE(ui.rect("search", search));
      REQUIRE(ui.rect("share", share));
      CHECK(search.x + search.w <= share.x);
      CHECK(search.x >= 40);
      // The title gives way by getting smaller, not by running under the search button.
      ui::Rect title;
      REQUIRE(ui.rect("title", title));
      CHECK(title.x + title.w <= search.x);
    }
  }
}

TEST_CASE("the header on a phone held sideways: one row of search, tabs and actions, no title row") {
  // 568x272: the frame an embed gets on a 568x320 phone held sideways; 740x360: a larger phone
  // sideways, alone (too narrow for the wide header's title beside the tabs).
  for (const auto& [width, height, touch] : {std::tuple{568.0f, 272.0f, true}, std::tuple{568.0f, 272.0f, false},
                                             std::tuple{740.0f, 360.0f, true}}) {
    CAPTURE(width);
    CAPTURE(touch);
    UiHarness ui(width, height);
    loadRealData(ui);
    ui.widget().setPageUrl("https://example.org/ce/index.html");  // (Share needs an address)
    ui.widget().setTouchInput(touch);
    ui.frames(2);
    ui::Rect search, roles, plan, share, menu, title, source;
    REQUIRE(ui.rect("search", search));
    REQUIRE(ui.rect("view/roles", roles));
    REQUIRE(ui.rect("view/plan", plan));
    REQUIRE(ui.rect("share", share));
    REQUIRE(ui.rect("menu", menu));
    CHECK_FALSE(ui.rect("title", title));
    for (const ui::Rect& r : {roles, plan, share, menu}) CHECK(std::abs(r.y - search.y) < 8);
    CHECK(search.x + search.w <= roles.x);
    CHECK(plan.x + plan.w <= share.x);
    CHECK(roles.w >= 72);
    // The content starts a row higher than in the same width when tall.
    REQUIRE(ui.rect("info/source", source));
    UiHarness tall(width, 640);
    loadRealData(tall);
    tall.widget().setPageUrl("https://example.org/ce/index.html");
    tall.widget().setTouchInput(touch);
    tall.frames(2);
    ui::Rect tallSource;
    REQUIRE(tall.rect("info/source", tallSource));
    REQUIRE(tall.rect("title", title));
    CHECK(source.y + 30 <= tallSource.y);
    // A search in use takes the two rows back: its field where the title was, the tabs under it.
    ui.widget().semanticFocus("search");
    ui.frames(2);
    REQUIRE(ui.rect("search", search));
    REQUIRE(ui.rect("view/roles", roles));
    CHECK(roles.y >= search.y + search.h);
    CHECK(search.w > 200);
  }
}

TEST_CASE("clicking a role's row selects it") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/mlops-engineer"));
  CHECK(ui.state()["role"] == "mlops-engineer");
  REQUIRE(ui.click("role/ai-ethics-specialist"));
  CHECK(ui.state()["role"] == "ai-ethics-specialist");
}

TEST_CASE("Compare: switch, sort, and a row opens its role") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("view/compare"));
  Json s = ui.state();
  CHECK(s["view"] == "compare");
  CHECK(s["compareSort"] == "senior");
  ui::Rect creator, ethics, prompt, pmSenior;
  REQUIRE(ui.rect("compare/ai-content-creator", creator));
  REQUIRE(ui.rect("compare/ai-ethics-specialist", ethics));
  REQUIRE(ui.rect("compare/prompt-engineer", prompt));
  REQUIRE(ui.rect("compare/ai-product-manager", pmSenior));
  // Senior floors: the creator states no pay for the role (its $400k is a note for a few posts),
  // so it comes last; the prompt engineer's "well over $180,000" follows the PM's $220k or more.
  CHECK(ethics.y < creator.y);
  CHECK(pmSenior.y < prompt.y);
  CHECK(prompt.y < ethics.y);

  REQUIRE(ui.click("sort/entry"));
  CHECK(ui.state()["compareSort"] == "entry");
  ui.frames(1);
  CHECK(ui.widget().announcement() == "Roles sorted by entry pay, highest first.");  // what the radio did
  ui::Rect ds, pm;
  REQUIRE(ui.rect("compare/data-scientist-nlp", ds));
  REQUIRE(ui.rect("compare/ai-product-manager", pm));
  CHECK(ds.y < pm.y);  // $140k entry floor vs. no entry figure

  REQUIRE(ui.click("compare/genai-engineer"));
  s = ui.state();
  CHECK(s["view"] == "roles");
  CHECK(s["role"] == "genai-engineer");
}

TEST_CASE("narrow layout: a tap opens the role, and Back returns to the list") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  ui::Rect r;
  REQUIRE(ui.rect("role/genai-engineer", r));
  CHECK(r.x >= 0);
  CHECK(r.x + r.w <= 360);
  REQUIRE(ui.click("role/genai-engineer"));
  CHECK(ui.state()["role"] == "genai-engineer");
  CHECK_FALSE(ui.rect("role/genai-engineer", r));  // the list gave way to the profile
  REQUIRE(ui.click("back/roles"));
  CHECK(ui.rect("role/genai-engineer", r));
}

// The layer's focus request in one of the next frames ("" none): where a keyboard or screen-reader
// user's focus goes (the page honours it only when their focus is in the layer).
static std::string focusRequestWithin(UiHarness& ui, int frames, std::string* label) {
  for (int i = 0; i < frames; ++i) {
    ui.frames(1);
    const Json layer = Json::parse(ui.widget().semanticsJson());
    if (!layer.contains("focus")) continue;
    const std::string id = layer["focus"].get<std::string>();
    for (const Json& n : layer["nodes"])
      if (n["id"] == id) *label = n["role"].get<std::string>() + ": " + n["label"].get<std::string>();
    return id;
  }
  return "";
}

TEST_CASE("narrow layout from the layer: the focus goes to the profile's title, and back to the role's row") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  std::string label;
  ui.widget().semanticAction("role/mlops-engineer", 0, 0);
  CHECK(focusRequestWithin(ui, 4, &label).rfind("text/", 0) == 0);
  CHECK(label == "heading: MLOps Engineer");
  ui.widget().semanticAction("back/roles", 0, 0);
  CHECK(focusRequestWithin(ui, 4, &label) == "role/mlops-engineer");
}

TEST_CASE("a role's pay line wraps in a phone's column rather than losing the levels it covers") {
  // AI product manager: "about $140k to $220k or more a year, mid and senior levels only" needs
  // two lines at 360 px; MLOps engineer's span fits on one.
  UiHarness ui(360, 640);
  loadRealData(ui);
  ui::Rect longer, shorter;
  REQUIRE(ui.rect("role/ai-product-manager", longer));
  REQUIRE(ui.rect("role/mlops-engineer", shorter));
  CHECK(shorter.h == doctest::Approx(54.0f));
  CHECK(longer.h > shorter.h + 10.0f);
  // Wide, the list column is as narrow: the row grows there too, and the next row moves down.
  UiHarness wide(1000, 700);
  loadRealData(wide);
  REQUIRE(wide.rect("role/ai-product-manager", longer));
  REQUIRE(wide.rect("role/mlops-engineer", shorter));
  ui::Rect next;
  REQUIRE(wide.rect("role/data-scientist-nlp", next));
  CHECK(longer.h > shorter.h + 10.0f);
  CHECK(next.y >= longer.y + longer.h);
}

TEST_CASE("Compare: a pay label that fits beside its bar on neither side goes under it") {
  // Real data at 1000 px: a label that fits beside its bar leaves its row one bar high; GenAI's,
  // in two parts, goes in the gap between them.
  UiHarness wide(1000, 700);
  loadRealData(wide);
  wide.widget().restore("v1;view=compare", "", "");
  wide.frames(2);
  ui::Rect pm, mlops, genai, science;
  REQUIRE(wide.rect("compare/genai-engineer", genai));
  REQUIRE(wide.rect("compare/data-scientist-nlp", science));
  REQUIRE(wide.rect("compare/mlops-engineer", mlops));
  CHECK(science.h == doctest::Approx(mlops.h));
  CHECK(genai.h == doctest::Approx(mlops.h));
  // A mid-level figure of our reading from $20k: "$20k to $220k or more, mid and senior levels
  // only (partly our reading)" fits neither after the bar nor before it at the narrowest wide
  // layout, so it takes a line of its own and the row grows, rather than running over the bar.
  Json data = Json::parse(test::realData());
  for (Json& role : data["roles"]) {
    if (role["id"] != "ai-product-manager") continue;
    role["salary"]["mid"]["min"] = 20000;
    role["salary"]["mid"]["max"] = nullptr;
    role["salary"]["mid"]["approximate"] = false;
    role["salary"]["mid"]["basis"] = "derived";
  }
  UiHarness ui(720, 640);
  test::loadAndOpen(ui, data.dump(), "v1;view=compare");
  REQUIRE(ui.state()["status"] == "ready");
  REQUIRE(ui.rect("compare/ai-product-manager", pm));
  REQUIRE(ui.rect("compare/mlops-engineer", mlops));
  CHECK(pm.h > mlops.h + 10.0f);

  // In a blog's narrow column every label is under its bar, and one too long for the column
  // wraps there: its row grows by a line rather than the words running off the edge.
  UiHarness column(320, 1600);  // tall: every row whole on screen
  loadRealData(column);
  column.widget().restore("v1;view=compare", "", "");
  column.frames(2);
  REQUIRE(column.rect("compare/ai-product-manager", pm));
  REQUIRE(column.rect("compare/mlops-engineer", mlops));
  CHECK(pm.h > mlops.h + 10.0f);
}

TEST_CASE("a course link asks the platform to open its URL") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/genai-engineer"));
  // Scroll the profile until the course link is on screen.
  ui::Rect link;
  for (int i = 0; i < 40 && !ui.rect("course/genai-with-llms", link); ++i) ui.wheel(700, 400, -3);
  REQUIRE(ui.rect("course/genai-with-llms", link));
  UiHarness::openedUrls().clear();
  REQUIRE(ui.click("course/genai-with-llms"));
  REQUIRE(UiHarness::openedUrls().size() == 1);
  CHECK(UiHarness::openedUrls()[0] == "https://www.coursera.org/learn/generative-ai-with-llms");
}

TEST_CASE("broken data shows the validator's messages, not a blank widget") {
  UiHarness ui(1000, 700);
  Json doc = test::minimalDocument();
  doc["roles"][0]["salary"]["entry"]["min"] = 250000;
  doc["roles"][0]["salary"]["entry"]["max"] = 180000;
  ui.widget().loadData(doc.dump());
  ui.frames(2);
  Json s = ui.state();
  CHECK(s["status"] == "error");
  REQUIRE(s["dataErrors"].size() == 1);
  CHECK(s["dataErrors"][0] == "roles[0].salary.entry: min 250000 is above max 180000");
  ui::Rect r;
  CHECK_FALSE(ui.rect("role/engineer", r));
  // The page's text mirror (what a screen reader reads while the layer is empty) lists them too.
  const Json mirror = Json::parse(ui.widget().textMirrorJson());
  REQUIRE(mirror.size() == 2);
  CHECK(mirror[1]["title"] == "The career data file has these problems:");
  REQUIRE(mirror[1]["lines"].size() == 3);  // the error, then two warnings
  CHECK(mirror[1]["lines"][0] == "Error: roles[0].salary.entry: min 250000 is above max 180000");
  CHECK(mirror[1]["lines"][1].get<std::string>().rfind("Warning: roles[0].salary.entry: the figure 250000 ", 0) == 0);
}

TEST_CASE("the text mirror lists a broken file's problems, errors first, the rest counted") {
  UiHarness ui(1000, 700);
  Json doc = test::minimalDocument();
  for (int i = 0; i < 60; ++i) {  // 60 errors: more than the mirror lists
    Json role = doc["roles"][0];
    role["id"] = "r" + std::to_string(i);
    role["salary"]["entry"]["min"] = 250000;
    role["salary"]["entry"]["max"] = 180000;
    doc["roles"].push_back(role);
  }
  ui.widget().loadData(doc.dump());
  ui.frames(2);
  const Json mirror = Json::parse(ui.widget().textMirrorJson());
  REQUIRE(mirror.size() == 2);
  const Json& lines = mirror[1]["lines"];
  // (Each broken role has two warnings too: its figures are not in its provenance.)
  REQUIRE(lines.size() == 2 * (core::kMirrorLines + 1));
  CHECK(lines[0] == "Error: roles[1].salary.entry: min 250000 is above max 180000");
  CHECK(lines[core::kMirrorLines] == "\xE2\x80\xA6 and 10 more errors");
  CHECK(lines[core::kMirrorLines + 1].get<std::string>().rfind("Warning: roles[1].salary.entry: ", 0) == 0);
  CHECK(lines[lines.size() - 1] == "\xE2\x80\xA6 and 70 more warnings");

  // With the mirror hidden behind the layer, the layer says the same: the title, and the list as
  // one stop for Tab, which Page Down scrolls (as the wheel does) until its end.
  const Json layer = Json::parse(ui.widget().semanticsJson());
  const Json* list = nullptr;
  bool titled = false;
  for (const Json& n : layer["nodes"]) {
    if (n["id"] == "problems/list") list = &n;
    titled = titled || (n["role"] == "heading" && n["label"] == "The career data could not be loaded");
  }
  CHECK(titled);
  REQUIRE(list != nullptr);
  CHECK((*list)["tabStop"] == true);
  CHECK((*list)["label"].get<std::string>().rfind("The career data file has these problems:\nError: roles[1]", 0) == 0);
  ui.widget().semanticFocus("problems/list");
  ui.frames(1);
  int pages = 0;
  while (pages < 100 && ui.widget().semanticKey(3)) {
    ++pages;
    ui.frames(1);
  }
  CHECK(pages > 1);    // it scrolled, page by page
  CHECK(pages < 100);  // and at its end Page Down is the page's again
  CHECK(ui.widget().semanticKey(2));  // Page Up scrolls back
}

TEST_CASE("a failure reported by the platform is shown") {
  UiHarness ui(360, 640, true);
  ui.widget().showFailure("Could not download the career data", "HTTP 404");
  ui.frames(2);
  Json s = ui.state();
  CHECK(s["status"] == "error");
  CHECK(s["failure"] == "Could not download the career data");
  CHECK(s["theme"] == "dark");
}

TEST_CASE("My skills: one click rates a skill, and the roles reorder by fit") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("view/skills"));
  CHECK(ui.state()["view"] == "skills");
  REQUIRE(ui.scrollTo("skill/prompt-design/3", 700, 400));
  REQUIRE(ui.click("skill/prompt-design/3"));
  Json s = ui.state();
  CHECK(s["ratings"]["prompt-design"] == 3);
  CHECK(s["scores"]["prompt-engineer"].get<int>() > 0);
  REQUIRE(ui.click("skill/prompt-design/0"));
  CHECK(ui.state()["ratings"].empty());
}

TEST_CASE("My skills: a starting profile fills the ratings, and Clear empties them") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("profile/writer-marketer"));
  Json s = ui.state();
  CHECK(s["ratings"].size() >= 5);
  // The best fit now leads the Roles list.
  REQUIRE(ui.click("view/roles"));
  ui::Rect first, other;
  REQUIRE(ui.rect("role/ai-content-creator", first));
  REQUIRE(ui.rect("role/mlops-engineer", other));
  CHECK(first.y < other.y);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("skills/clear"));
  CHECK(ui.state()["ratings"].empty());
}

TEST_CASE("Plan: the plan follows ratings, goal, filters and progress") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("profile/software-engineer"));
  REQUIRE(ui.click("view/plan"));
  Json s = ui.state();
  CHECK(s["view"] == "plan");
  // Nothing chosen: the plan is for the best fit.
  CHECK(s["target"] == "");
  const std::string best = s["plan"]["role"].get<std::string>();
  for (const auto& [role, score] : s["scores"].items()) CHECK(s["scores"][best] >= score);
  REQUIRE_FALSE(s["plan"]["courses"].empty());

  // Pick a target explicitly.
  REQUIRE(ui.click("plan/target"));
  REQUIRE(ui.click("target/genai-engineer"));
  s = ui.state();
  CHECK(s["target"] == "genai-engineer");
  CHECK(s["plan"]["role"] == "genai-engineer");

  // Least cost; then free only: every course in the plan is free.
  REQUIRE(ui.click("goal/cost"));
  CHECK(ui.state()["goal"] == "cost");
  REQUIRE(ui.click("filter/free"));
  s = ui.state();
  CHECK(s["filters"]["freeOnly"] == true);
  for (const auto& c : s["plan"]["courses"]) CHECK(c["usd"] == 0);

  // Mark the first course done: progress moves.
  REQUIRE_FALSE(s["plan"]["courses"].empty());
  const std::string id = s["plan"]["courses"][0]["id"].get<std::string>();
  REQUIRE(ui.scrollTo("done/" + id, 500, 500));
  REQUIRE(ui.click("done/" + id));
  s = ui.state();
  CHECK(s["done"].size() == 1);
  CHECK(s["progress"].get<double>() > 0);
}

TEST_CASE("bold text falls back to the regular face for characters outside its subset") {
  UiHarness ui(1000, 700);
  ui.frames(1);
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  REQUIRE(atlas->Fonts.Size == 2);  // Regular, and SemiBold with Regular merged behind it
  ImFont* bold = atlas->Fonts[1];
  CHECK(bold->IsGlyphInFont(L'A'));
  CHECK(bold->IsGlyphInFont(0x00E9));  // é: not in the bold subset, found in Regular
  CHECK_FALSE(bold->IsGlyphInFont(0x4E2D));  // a CJK character is in neither
}

TEST_CASE("a name too long for its place is cut with an ellipsis, at a whole character") {
  UiHarness ui(1000, 700);
  ui.frames(1);
  CHECK(ui::ellipsized("MLOps Engineer", 400.0f) == "MLOps Engineer");
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\xC3\xA9";  // é, two bytes each
  const std::string cut = ui::ellipsized(accents, 100.0f);
  CHECK(ImGui::CalcTextSize(cut.c_str()).x <= 100.0f);
  REQUIRE(cut.size() > 3);
  CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
  CHECK((cut.size() - 3) % 2 == 0);  // never half an é
  // A name of a hundred thousand characters gives as short a result.
  CHECK(ui::ellipsized(std::string(100000, 'x'), 100.0f).size() < 60);
  CHECK(ui::ellipsized("anything", 0.0f) == "\xE2\x80\xA6");
}

TEST_CASE("wrapped text never breaks a figure after its comma or point (cmake/imgui/imgui_draw_added_lines.txt)") {
  UiHarness ui(1000, 700);
  ui.frames(1);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  // Where a line wraps, for every width from the longest figure's (narrower, ImGui cuts a word
  // anywhere) to the whole text: never between a punctuation mark and the digit after it.
  for (const std::string text : {"Pay from $120,000 to $300,000 a year", "About 1.5 h, then 2.25 h a week."}) {
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    const float whole = ImGui::CalcTextSize(begin).x;
    int breaks = 0;
    for (float width = ImGui::CalcTextSize("$300,000").x + 1.0f; width < whole; width += 1.0f) {
      const char* at = font->CalcWordWrapPosition(size, begin, end, width);
      REQUIRE(at > begin);
      if (at >= end) continue;
      ++breaks;
      const bool afterMark = at[-1] == ',' || at[-1] == '.';
      CHECK_MESSAGE(!(afterMark && at[0] >= '0' && at[0] <= '9'), text, " broke at ", at - begin);
    }
    CHECK(breaks > 0);  // the widths tried did make it wrap
  }
  // Nor after a quotation mark before closing punctuation: '("often").' never leaves ")." alone.
  {
    const std::string text = "typical rather than guaranteed (\"often\").";
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    const float widest = std::max(ImGui::CalcTextSize("guaranteed").x, ImGui::CalcTextSize("(\"often\").").x);
    for (float width = widest + 1.0f; width < ImGui::CalcTextSize(begin).x; width += 1.0f) {
      const char* at = font->CalcWordWrapPosition(size, begin, end, width);
      if (at < end) CHECK_MESSAGE(*at != ')', "broke before ')' at ", at - begin);
    }
  }
  // Nor between a quotation's last mark and its closing quotation mark, curly or straight (the
  // Outlook's quotes end so): '.”' and '."' stay together.
  for (const std::string text : {"remains exceptionally strong across tech companies and startups.\xE2\x80\x9D",
                                 "it says \"strong across tech companies and startups.\" today",
                                 "the \xE2\x80\x98" "best-paid AI jobs!\xE2\x80\x99 it says"}) {
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    int breaks = 0;
    for (float width = ImGui::CalcTextSize("startups.\"").x + 1.0f; width < ImGui::CalcTextSize(begin).x; width += 1.0f) {
      const char* at = font->CalcWordWrapPosition(size, begin, end, width);
      if (at >= end) continue;
      ++breaks;
      const bool beforeQuote = *at == '"' || (end - at >= 3 && std::string(at, 3) == "\xE2\x80\x9D") ||
                               (end - at >= 3 && std::string(at, 3) == "\xE2\x80\x99");
      CHECK_MESSAGE(!beforeQuote, text, " broke before its closing quotation mark at ", at - begin);
    }
    CHECK(breaks > 0);
  }
  // Punctuation before a letter or a space still ends a word, as ImGui has it.
  const std::string words = "one,two";
  const char* at = font->CalcWordWrapPosition(size, words.c_str(), words.c_str() + words.size(),
                                              ImGui::CalcTextSize("one,t").x);
  CHECK(std::string(words.c_str(), at) == "one,");
}

namespace {
const std::string kPage = "https://example.org/careers/index.html";
}

TEST_CASE("Share copies a link that reopens this view, and a failed copy shows it to copy by hand") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().setPageUrl(kPage + "#old");
  ui.widget().restore("", "", "");
  ui.frames(2);
  REQUIRE(ui.click("view/compare"));
  UiHarness::clearCalls();
  REQUIRE(ui.click("share"));
  REQUIRE(UiHarness::calls().copied.size() == 1);
  const std::string link = UiHarness::calls().copied[0];
  CHECK(link == kPage + "#" + ui.widget().fragment());
  CHECK(link.find("view=compare") != std::string::npos);
  ui.widget().copyFinished(true);
  ui.frames(2);
  CHECK(ui.state()["toast"] == "Link copied");

  REQUIRE(ui.click("share"));
  ui.widget().copyFinished(false);
  ui.frames(2);
  CHECK(ui.state()["dialog"] == "Copy this by hand");
  ui::Rect r;
  CHECK(ui.rect("dialog/text", r));
  // The layer offers the link as read-only text to copy (selected whole when focused, drawn so),
  // and says when the reader copied it there.
  const std::string layer = ui.widget().semanticsJson();
  CHECK(layer.find("\"role\":\"copytext\"") != std::string::npos);
  CHECK(layer.find("Click the text to select all of it, then copy it.") != std::string::npos);
  CHECK(layer.find("\"text\":" + Json(link).dump()) != std::string::npos);
  ui.widget().semanticFocus("dialog/text");
  ui.frames(2);
  ui.widget().semanticAction("dialog/text", 0, 0);  // the browser's copy event
  ui.frames(2);
  CHECK(ui.state()["toast"] == "Link copied");
  CHECK(ui.state()["dialog"] == "Copy this by hand");  // still there to copy again
  REQUIRE(ui.click("dialog/close"));
  CHECK(ui.state()["dialog"] == "");
}

TEST_CASE("the menu exports the plan (Markdown, calendar, print) and offers the offline copy") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().setPageUrl(kPage);
  ui.widget().restore("v1;view=plan;target=genai-engineer", "", "");
  ui.frames(2);
  UiHarness::clearCalls();
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/markdown"));
  REQUIRE(UiHarness::calls().copied.size() == 1);
  CHECK(UiHarness::calls().copied[0].rfind("# Learning plan: Generative AI Engineer", 0) == 0);
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/ics"));
  REQUIRE(UiHarness::calls().downloads.size() == 1);
  CHECK(UiHarness::calls().downloads[0].first == "learning-plan.ics");
  CHECK(UiHarness::calls().downloads[0].second.rfind("BEGIN:VCALENDAR", 0) == 0);
  const std::string toast = ui.state()["toast"].get<std::string>();  // the reader hears of it
  CHECK(toast.rfind("Downloading learning-plan.ics: ", 0) == 0);
  CHECK(toast.find(" study sessions, up to ") != std::string::npos);
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/print"));
  REQUIRE(UiHarness::calls().printed.size() == 1);
  CHECK(UiHarness::calls().printed[0].find("<h2>Courses, in study order</h2>") != std::string::npos);
  CHECK(ui.state()["toast"] == "Printing Generative AI Engineer and its plan: the browser's print dialog opens");
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/offline"));
  CHECK(UiHarness::calls().offline == 1);
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/embed"));
  Json s = ui.state();
  CHECK(s["dialog"] == "Embed this view");
  REQUIRE(ui.click("dialog/copy"));
  REQUIRE(UiHarness::calls().copied.size() == 2);
  // The blogger's view (tab and role), not their own plan choices (see guest_test.cpp).
  CHECK(UiHarness::calls().copied[1] ==
        "<script src=\"https://example.org/careers/embed.js\" data-state=\"v1;view=plan;role=prompt-engineer"
        "\" data-theme=\"auto\" data-height=\"auto\" async></script>");
}

TEST_CASE("progress is saved as it changes, and Start over clears it after asking") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("", "", "v1;skills=python.2");
  ui.frames(2);
  CHECK(ui.state()["ratings"]["python"] == 2);  // the stored state came back
  UiHarness::clearCalls();
  REQUIRE(ui.click("view/skills"));
  REQUIRE_FALSE(UiHarness::calls().saved.empty());
  CHECK(UiHarness::calls().saved.back() == ui.widget().fragment());
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/reset"));
  CHECK(ui.state()["dialog"] == "Start over?");
  // The dialog is named by its title in the layer: the live region does not say it again.
  CHECK(ui.widget().announcement().find("Start over?") == std::string::npos);
  REQUIRE(ui.click("dialog/close"));
  CHECK(ui.state()["ratings"]["python"] == 2);  // Cancel changes nothing
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/reset"));
  REQUIRE(ui.click("dialog/confirm"));
  Json s = ui.state();
  CHECK(s["ratings"].empty());
  CHECK(s["view"] == "roles");
  CHECK(UiHarness::calls().saved.back() == ui.widget().fragment());
  ui.frames(2);
  CHECK(ui.widget().announcement() == "Started over");  // said, and not as a change of best fit
}

TEST_CASE("storage that will not keep progress is said once, with a way to keep it, and nothing else changes") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  UiHarness::calls().refuseSaves = true;
  ui.widget().restore("", "", "");
  ui.frames(2);
  CHECK(ui.state()["notices"].empty());  // nothing of the reader's to lose yet: nothing to say
  REQUIRE(ui.click("view/skills"));
  REQUIRE_FALSE(UiHarness::calls().saved.empty());
  CHECK(ui.lastFrameAnimating());  // the notice asks for the frames its banner needs to lay out
  ui.frames(1);
  CHECK_FALSE(ui.lastFrameAnimating());
  Json s = ui.state();
  REQUIRE(s["notices"].size() == 1);
  const std::string notice = s["notices"][0].get<std::string>();
  CHECK(notice.find("not letting the explorer keep your progress") != std::string::npos);
  // Share carries one plan: the notice promises no more than that.
  CHECK(notice.find("Share gives a link to your ratings and the plan on screen.") != std::string::npos);
  CHECK(notice.find("Share") != std::string::npos);
  CHECK(ui.widget().announcement().find(notice) != std::string::npos);  // screen readers hear it
  CHECK(ui.drawnText().find("gone when you leave") != std::string::npos);
  CHECK(s["view"] == "skills");  // the change itself stands
  // Said once a visit: further changes try to save again, quietly.
  REQUIRE(ui.click("banner/dismiss"));
  const std::size_t tries = UiHarness::calls().saved.size();
  REQUIRE(ui.click("view/plan"));
  CHECK(UiHarness::calls().saved.size() == tries + 1);
  CHECK(ui.state()["notices"].empty());
}

TEST_CASE("saved progress this version cannot read stays in storage until the reader's first change") {
  // A newer version's progress, seen by an older copy (an offline file, a cached page): looking
  // must not destroy it; the notice says the first change saves over it, and so it does.
  UiHarness ui(1000, 700);
  loadRealData(ui);
  UiHarness::clearCalls();
  ui.widget().restore("", "", "v2;view=plan;skills=python.3");
  ui.frames(3);
  REQUIRE(ui.state()["notices"].size() == 1);
  CHECK(UiHarness::calls().saved.empty());
  REQUIRE(ui.click("view/skills"));
  REQUIRE(UiHarness::calls().saved.size() == 1);
  CHECK(UiHarness::calls().saved.back() == ui.widget().fragment());
  // Nor is a first visit's starting view written before anything changes.
  UiHarness::clearCalls();
  ui.widget().restore("", "", "");
  ui.frames(3);
  CHECK(UiHarness::calls().saved.empty());
}

TEST_CASE("storage that keeps progress brings no notice") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("", "", "");
  ui.frames(2);
  REQUIRE(ui.click("view/skills"));
  REQUIRE(ui.click("view/plan"));
  CHECK(UiHarness::calls().saved.size() >= 2);
  CHECK(ui.state()["notices"].empty());
}

TEST_CASE("a shared link wins over stored progress without overwriting it, until the reader chooses") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  const std::string mine = "v1;skills=python.3;target=mlops-engineer";
  ui.widget().restore("v1;view=compare;role=ai-product-manager", "", mine);
  ui.frames(2);
  Json s = ui.state();
  CHECK(s["view"] == "compare");
  CHECK(s["viewingLink"] == true);
  // The banner says what keeping the link would do to the reader's own rating (core::linkBannerWords).
  CHECK(ui.drawnText().find("replaces your ratings and done courses") != std::string::npos);
  // A screen reader hears it too, as the banner appears.
  CHECK(ui.widget().announcement().find("This link holds no skill ratings") != std::string::npos);
  UiHarness::clearCalls();
  REQUIRE(ui.click("sort/entry"));
  CHECK(UiHarness::calls().saved.empty());  // the stored state is untouched while looking
  REQUIRE(ui.click("banner/mine"));
  s = ui.state();
  CHECK(s["viewingLink"] == false);
  CHECK(s["ratings"]["python"] == 3);
  CHECK(s["target"] == "mlops-engineer");

  // The other choice: keep the link's state as one's own.
  ui.widget().restore("v1;view=compare", "", mine);
  ui.frames(2);
  UiHarness::clearCalls();
  REQUIRE(ui.click("banner/keep"));
  REQUIRE_FALSE(UiHarness::calls().saved.empty());
  CHECK(UiHarness::calls().saved.back().find("view=compare") != std::string::npos);
}

TEST_CASE("a link naming things the data no longer has says so, and restores the rest") {
  UiHarness ui(360, 640);
  loadRealData(ui);
  ui.widget().restore("v1;view=plan;skills=python.2,time-travel.3", "", "");
  ui.frames(2);
  Json s = ui.state();
  CHECK(s["view"] == "plan");
  CHECK(s["ratings"]["python"] == 2);
  REQUIRE(s["notices"].size() == 1);
  REQUIRE(ui.click("banner/dismiss"));
  CHECK(ui.state()["notices"].empty());
}

TEST_CASE("Escape closes the menu and dialogs") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().setPageUrl(kPage);
  ui.frames(2);
  REQUIRE(ui.click("menu"));
  ui::Rect r;
  CHECK(ui.rect("menu/reset", r));
  ui.key(ImGuiKey_Escape);
  CHECK_FALSE(ui.rect("menu/reset", r));
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/reset"));
  CHECK(ui.state()["dialog"] == "Start over?");
  ui.key(ImGuiKey_Escape);
  CHECK(ui.state()["dialog"] == "");
}

TEST_CASE("a calendar too long for one file is cut, and the reader is told where it stops") {
  // Every course 5,000 hours at 1 h a week: tens of thousands of study evenings uncut.
  Json data = Json::parse(test::realData());
  for (Json& course : data["courses"])
    course["hours"] = Json{{"value", 5000}, {"confidence", "unconfirmed"}, {"note", "test"}};
  UiHarness ui(1000, 700);
  test::loadAndOpen(ui, data.dump(), "v1;view=plan;target=genai-engineer;hours=1");
  REQUIRE(ui.state()["status"] == "ready");
  UiHarness::clearCalls();
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/ics"));
  REQUIRE(UiHarness::calls().downloads.size() == 1);
  const std::string& ics = UiHarness::calls().downloads[0].second;
  std::size_t events = 0;
  for (std::size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1))
    ++events;
  CHECK(events == 1000);
  CHECK(ics.find("X-WR-CALDESC:This calendar holds only the first 1000 study sessions") != std::string::npos);
  const std::string toast = ui.state()["toast"].get<std::string>();
  CHECK(toast.rfind("The calendar holds the first 1000 study sessions, up to ", 0) == 0);
}

TEST_CASE("a one-band role shows one pay row that explains itself, old level names still find it") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/mlops-engineer"));
  ui.frames(2);
  ui::Rect all, entry, senior;
  REQUIRE(ui.rect("info/pay/mlops-engineer/all", all));
  REQUIRE(ui.rect("info/pay/mlops-engineer/entry", entry));
  REQUIRE(ui.rect("info/pay/mlops-engineer/senior", senior));
  CHECK(entry.y == all.y);
  CHECK(senior.y == all.y);
  CHECK(ui.openInfo("info/pay/mlops-engineer/all", 500, 300));
}

TEST_CASE("an explanation's button tells the layer whether it is open, and where the explanation begins") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/mlops-engineer"));
  ui.frames(2);
  const std::string button = "info/pay/mlops-engineer/all";
  CHECK(test::layerNode(ui, button)["shows"] == "");  // a disclosure, closed
  REQUIRE(ui.openInfo(button, 500, 300));
  const std::string shows = test::layerNode(ui, button)["shows"].get<std::string>();
  REQUIRE_FALSE(shows.empty());
  CHECK(test::layerNode(ui, shows)["role"] == "text");  // the explanation's first line
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  CHECK(test::layerNode(ui, button)["shows"] == "");
  CHECK_FALSE(test::layerNode(ui, "role/mlops-engineer").contains("shows"));  // not a disclosure
}

TEST_CASE("a narrow figure is a note on the role that explains itself, not its pay") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/ai-content-creator"));
  ui.frames(2);
  ui::Rect note, entry;
  REQUIRE(ui.rect("info/paynote/ai-content-creator/0", note));
  REQUIRE(ui.rect("info/pay/ai-content-creator/entry", entry));
  CHECK(note.y > entry.y);
  CHECK(ui.openInfo("info/paynote/ai-content-creator/0", 500, 300));
}

TEST_CASE("My skills: each skill explains its levels on a tap, and a rating shows its meaning") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("view/skills"));
  CHECK(ui.openInfo("info/levels/python", 500, 300));
  ui.key(ImGuiKey_Escape);
  REQUIRE(ui.scrollTo("skill/python/2", 500, 300));
  REQUIRE(ui.click("skill/python/2"));
  CHECK(ui.state()["ratings"]["python"] == 2);
  // A rating click only rates: no explanation box opens over the list.
  ui::Rect box;
  CHECK_FALSE(ui.rect("popover/info/levels/python", box));
}

TEST_CASE("a role's skills mark our reading, and courses say where their facts come from") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("role/mlops-engineer"));
  CHECK(ui.openInfo("info/skill/python", 600, 300));
  ui.key(ImGuiKey_Escape);
  REQUIRE(ui.scrollTo("info/onjob/mlops-engineer", 600, 300));
  CHECK(ui.openInfo("info/course/complete-mlops-bootcamp/sources", 600, 300));
  // A price says when it was stated, also when its page gave no date.
  CHECK(test::layerNode(ui, "info/course/aws-mla-c01-exam/price")["label"].get<std::string>().find(
            "One-time $150 (undated page)") != std::string::npos);
}

TEST_CASE("Plan: totals built on estimates carry the mark, in a reader's words, and an empty plan says why") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  REQUIRE(ui.click("view/plan"));
  REQUIRE(ui.click("plan/target"));
  REQUIRE(ui.click("target/genai-engineer"));
  ui.frames(3);
  Json s = ui.state();
  REQUIRE_FALSE(s["plan"]["courses"].empty());
  REQUIRE(s["plan"]["estimate"] == true);
  const std::string& text = ui.drawnText();
  // The totals line: courses, hours with the mark, and the price as far as it is known.
  CHECK(text.find(" courses \xC2\xB7 ~") != std::string::npos);
  CHECK(text.find(" h est. \xC2\xB7 ") != std::string::npos);
  CHECK(text.find("price not stated") != std::string::npos);
  CHECK(text.find(" weeks est. at ") != std::string::npos);
  CHECK(text.find("marks an estimate") != std::string::npos);
  for (const char* word : {"README", "proven optimal", "closes every gap", "weight 3"})
    CHECK_MESSAGE(text.find(word) == std::string::npos, word);
  // An exam is named beside the plan, never planned.
  for (const auto& c : s["plan"]["courses"]) CHECK(c["id"].get<std::string>().find("exam") == std::string::npos);
  CHECK(text.find("Certification exams for these skills") != std::string::npos);

  // Free only and beginner level leave this role's gap without a course: the view says why.
  REQUIRE(ui.click("filter/free"));
  REQUIRE(ui.click("level/beginner"));
  ui.frames(3);
  s = ui.state();
  if (s["plan"]["courses"].empty())
    CHECK(ui.drawnText().find("filters leave out every course") != std::string::npos);
  else
    CHECK(ui.drawnText().find("No course you allow raises") != std::string::npos);
}

TEST_CASE("a skill rated at the level its courses teach is one no course raises, not one no course teaches") {
  // The courses for Prompt design teach it to Working; the Prompt Engineer needs Strong. Rated
  // Working, the reader gets nothing more from them: the Plan said "No course you allow teaches:
  // Prompt design" while it planned one that does (as Compare says, none raises it).
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=plan;target=prompt-engineer;skills=prompt-design.2", "", "");
  ui.frames(4);
  const std::string text = ui.drawnText();
  CHECK(text.find("No course you allow raises: Prompt design") != std::string::npos);
  CHECK(text.find("teaches: Prompt design") == std::string::npos);
  CHECK(ui.widget().textMirrorJson().find("No course raises Prompt design") != std::string::npos);
}

TEST_CASE("a planned course with no link known says so where the others say Open course") {
  // The Prompt Engineer's plan from nothing rated takes IBM SkillsBuild's ethics course, whose
  // page address no source gives: its row showed nothing where the others link to theirs.
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=plan;target=prompt-engineer", "", "");
  ui.frames(4);
  const Json s = ui.state();
  bool planned = false;
  for (const auto& c : s["plan"]["courses"]) planned = planned || c["id"] == "ibm-skillsbuild-ethical-genai";
  REQUIRE(planned);
  const std::string text = ui.drawnText();
  CHECK(text.find("No link known: look for it at IBM SkillsBuild.") != std::string::npos);
  const Json layer = Json::parse(ui.widget().semanticsJson());
  bool read = false, linked = false;
  for (const Json& n : layer["nodes"]) {
    read = read || n["label"] == "No link known: look for it at IBM SkillsBuild.";
    linked = linked || n["label"].get<std::string>().rfind("Open course: ", 0) == 0;  // the others keep theirs
  }
  CHECK(read);
  CHECK(linked);
}

TEST_CASE("a course's facts the data does not state are read in the layer as they are drawn") {
  // MLOps Engineer lists a course whose level, hours and price the sources do not state.
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;role=mlops-engineer", "", "");
  ui.frames(3);
  const Json layer = Json::parse(ui.widget().semanticsJson());
  for (const char* fact : {"level not stated", "hours not stated", "price not stated"}) {
    CAPTURE(fact);
    bool read = false;
    for (const Json& n : layer["nodes"]) read = read || (n["role"] == "text" && n["label"] == fact);
    CHECK(read);
  }
}

TEST_CASE("clearing the ratings is said to screen readers") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=skills;skills=python.2,nlp.1", "", "");
  ui.frames(2);
  REQUIRE(ui.click("skills/clear"));
  ui.frames(1);
  CHECK(ui.state()["ratings"].empty());
  CHECK(ui.widget().announcement().rfind("Your skill ratings are cleared.", 0) == 0);
}

TEST_CASE("a title the layer puts the focus on (a new view's) has the focus ring, like a control") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  const Json layer = Json::parse(ui.widget().semanticsJson());  // kept: the loop reads into it
  Json title;
  for (const Json& node : layer["nodes"])
    if (node["role"] == "heading" && node["level"] == 2) title = node;
  REQUIRE(title.is_object());
  ui.frames(1);
  CHECK(test::focusRingDrawn().w == 0);
  ui.widget().semanticFocus(title["id"].get<std::string>());
  ui.frames(1);
  const ui::Rect ring = test::focusRingDrawn();
  const float x = static_cast<float>(title["x"].get<int>()), y = static_cast<float>(title["y"].get<int>());
  const float w = static_cast<float>(title["w"].get<int>()), h = static_cast<float>(title["h"].get<int>());
  CHECK(ring.x == doctest::Approx(x - 2).epsilon(0.02));
  CHECK(ring.y == doctest::Approx(y - 2).epsilon(0.02));
  CHECK(ring.w == doctest::Approx(w + 4).epsilon(0.05));
  CHECK(ring.h == doctest::Approx(h + 4).epsilon(0.1));
  ui.widget().semanticFocus("");  // it left
  ui.frames(1);
  CHECK(test::focusRingDrawn().w == 0);
}

TEST_CASE("a closed drop-down list whose entry has the layer's focus has the focus ring on its box") {
  // The layer offers a closed list's entries as radios over the list's box: the keyboard focus
  // on one of them is seen there.
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=plan;target=genai-engineer", "", "");
  ui.frames(2);
  ui::Rect box;
  REQUIRE(ui.rect("plan/target", box));
  CHECK(test::focusRingDrawn().w == 0);
  ui.widget().semanticFocus("target/genai-engineer#layer");
  ui.frames(1);
  const ui::Rect ring = test::focusRingDrawn();
  CHECK(ring.x == doctest::Approx(box.x - 2).epsilon(0.02));
  CHECK(ring.y == doctest::Approx(box.y - 2).epsilon(0.02));
  CHECK(ring.w == doctest::Approx(box.w + 4).epsilon(0.05));
  CHECK(ring.h == doctest::Approx(box.h + 4).epsilon(0.1));
}

TEST_CASE("a label from the data keeps \"##\" as written, with nothing drawn between the marks") {
  // ImGui would read "##" as the start of a hidden id and cut the label there.
  CHECK(ui::imguiLabel("C## and F##") == "C#\xE2\x81\xA0# and F#\xE2\x81\xA0#");
  CHECK(ui::imguiLabel("a#b") == "a#b");
  CHECK(ui::imguiLabel("###") == "#\xE2\x81\xA0#\xE2\x81\xA0#");
}

TEST_CASE("Escape closes a drop-down list opened with the mouse") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=plan;target=genai-engineer", "", "");
  ui.frames(2);
  REQUIRE(ui.click("plan/target"));
  ui.frames(2);
  ui::Rect r;
  REQUIRE(ui.rect("target/best", r));  // the list is open
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  CHECK_FALSE(ui.rect("target/best", r));
  CHECK(ui.state()["target"] == "genai-engineer");  // nothing chosen
}

TEST_CASE("Enter or Space on a drop-down list's chosen entry opens the list, as a select's keys do") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("v1;view=plan;target=genai-engineer", "", "");
  ui.frames(2);
  ui::Rect entry;
  REQUIRE_FALSE(ui.rect("target/mlops-engineer", entry));  // closed
  // Enter on the chosen radio: the list opens, and the choice stays.
  ui.widget().semanticFocus("target/genai-engineer#layer");
  ui.widget().semanticAction("target/genai-engineer#layer", 0, 0);
  ui.frames(2);
  CHECK(ui.rect("target/mlops-engineer", entry));
  CHECK(ui.state()["target"] == "genai-engineer");
  // The arrows go on choosing (the layer focuses and chooses the next radio); the list stays.
  ui.widget().semanticFocus("target/mlops-engineer#layer");
  ui.widget().semanticAction("target/mlops-engineer#layer", 0, 0);
  ui.frames(2);
  CHECK(ui.state()["target"] == "mlops-engineer");
  CHECK(ui.rect("target/mlops-engineer", entry));
  // Enter again closes it.
  ui.widget().semanticAction("target/mlops-engineer#layer", 0, 0);
  ui.frames(2);
  CHECK_FALSE(ui.rect("target/mlops-engineer", entry));
  // Opened again, Tab on out of the group closes it.
  ui.widget().semanticAction("target/mlops-engineer#layer", 0, 0);
  ui.frames(2);
  REQUIRE(ui.rect("target/mlops-engineer", entry));
  ui.widget().semanticFocus("goal/hours");
  ui.frames(2);
  CHECK_FALSE(ui.rect("target/mlops-engineer", entry));
  // One the mouse opened stays open with the focus elsewhere, as before.
  ui.widget().semanticFocus("");
  REQUIRE(ui.click("plan/target"));
  ui.frames(2);
  CHECK(ui.rect("target/mlops-engineer", entry));
  // The other lists do the same: the plans and Side by side's roles.
  for (const char* link : {"v1;view=compare;mode=pair;pair=genai-engineer,mlops-engineer", "v1;view=plan"}) {
    CAPTURE(link);
    UiHarness other(1000, 700);
    loadRealData(other);
    other.widget().restore(link, "", "");
    other.frames(2);
    const bool pair = std::string(link).find("pair") != std::string::npos;
    const std::string chosen = pair ? "pair/a/genai-engineer#layer" : "plans/1#layer";
    const std::string entryName = pair ? "pair/a/mlops-engineer" : "plans/1";
    ui::Rect r;
    REQUIRE_FALSE(other.rect(entryName, r));
    other.widget().semanticFocus(chosen);
    other.widget().semanticAction(chosen, 0, 0);
    other.frames(2);
    CHECK(other.rect(entryName, r));
    other.widget().semanticAction(chosen, 0, 0);
    other.frames(2);
    CHECK_FALSE(other.rect(entryName, r));
  }
}

TEST_CASE("the menu says why an entry is off, Start over that every plan goes, an offline download is said") {
  UiHarness ui(1000, 700);
  loadRealData(ui);
  ui.widget().restore("", "", "v1;view=plan;skills=python.2;target=genai-engineer");
  ui.frames(2);
  const auto nodeOf = [&](const std::string& id) { return test::layerNode(ui, id); };
  const auto textShown = [&](const std::string& text) {
    return ui.widget().semanticsJson().find(text) != std::string::npos;
  };
  const std::string noAddress = "Share and Embed need the page on the web: this copy was opened from a file.";
  // A page opened from a file (no address): Share and Embed are off, and say why.
  REQUIRE(ui.click("menu"));
  CHECK(nodeOf("menu/share")["disabled"] == true);
  CHECK(nodeOf("menu/share")["description"] == noAddress);
  CHECK(nodeOf("menu/embed")["description"] == noAddress);
  CHECK(ui.widget().semanticsJson().find("\"label\":\"" + noAddress + "\"") != std::string::npos);
  CHECK_FALSE(nodeOf("menu/markdown").contains("description"));  // on: nothing to explain
  // An entry that is off takes no press: the menu stays open and nothing is shared.
  REQUIRE(ui.click("menu/share"));
  ui.frames(2);
  ui::Rect open;
  CHECK(ui.rect("menu/markdown", open));
  CHECK(ui.state()["toast"] == "");
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  // On the web they are on, with no note.
  ui.widget().setPageUrl("https://example.org/ce/index.html");
  REQUIRE(ui.click("menu"));
  CHECK_FALSE(nodeOf("menu/share").contains("description"));
  CHECK_FALSE(textShown(noAddress));

  // Start over says what goes: every plan, not only the one on screen.
  REQUIRE(ui.click("menu/reset"));
  CHECK(textShown("Your skill ratings, the courses you marked done and all your plans on this device will be "
                  "cleared. There is no undo."));
  REQUIRE(ui.click("dialog/close"));

  // The offline copy's download began: said (a screen reader may not hear the browser's own bar).
  ui.widget().downloadFinished(0);
  ui.frames(2);
  CHECK(ui.widget().announcement().find("Downloading career-explorer.html") != std::string::npos);
}

// Long lists a page at a time (list_pages.h). My skills at the size limit (10,000 skills): a frame
// lays out and describes one page of kSkillsPage skills, Previous and Next move through the pages,
// and search opens the page that lists the skill it found. From my job with more roles than a
// page: the same, in the order chosen, from its first page again when the order changes. The
// bundled data fits on one page and shows no page controls.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "data_loader.h"
#include "derived.h"
#include "json_document.h"
#include "paths_view.h"
#include "roles_view.h"
#include "skills_view.h"
#include "synthetic_data.h"
#include "test_helpers.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;
using test::layerNode;

namespace {

std::string manySkills() {
  tools::SyntheticSpec spec;
  spec.skills = 10000;
  spec.courses = 50;
  spec.roles = 4;
  spec.profiles = 1;
  spec.seed = 7;
  return tools::syntheticCatalogJson(spec);
}

// 120 roles: more than two pages of every list of roles.
std::string manyRoles() {
  tools::SyntheticSpec spec;
  spec.roles = 120;
  spec.skills = 200;
  spec.skillsPerRole = 12;
  spec.courses = 300;
  spec.profiles = 1;
  spec.seed = 5;
  return tools::syntheticCatalogJson(spec);
}

// The operable layer's items whose names start with `prefix`.
int layerItems(UiHarness& ui, const std::string& prefix) {
  int n = 0;
  const Json layer = Json::parse(ui.widget().semanticsJson());  // kept: the loop reads into it
  for (const Json& node : layer["nodes"])
    if (node.contains("id") && node["id"].get<std::string>().rfind(prefix, 0) == 0) ++n;
  return n;
}

// Types `text` into the search field (the layer's input) and draws until it is searched.
bool searchFor(UiHarness& ui, const std::string& text) {
  ui.widget().semanticFocus("search");
  ui.widget().semanticText("search", text, text.size());
  for (int i = 0; i < 400; ++i) {
    ui.frames(1);
    const Json s = ui.state()["search"];
    if (s["query"] == text && !s["searching"].get<bool>()) return true;
  }
  return false;
}

bool drawnTextHas(UiHarness& ui, const std::string& text) {
  return ui.drawnText().find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("My skills at 10,000 skills: one page of them a frame, and Previous and Next move through") {
  const std::string data = manySkills();
  const core::LoadResult loaded = core::loadCatalog(data);
  REQUIRE(loaded.report.ok());
  ui::SkillsViewState order;
  const auto& skills = order.ordered(loaded.catalog);
  REQUIRE(skills.size() == 10000);

  UiHarness ui(1000, 700);
  ui.widget().loadData(data);
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(3);
  ui::Rect r;
  CHECK(ui.rect("skill/" + skills[0]->id + "/0", r));
  CHECK_FALSE(ui.rect("skill/" + skills[ui::kSkillsPage]->id + "/0", r));
  // Four rating radios a skill, for this page's skills only.
  CHECK(layerItems(ui, "skill/") == static_cast<int>(4 * ui::kSkillsPage));
  CHECK(drawnTextHas(ui, "Skills 1\xE2\x80\x93" "50 of 10,000"));
  // Previous goes nowhere from the first page: the layer says so; Next says what it turns.
  const Json previous = layerNode(ui, "skills/top/page-previous"), next = layerNode(ui, "skills/top/page-next");
  CHECK(previous["label"] == "Previous page of skills");
  CHECK(previous["disabled"] == true);
  CHECK(next["label"] == "Next page of skills");
  CHECK_FALSE(next.contains("disabled"));

  REQUIRE(ui.click("skills/top/page-next"));
  ui.frames(2);
  CHECK(drawnTextHas(ui, "Skills 51\xE2\x80\x93" "100 of 10,000"));
  CHECK(ui.rect("skill/" + skills[ui::kSkillsPage]->id + "/0", r));
  CHECK_FALSE(ui.rect("skill/" + skills[0]->id + "/0", r));
  CHECK(layerItems(ui, "skill/") == static_cast<int>(4 * ui::kSkillsPage));

  // Next at the bottom: the new page is shown from its top.
  REQUIRE(ui.scrollTo("skills/bottom/page-next", 500, 400, 200));
  REQUIRE(ui.click("skills/bottom/page-next"));
  ui.frames(2);
  CHECK(drawnTextHas(ui, "Skills 101\xE2\x80\x93" "150 of 10,000"));
  REQUIRE(ui.rect("skills/top/page-previous", r));
  CHECK(r.y >= 0);
  CHECK_FALSE(Json::parse(ui.widget().semanticsJson()).contains("focus"));  // a mouse click moves no focus

  // The same from the keyboard: the focus goes on from the top's Next, where the page starts.
  REQUIRE(ui.scrollTo("skills/bottom/page-next", 500, 400, 200));
  ui.widget().semanticFocus("skills/bottom/page-next");
  ui.widget().semanticAction("skills/bottom/page-next", 0, 0);
  ui.frames(1);  // the frame that takes the action asks the page to move its focus
  CHECK(Json::parse(ui.widget().semanticsJson())["focus"] == "skills/top/page-next");
  ui.frames(1);
  CHECK(drawnTextHas(ui, "Skills 151\xE2\x80\x93" "200 of 10,000"));
  ui.widget().semanticFocus("skills/top/page-next");

  // A rating on a later page is a rating like any other.
  const std::string rated = skills[3 * ui::kSkillsPage + 3]->id;
  REQUIRE(ui.scrollTo("skill/" + rated + "/2", 500, 400, 200));
  REQUIRE(ui.click("skill/" + rated + "/2"));
  CHECK(ui.state()["ratings"][rated] == 2);

  for (int i = 0; i < 20 && !ui.rect("skills/top/page-previous", r); ++i) ui.wheel(500, 400, 10);  // back up
  REQUIRE(ui.click("skills/top/page-previous"));
  ui.frames(2);
  CHECK(drawnTextHas(ui, "Skills 101\xE2\x80\x93" "150 of 10,000"));
}

TEST_CASE("My skills at 10,000 skills: search opens the page that lists the skill") {
  const std::string data = manySkills();
  const core::LoadResult loaded = core::loadCatalog(data);
  REQUIRE(loaded.report.ok());
  ui::SkillsViewState order;
  const auto& skills = order.ordered(loaded.catalog);
  const core::Skill& wanted = *skills[7777];

  UiHarness ui(1000, 700);
  ui.widget().loadData(data);
  ui.frames(2);
  REQUIRE(searchFor(ui, wanted.name));
  REQUIRE(ui.click("result/skill/" + wanted.id));
  CHECK(ui.state()["view"] == "skills");
  ui.frames(3);
  const std::size_t first = 7777 / ui::kSkillsPage * ui::kSkillsPage + 1;
  CHECK(drawnTextHas(ui, "Skills " + std::to_string(first) + "\xE2\x80\x93"));
  ui::Rect r;
  REQUIRE(ui.rect("skill/" + wanted.id + "/0", r));
  CHECK(r.y >= 0);
  CHECK(r.y + r.h <= 700);  // brought into view
}

TEST_CASE("My skills with the bundled data: every skill on one page, no page controls") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(3);
  const core::LoadResult loaded = core::loadCatalog(test::readFile(CE_DATA_FILE));
  REQUIRE(loaded.catalog.skills.size() <= ui::kSkillsPage);
  CHECK(layerItems(ui, "skill/") == static_cast<int>(4 * loaded.catalog.skills.size()));
  CHECK(layerItems(ui, "skills/top/") == 0);
  CHECK(layerItems(ui, "skills/bottom/") == 0);
  CHECK_FALSE(drawnTextHas(ui, "Skills 1\xE2\x80\x93"));
}

TEST_CASE("From my job with 120 roles: 50 a page, in the order chosen, back to the first page on a new order") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(manyRoles());
  ui.widget().restore("v1;view=compare;mode=paths;psort=name;job=profile-00000", "", "");
  ui.frames(3);
  // getState lists every row, sorted as shown: the first page shows its first 50.
  Json s = ui.state();
  REQUIRE(s["paths"].size() == 120);
  auto roleAt = [&](std::size_t i) { return s["paths"][i]["role"].get<std::string>(); };
  ui::Rect r;
  CHECK(ui.rect("path/" + roleAt(0), r));
  CHECK_FALSE(ui.rect("path/" + roleAt(ui::kPathsPage), r));
  CHECK(layerItems(ui, "path/") == static_cast<int>(ui::kPathsPage));
  CHECK(drawnTextHas(ui, "Roles 1\xE2\x80\x93" "50 of 120"));

  REQUIRE(ui.click("paths/top/page-next"));
  ui.frames(2);  // the page moves the list to its top
  CHECK(drawnTextHas(ui, "Roles 51\xE2\x80\x93" "100 of 120"));
  REQUIRE(ui.click("paths/top/page-next"));
  ui.frames(2);
  CHECK(drawnTextHas(ui, "Roles 101\xE2\x80\x93" "120 of 120"));
  CHECK(layerItems(ui, "path/") == 20);
  CHECK(layerNode(ui, "paths/top/page-next")["disabled"] == true);  // the last page
  REQUIRE(ui.click("paths/top/page-next"));  // and a click on it does nothing
  ui.frames(2);
  CHECK(drawnTextHas(ui, "Roles 101\xE2\x80\x93" "120 of 120"));
  REQUIRE(ui.scrollTo("path/" + roleAt(119), 500, 400, 200));
  REQUIRE(ui.click("path/" + roleAt(119)));
  CHECK(ui.state()["view"] == "plan");
  CHECK(ui.state()["target"] == roleAt(119));

  REQUIRE(ui.click("view/compare"));
  ui.frames(2);
  for (int i = 0; i < 20 && !ui.rect("paths/sort/fit", r); ++i) ui.wheel(500, 400, 10);  // back up
  REQUIRE(ui.click("paths/sort/fit"));
  ui.frames(2);
  s = ui.state();
  CHECK(drawnTextHas(ui, "Roles 1\xE2\x80\x93" "50 of 120"));
  CHECK(ui.rect("path/" + roleAt(0), r));
}

TEST_CASE("Roles with 120 roles: 50 a page, and the page follows a role chosen elsewhere") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(manyRoles());
  ui.frames(3);
  ui::Rect r;
  CHECK(ui.rect("role/role-00000", r));
  CHECK_FALSE(ui.rect("role/role-00050", r));
  // The page's 50, and the next page's first offered to the layer (arrow keys go on to it).
  CHECK(layerItems(ui, "role/") == 51);
  CHECK(layerNode(ui, "role/role-00050")["group"] == "roles");
  CHECK(drawnTextHas(ui, "Roles 1\xE2\x80\x93" "50 of 120"));
  // Chosen from the layer, it shows its page, where it is a drawn row under the same name.
  ui.widget().semanticAction("role/role-00050", 0, 0);
  ui.frames(2);
  CHECK(ui.state()["role"] == "role-00050");
  CHECK(drawnTextHas(ui, "Roles 51\xE2\x80\x93" "100 of 120"));
  CHECK(ui.rect("role/role-00050", r));
  CHECK(layerItems(ui, "role/") == 52);  // with the role before the page and the one after it
  ui.widget().semanticAction("role/role-00049", 0, 0);
  ui.frames(2);
  CHECK(ui.state()["role"] == "role-00049");
  CHECK(drawnTextHas(ui, "Roles 1\xE2\x80\x93" "50 of 120"));
  // Role 49 was brought into view (a frame later: the scroll is applied as the list begins), so
  // the list is scrolled down: on to its Next at the bottom.
  ui.frames(1);
  REQUIRE(ui.rect("role/role-00049", r));
  REQUIRE(ui.scrollTo("roles/bottom/page-next", r.x + r.w / 2, r.y + r.h / 2));
  REQUIRE(ui.click("roles/bottom/page-next"));
  ui.frames(2);
  CHECK(ui.rect("role/role-00050", r));
  // Choosing a role on this page keeps the page.
  REQUIRE(ui.click("role/role-00051"));
  ui.frames(2);
  CHECK(ui.state()["role"] == "role-00051");
  CHECK(drawnTextHas(ui, "Roles 51\xE2\x80\x93" "100 of 120"));
  // A link to a role on the last page shows that page, with the role's row on it.
  ui.widget().restore("v1;role=role-00117", "", "");
  ui.frames(3);
  CHECK(ui.state()["role"] == "role-00117");
  CHECK(drawnTextHas(ui, "Roles 101\xE2\x80\x93" "120 of 120"));
  CHECK(layerNode(ui, "role/role-00117")["checked"] == true);
}

// The reader had scrolled down the first page; search opens a role low on the second. Its row is
// brought into view on that page (it was judged in view where the old scroll drew it, and then
// the new page was shown from its top).
TEST_CASE("Roles with 120 roles: a role search opens on another page is brought into view there") {
  const std::string data = manyRoles();
  const core::LoadResult loaded = core::loadCatalog(data);
  REQUIRE(loaded.report.ok());
  const core::Role& wanted = loaded.catalog.roles[95];
  UiHarness ui(1000, 700);
  ui.widget().loadData(data);
  ui.frames(3);
  ui::Rect r;
  REQUIRE(ui.rect("role/role-00000", r));
  REQUIRE(ui.scrollTo("role/role-00046", r.x + r.w / 2, r.y + r.h / 2));
  REQUIRE(searchFor(ui, wanted.title));
  REQUIRE(ui.click("result/role/" + wanted.id));
  ui.frames(3);
  CHECK(ui.state()["role"] == wanted.id);
  CHECK(drawnTextHas(ui, "Roles 51\xE2\x80\x93" "100 of 120"));
  REQUIRE(ui.rect("role/" + wanted.id, r));
  CHECK(r.y >= 0);
  CHECK(r.y + r.h <= 700);
  // A link to a role at the top of the first page, with the list scrolled down: in view too.
  ui.widget().restore("v1;role=role-00003", "", "");
  ui.frames(3);
  CHECK(drawnTextHas(ui, "Roles 1\xE2\x80\x93" "50 of 120"));
  REQUIRE(ui.rect("role/role-00003", r));
  CHECK(r.y >= 0);
  CHECK(r.y + r.h <= 700);
}

TEST_CASE("Compare with 120 roles: 50 pay rows a page, back to the first page on a new order") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(manyRoles());
  ui.widget().restore("v1;view=compare", "", "");
  ui.frames(3);
  CHECK(layerItems(ui, "compare/role-") == 50);
  CHECK(drawnTextHas(ui, "Roles 1\xE2\x80\x93" "50 of 120"));
  REQUIRE(ui.click("compare/top/page-next"));
  ui.frames(2);
  CHECK(drawnTextHas(ui, "Roles 51\xE2\x80\x93" "100 of 120"));
  CHECK(layerItems(ui, "compare/role-") == 50);
  ui::Rect r;
  for (int i = 0; i < 20 && !ui.rect("sort/entry", r); ++i) ui.wheel(500, 400, 10);  // back up
  REQUIRE(ui.click("sort/entry"));
  ui.frames(2);
  CHECK(drawnTextHas(ui, "Roles 1\xE2\x80\x93" "50 of 120"));
}

TEST_CASE("Plan with 120 roles: the layer offers the 50 targets around the chosen one, and stepping on reaches them all") {
  const std::string data = manyRoles();
  const core::LoadResult loaded = core::loadCatalog(data);
  REQUIRE(loaded.report.ok());
  const core::AppState start = core::initialState(loaded.catalog);
  const std::vector<core::RoleFit> ranking = core::derive(loaded.catalog, start, 0).ranking;  // the picker's order
  REQUIRE(ranking.size() == 120);
  UiHarness ui(1000, 700);
  ui.widget().loadData(data);
  ui.widget().restore("v1;view=plan", "", "");
  ui.frames(3);
  CHECK(layerItems(ui, "target/") == 51);  // "Best fit" and 50 roles
  // Each step checks the next role, as an arrow key does in the layer: the next one is always
  // offered, so the whole list is reached.
  for (const core::RoleFit& f : ranking) {
    const std::string id = "target/" + f.role->id + "#layer";
    REQUIRE_MESSAGE(!layerNode(ui, id).is_null(), id);
    ui.widget().semanticAction(id, 0, 0);
    ui.frames(2);
    CHECK(layerNode(ui, id)["checked"] == true);
  }
  CHECK(ui.state()["target"] == ranking.back().role->id);
  CHECK(layerItems(ui, "target/") == 51);
}

TEST_CASE("Side by side with 120 roles: each role picker offers the layer the 50 roles around its choice") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(manyRoles());
  ui.widget().restore("v1;view=compare;mode=pair", "", "");
  ui.frames(3);
  CHECK(layerItems(ui, "pair/a/role-") == 50);
  CHECK(layerItems(ui, "pair/b/role-") == 50);
  ui.widget().restore("v1;view=compare;mode=pair;pair=role-00100,role-00003", "", "");
  ui.frames(3);
  CHECK(layerNode(ui, "pair/a/role-00100#layer")["checked"] == true);
  CHECK(layerNode(ui, "pair/b/role-00003#layer")["checked"] == true);
  CHECK(layerItems(ui, "pair/a/role-") == 50);
}

TEST_CASE("a role's profile with 2,500 courses: at most 48 cards, and search opens a course deep in the list") {
  tools::SyntheticSpec spec;
  spec.courses = 2500;
  spec.roles = 2;
  spec.skills = 20;
  spec.skillsPerRole = 16;
  spec.seed = 11;
  const std::string data = tools::syntheticCatalogJson(spec);
  const core::LoadResult loaded = core::loadCatalog(data);
  REQUIRE(loaded.report.ok());
  const core::Role& role = *loaded.catalog.findRole("role-00000");
  const std::vector<const core::Course*> courses = core::coursesForRole(loaded.catalog, role);
  REQUIRE(courses.size() > 2000);

  UiHarness ui(1000, 700);
  ui.widget().loadData(data);
  ui.widget().restore("v1;role=role-00000", "", "");
  ui.frames(3);
  CHECK(layerItems(ui, "course/") == static_cast<int>(ui::kCoursesPage));
  for (int i = 0; i < 6; ++i) {
    REQUIRE(ui.scrollTo("courses/more", 700, 400, 300));
    REQUIRE(ui.click("courses/more"));
    ui.frames(1);
  }
  // Seven pages asked for, four shown: the first three made way, and can be brought back.
  CHECK(layerItems(ui, "course/") == static_cast<int>(ui::kMostCoursesShown));
  CHECK(layerNode(ui, "course/" + courses[3 * ui::kCoursesPage - 1]->id).is_null());
  CHECK_FALSE(layerNode(ui, "course/" + courses[6 * ui::kCoursesPage]->id).is_null());
  CHECK(drawnTextHas(ui, "Show earlier courses (36 before)"));
  ui.widget().semanticAction("courses/earlier", 0, 0);
  ui.frames(2);
  CHECK_FALSE(layerNode(ui, "course/" + courses[2 * ui::kCoursesPage]->id).is_null());
  CHECK(layerItems(ui, "course/") == static_cast<int>(ui::kMostCoursesShown));

  // Search for a course near the end of the list: its page of the profile, not 2,000 cards.
  const core::Course& deep = *courses[courses.size() - 5];
  REQUIRE(searchFor(ui, deep.title));
  ui.widget().semanticAction("result/course/" + deep.id, 0, 0);
  ui.frames(3);
  CHECK(ui.state()["role"] == "role-00000");
  CHECK_FALSE(layerNode(ui, "course/" + deep.id).is_null());
  CHECK(layerItems(ui, "course/") <= static_cast<int>(ui::kCoursesPage));
}

TEST_CASE("new data after a long list: My skills lists the new catalogue's skills, from its first page") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(manySkills());
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(2);
  REQUIRE(ui.click("skills/top/page-next"));
  ui.frames(2);
  // The bundled data replaces it (as a page's retry or a script would load data again).
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(3);
  const core::LoadResult loaded = core::loadCatalog(test::readFile(CE_DATA_FILE));
  CHECK(layerItems(ui, "skill/") == static_cast<int>(4 * loaded.catalog.skills.size()));
  CHECK_FALSE(layerNode(ui, "skill/python/0").is_null());
  CHECK(layerItems(ui, "skills/top/") == 0);
}

// Sharing at the data limits: a reader with thousands of ratings by hand gets a plain answer
// instead of a link that would open the start view, the address bar holds no such link (a reload
// opens the saved progress), and a job's ratings cost a link only what was changed.
#include <doctest/doctest.h>

#include <string>

#include "data_loader.h"
#include "share_link.h"
#include "synthetic_data.h"
#include "ui_harness.h"

using test::UiHarness;

namespace {

const std::string& wideData() {
  static const std::string data = [] {
    tools::SyntheticSpec spec;
    spec.skills = 3000;
    spec.courses = 50;
    spec.roles = 4;
    spec.profiles = 1;
    spec.seed = 9;
    return tools::syntheticCatalogJson(spec);
  }();
  return data;
}

const core::Catalog& wideCatalog() {
  static const core::LoadResult loaded = core::loadCatalog(wideData());
  return loaded.catalog;
}

// Saved progress with every skill rated by hand.
std::string everySkillRated() {
  const core::Catalog& c = wideCatalog();
  core::AppState s = core::initialState(c);
  for (const core::Skill& skill : c.skills) core::rateSkill(s, c, skill.id, 2);
  return core::encodeFragment(s);
}

}  // namespace

TEST_CASE("Share with thousands of ratings by hand says why there is no link, and copies nothing") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(wideData());
  ui.widget().setPageUrl("https://w.example/ce/index.html");
  const std::string saved = everySkillRated();
  REQUIRE(saved.size() > core::kMaxFragmentLength);
  ui.widget().restore("", "", saved);
  ui.frames(2);
  CHECK(ui.state()["ratings"].size() == 3000);  // all of them came back, not the first 512
  // The address holds no state rather than one that would not open again.
  CHECK(ui.widget().historyUpdate().fragment.empty());

  UiHarness::clearCalls();
  REQUIRE(ui.click("share"));
  ui.frames(2);
  CHECK(UiHarness::calls().copied.empty());
  CHECK(ui.state()["dialog"] == "This view is too much for a link");
  CHECK(ui.drawnText().find("With 3,000 skills rated, the link would be") != std::string::npos);
  CHECK(ui.drawnText().find("Your progress stays saved in this browser.") != std::string::npos);
  REQUIRE(ui.click("dialog/close"));
  ui.frames(2);
  CHECK(ui.state()["dialog"] == "");

  // The embed dialog's "include my progress" says the same, and its snippet starts at the view.
  REQUIRE(ui.click("menu"));
  REQUIRE(ui.click("menu/embed"));
  ui.frames(2);
  REQUIRE(ui.click("dialog/progress"));
  ui.frames(3);
  CHECK(ui.drawnText().find("Your ratings are too many for a snippet") != std::string::npos);
  REQUIRE(ui.click("dialog/copy"));
  ui.frames(2);
  REQUIRE(UiHarness::calls().copied.size() == 1);
  CHECK(UiHarness::calls().copied[0].find("skills=") == std::string::npos);
}

TEST_CASE("Share after choosing a job with 1,500 ratings copies a short link that reopens them") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(wideData());
  ui.widget().setPageUrl("https://w.example/ce/index.html");
  ui.widget().restore("v1;view=compare;mode=paths", "", "");
  ui.frames(2);
  const std::string job = wideCatalog().profiles[0].id;
  REQUIRE(ui.click("profile/" + job));
  ui.frames(2);
  REQUIRE(ui.state()["ratings"].size() > 1000);
  UiHarness::clearCalls();
  REQUIRE(ui.click("share"));
  ui.frames(2);
  REQUIRE(UiHarness::calls().copied.size() == 1);
  const std::string link = UiHarness::calls().copied[0];
  CHECK(link.size() < 200);
  CHECK(link.find(";job=" + job + ";changed=") != std::string::npos);
  CHECK(ui.widget().historyUpdate().fragment == link.substr(link.find('#') + 1));

  // The link in another browser: every rating of the job, and nothing said against it.
  UiHarness other(1000, 700);
  other.widget().loadData(wideData());
  other.widget().restore(link.substr(link.find('#')), "", "");
  other.frames(2);
  CHECK(other.state()["ratings"] == ui.state()["ratings"]);
  CHECK(other.state()["job"] == job);
  CHECK(other.state()["notices"].size() == 0);
}

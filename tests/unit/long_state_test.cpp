// The reader's state at the data limits: saved progress that lists thousands of ratings and done
// courses, and links that carry a job's ratings as changes from its profile.
#include <doctest/doctest.h>

#include <random>

#include "links.h"
#include "share_link.h"
#include "synthetic_data.h"
#include "test_helpers.h"

using core::AppState;

namespace {

// 10,000 skills (the most a file may have), 2,000 courses (more than the 512 a link once read),
// one profile rating about half of the skills.
const core::Catalog& wide() {
  static const core::LoadResult loaded = [] {
    tools::SyntheticSpec spec;
    spec.skills = static_cast<int>(core::kMaxSkillsInFile);
    spec.courses = 2000;
    spec.roles = 4;
    spec.profiles = 1;
    spec.seed = 3;
    return core::loadCatalog(tools::syntheticCatalogJson(spec));
  }();
  REQUIRE(loaded.report.ok());
  return loaded.catalog;
}

const core::Catalog& real() {
  static const core::LoadResult loaded = core::loadCatalog(test::realData());
  return loaded.catalog;
}

// Every skill rated, every course done: the longest saved progress this catalogue allows.
AppState everything(const core::Catalog& c) {
  AppState s = core::initialState(c);
  for (std::size_t i = 0; i < c.skills.size(); ++i) core::rateSkill(s, c, c.skills[i].id, 1 + static_cast<int>(i % 3));
  for (const core::Course& course : c.courses) core::toggleDone(s, c, course.id);
  return s;
}

}  // namespace

TEST_CASE("saved progress keeps every rating and done course of a catalogue at the limits") {
  const core::Catalog& c = wide();
  const AppState s = everything(c);
  REQUIRE(s.ratings.size() == core::kMaxSkillsInFile);
  REQUIRE(s.done.size() == 2000);
  const std::string saved = core::encodeFragment(s);
  CHECK(saved.size() > core::kMaxFragmentLength);  // longer than any link may be
  CHECK(saved.size() <= core::kMaxSavedLength);

  const core::DecodedFragment d = core::decodeFragment(saved, c, core::kMaxSavedLength);
  CHECK(d.notices.empty());
  CHECK(d.state == s);
  // A reload: no link, the saved progress. It used to come back empty ("it is too long"), and
  // a shorter one lost every rating past the 512th.
  const core::Startup start = core::resolveStartup(c, {"", "", saved});
  CHECK(start.notices.empty());
  CHECK(start.state == s);
  CHECK(start.savedFragment == saved);
}

TEST_CASE("a link with a job carries only the ratings changed from the job's profile") {
  const core::Catalog& c = wide();
  AppState s = core::initialState(c);
  core::applyProfile(s, c, c.profiles[0].id);
  REQUIRE(s.ratings.size() > 4000);
  const std::string asTheJob = core::encodeLink(s, c);
  CHECK(asTheJob.size() < 100);
  CHECK(asTheJob.find(";job=" + c.profiles[0].id + ";changed=") != std::string::npos);
  CHECK(asTheJob.find("skills=") == std::string::npos);
  core::DecodedFragment d = core::decodeFragment(asTheJob, c);
  CHECK(d.notices.empty());
  CHECK(d.state == s);

  // One raised, one cleared, one added: three changes, the same three after the round trip.
  auto rated = s.ratings.begin();
  const std::string raised = rated->first, cleared = std::next(rated)->first;
  core::rateSkill(s, c, raised, rated->second == 3 ? 1 : 3);
  core::rateSkill(s, c, cleared, 0);
  std::string added;
  for (const core::Skill& skill : c.skills)
    if (!s.ratings.count(skill.id) && skill.id != cleared) {
      added = skill.id;
      break;
    }
  core::rateSkill(s, c, added, 2);
  const std::string adjusted = core::encodeLink(s, c);
  CHECK(adjusted.size() < 200);
  CHECK(adjusted.find(cleared + ".0") != std::string::npos);
  CHECK(adjusted.find(added + ".2") != std::string::npos);
  d = core::decodeFragment(adjusted, c);
  CHECK(d.notices.empty());
  CHECK(d.state == s);
  bool changed = false;
  CHECK(core::jobProfile(d.state, c, &changed) != nullptr);
  CHECK(changed);
  // What the device saves still lists every rating: it means the same if the profile changes.
  CHECK(core::encodeFragment(s).find("skills=") != std::string::npos);
  CHECK(core::sharedLink(s, c).size() <= core::kMaxFragmentLength);
}

TEST_CASE("many ratings by hand make a link too long to open: the share action is told") {
  const core::Catalog& c = wide();
  const AppState s = everything(c);
  CHECK(core::sharedLink(s, c).size() > core::kMaxFragmentLength);
  CHECK(core::encodeLink(s, c) == core::encodeFragment(s));  // no job: every rating is written
  // The embed dialog's snippet leaves the progress out then, and says so.
  const core::EmbedOffer offer = core::embedOffer("https://e.org/ce/", s, c, true);
  CHECK(offer.progressLeftOut);
  CHECK(offer.snippet == core::embedSnippet("https://e.org/ce/", s, c, false));
  // Such a link in the address bar is turned down with a notice; the saved progress opens instead.
  const std::string saved = core::encodeFragment(s);
  const core::Startup start = core::resolveStartup(c, {saved, "", saved});
  CHECK(start.state == s);
  REQUIRE(start.notices.size() == 1);
  CHECK(start.notices[0] == "The link could not be read (it is too long); showing your saved progress.");
  CHECK_FALSE(start.viewingLink);
  // Without saved progress it is the start view: the page's (an embed's data-state), else the first role.
  const core::Startup fresh = core::resolveStartup(c, {saved, "", ""});
  CHECK(fresh.state == core::initialState(c));
  REQUIRE(fresh.notices.size() == 1);
  CHECK(fresh.notices[0] == "The link could not be read (it is too long); showing the start view.");
  const core::Startup embedded = core::resolveStartup(c, {saved, "v1;view=compare", ""});
  CHECK(embedded.state.view == core::View::Compare);
  CHECK(embedded.state.ratings.empty());
  CHECK(embedded.notices == fresh.notices);
}

TEST_CASE("links with a job: decode(encodeLink(s)) == s for random readers of the bundled data") {
  const core::Catalog& c = real();
  REQUIRE(c.profiles.size() >= 2);
  std::mt19937 rng(23);
  for (int i = 0; i < 500; ++i) {
    AppState s = core::initialState(c);
    core::applyProfile(s, c, c.profiles[rng() % c.profiles.size()].id);
    const int tweaks = static_cast<int>(rng() % 6);
    for (int t = 0; t < tweaks; ++t)
      core::rateSkill(s, c, c.skills[rng() % c.skills.size()].id, static_cast<int>(rng() % 4));
    if (rng() % 4 == 0) core::toggleDone(s, c, c.courses[rng() % c.courses.size()].id);
    const std::string link = core::encodeLink(s, c);
    CAPTURE(link);
    CHECK(link.size() <= core::encodeFragment(s).size());
    const core::DecodedFragment d = core::decodeFragment(link, c);
    CHECK(d.notices.empty());
    CHECK(d.state == s);
  }
}

TEST_CASE("older links keep their meaning, and `changed` beside `skills` is ignored with a notice") {
  const core::Catalog& c = real();
  const std::string job = c.profiles[0].id;
  // Every rating listed, the job only named: exactly those ratings, as before.
  core::DecodedFragment d = core::decodeFragment("v1;skills=python.2;job=" + job, c);
  CHECK(d.notices.empty());
  CHECK(d.state.ratings == core::Ratings{{"python", 2}});
  CHECK(d.state.job == job);

  AppState asJob = core::initialState(c);
  core::applyProfile(asJob, c, job);
  d = core::decodeFragment("v1;job=" + job + ";changed=", c);
  CHECK(d.state.ratings == asJob.ratings);
  d = core::decodeFragment("v1;skills=python.2;job=" + job + ";changed=nlp.3", c);
  CHECK(d.state.ratings == core::Ratings{{"python", 2}});
  CHECK(d.notices == std::vector<std::string>{"1 part of the link was not understood and ignored."});
  // A job the data no longer has: its changes still apply, the job is dropped and said so.
  d = core::decodeFragment("v1;job=no-such-job;changed=python.3,nlp.0", c);
  CHECK(d.state.ratings == core::Ratings{{"python", 3}});
  CHECK(d.state.job.empty());
  CHECK(d.notices.size() == 1);
}

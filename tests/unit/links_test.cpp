// Where a visit starts, what a share link and an embed snippet carry, and the Back button's
// notion of a place.
#include <doctest/doctest.h>

#include "links.h"
#include "navigation.h"
#include "share_link.h"
#include "test_helpers.h"

namespace {

const core::Catalog& catalog() {
  static const core::LoadResult loaded = core::loadCatalog(test::realData());
  return loaded.catalog;
}

// A reader with ratings, a plan choice and a done course, looking at one role.
core::AppState busyReader() {
  const core::Catalog& c = catalog();
  core::AppState s = core::initialState(c);
  core::rateSkill(s, c, c.skills[0].id, 2);
  core::setGoal(s, core::PlanGoal::LeastCost);
  core::toggleDone(s, c, c.courses[0].id);
  core::selectRole(s, c, c.roles[2].id);
  core::showView(s, core::View::Plan);
  return s;
}

}  // namespace

TEST_CASE("a returning embed reader gets their saved progress, not the blogger's starting view") {
  const std::string saved = core::encodeFragment(busyReader());
  core::Startup s = core::resolveStartup(catalog(), {"", "v1;view=compare", saved});
  CHECK(core::encodeFragment(s.state) == saved);
  CHECK_FALSE(s.viewingLink);  // no "shared link" banner
  CHECK(s.notices.empty());
}

TEST_CASE("a first-time embed reader starts on the blogger's starting view") {
  core::Startup s = core::resolveStartup(catalog(), {"", "v1;view=compare", ""});
  CHECK(s.state.view == core::View::Compare);
  CHECK_FALSE(s.viewingLink);
}

TEST_CASE("a link wins over saved progress and is only looked at while they differ") {
  const std::string saved = core::encodeFragment(busyReader());
  core::Startup s = core::resolveStartup(catalog(), {"#v1;view=skills", "v1;view=compare", saved});
  CHECK(s.state.view == core::View::Skills);
  CHECK(s.viewingLink);
  CHECK(s.savedFragment == saved);
  core::Startup same = core::resolveStartup(catalog(), {saved, "", saved});
  CHECK_FALSE(same.viewingLink);
}

TEST_CASE("a broken starting view falls back with a notice, like a broken link") {
  core::Startup s = core::resolveStartup(catalog(), {"", "v9;view=plan", ""});
  CHECK(s.state.view == core::View::Roles);
  CHECK(s.notices.size() == 1);
}

TEST_CASE("a starting view's parts left out are said as the page's, not as a link's") {
  // (The reader followed no link: the page, an embed's data-state, started there.)
  core::Startup s = core::resolveStartup(catalog(), {"", "v1;view=plan;done=ghost-course;colour=red", ""});
  CHECK(s.state.view == core::View::Plan);
  CHECK(s.notices == std::vector<std::string>{
                         "1 item of this page's starting view is not in the data and was left out.",
                         "1 part of this page's starting view was not understood and ignored."});
  // The same as a link the reader followed.
  CHECK(core::resolveStartup(catalog(), {"v1;view=plan;done=ghost-course;colour=red", "", ""}).notices ==
        std::vector<std::string>{"1 item of the link is not in the data and was left out.",
                                 "1 part of the link was not understood and ignored."});
}

TEST_CASE("saved progress that cannot be read, or names what the data lost, is said, not dropped silently") {
  const core::Catalog& c = catalog();
  core::Startup newer = core::resolveStartup(c, {"", "", "v2;view=plan;skills=python.3"});
  CHECK(newer.state.view == core::View::Roles);
  REQUIRE(newer.notices.size() == 1);
  CHECK(newer.notices[0] == "Your saved progress could not be read (it is from an unknown version), so this "
                            "starts afresh; what you change is saved in its place.");
  // Said over a link as well (the link is shown, but the saved progress is still at stake).
  core::Startup linked = core::resolveStartup(c, {"#v1;view=skills", "", "garbage"});
  CHECK(linked.state.view == core::View::Skills);
  REQUIRE_FALSE(linked.notices.empty());
  CHECK(linked.notices[0].rfind("Your saved progress could not be read", 0) == 0);

  const std::string skill = c.skills[0].id;
  core::Startup ghosts = core::resolveStartup(
      c, {"", "", "v1;view=plan;skills=" + skill + ".3,ghost.2,old-skill.3;done=ghost-course;target=retired-role"});
  CHECK(ghosts.state.view == core::View::Plan);
  CHECK(ghosts.state.ratings.size() == 1);
  CHECK(ghosts.notices == std::vector<std::string>{
                              "4 items of your saved progress are not in the data and were left out."});
  // Nothing to say about progress that reads whole, or about none.
  CHECK(core::resolveStartup(c, {"", "", core::encodeFragment(busyReader())}).notices.empty());
  CHECK(core::resolveStartup(c, {"", "", ""}).notices.empty());
}

TEST_CASE("a link's extra plans are counted with the rest: one notice per kind, never two that disagree") {
  const std::string many = std::string(1000, 'x');
  core::DecodedFragment d = core::decodeFragment(
      "v1;plans=name.a.name.b.target." + many + ".hours.0.hours.40.budget.1e9.level.zz", catalog());
  int notUnderstood = 0;
  for (const std::string& n : d.notices) notUnderstood += n.find("not understood") != std::string::npos;
  CHECK(notUnderstood == 1);
  CHECK(d.notices == core::fragmentNotices(d, "the link"));
}

TEST_CASE("the embed snippet carries the view and role only unless asked") {
  const core::AppState reader = busyReader();
  const std::string plain = core::embedSnippet("https://example.org/ce/index.html?x=1#v1", reader, catalog(), false);
  CHECK(plain.find("src=\"https://example.org/ce/embed.js\"") != std::string::npos);
  CHECK(plain.find("data-state=\"v1;view=plan;role=" + reader.role + "\"") != std::string::npos);
  for (const char* personal : {"skills=", "done=", "goal="}) CHECK(plain.find(personal) == std::string::npos);
  const std::string full = core::embedSnippet("https://example.org/ce/", reader, catalog(), true);
  for (const char* personal : {"skills=", "done=", "goal=cost"}) CHECK(full.find(personal) != std::string::npos);
  // The dialog's offer: the same two snippets, and progress that fits is never left out.
  const core::EmbedOffer asked = core::embedOffer("https://example.org/ce/", reader, catalog(), true);
  CHECK(asked.snippet == full);
  CHECK_FALSE(asked.progressLeftOut);
  const core::EmbedOffer plainOffer = core::embedOffer("https://example.org/ce/index.html?x=1#v1", reader, catalog(), false);
  CHECK(plainOffer.snippet == plain);
  CHECK_FALSE(plainOffer.progressLeftOut);
}

TEST_CASE("the embed snippet escapes a hostile page address") {
  const std::string s = core::embedSnippet("https://e.org/\"><script>x</script>/index.html", busyReader(), catalog(), false);
  CHECK(s.find("<script>x") == std::string::npos);
  CHECK(s.find("&quot;&gt;&lt;script&gt;") != std::string::npos);
}

TEST_CASE("share links: the widget page's fragment, or the article's with the prefix") {
  const core::AppState reader = busyReader();
  const std::string fragment = core::encodeFragment(reader);
  CHECK(core::shareUrl("https://w.example/index.html#old", core::PageKind::Widget, reader, catalog()) ==
        "https://w.example/index.html#" + fragment);
  CHECK(core::shareUrl("https://blog.example/post?p=2#comments", core::PageKind::Article, reader, catalog()) ==
        "https://blog.example/post?p=2#career-explorer:" + fragment);
  // In two steps (the share action measures the link before it builds the address): the same.
  const std::string link = core::sharedLink(reader, catalog());
  CHECK(link == fragment);
  CHECK(core::shareUrlWith("https://blog.example/post?p=2#comments", core::PageKind::Article, link) ==
        core::shareUrl("https://blog.example/post?p=2#comments", core::PageKind::Article, reader, catalog()));
  // The second widget of an article, or one the blogger named: its own prefix, so that the link
  // opens that widget only. A widget's own page has no prefix.
  CHECK(core::shareUrlWith("https://blog.example/post", core::PageKind::Article, link, "2") ==
        "https://blog.example/post#career-explorer-2:" + fragment);
  CHECK(core::shareUrlWith("https://blog.example/post", core::PageKind::Article, link, "plan-widget") ==
        "https://blog.example/post#career-explorer-plan-widget:" + fragment);
  CHECK(core::shareUrlWith("https://w.example/", core::PageKind::Widget, link, "2") == "https://w.example/#" + fragment);
}

TEST_CASE("links: an article's widget keys are short, lower-case letters, digits and '-'") {
  CHECK(core::isArticleKey("2"));
  CHECK(core::isArticleKey("plan-widget"));
  CHECK(core::isArticleKey(std::string(core::kMaxArticleKeyLength, 'a')));
  CHECK_FALSE(core::isArticleKey(""));
  CHECK_FALSE(core::isArticleKey(std::string(core::kMaxArticleKeyLength + 1, 'a')));
  for (const char* bad : {"Plan", "a:b", "a b", "a#b", "\xC3\xA9", "a/b", "a;b"}) CHECK_FALSE(core::isArticleKey(bad));
  CHECK(core::articleFragmentPrefix("") == "career-explorer:");
  CHECK(core::articleFragmentPrefix("3") == "career-explorer-3:");
}

TEST_CASE("places: views, an opened role and a dialog are places, settings are not") {
  const core::Catalog& c = catalog();
  core::AppState s = core::initialState(c);
  const core::Place start = core::placeOf(s, false, "");
  core::AppState rated = s;
  core::rateSkill(rated, c, c.skills[0].id, 3);
  core::setHoursPerWeek(rated, 9);
  CHECK(core::placeOf(rated, false, "") == start);
  core::AppState compare = s;
  core::showView(compare, core::View::Compare);
  CHECK(core::placeOf(compare, false, "") != start);
  CHECK(core::placeOf(s, true, "") != start);
  core::AppState other = s;
  core::selectRole(other, c, c.roles[3].id);
  CHECK(core::placeOf(other, true, "") != core::placeOf(s, true, ""));  // another role's profile
  CHECK(core::placeOf(other, false, "") == start);  // the list of roles, either way
  CHECK(core::placeOf(s, false, "embed") != start);
  // Outside Roles the selected role is not part of the place.
  core::AppState plan = s;
  core::showView(plan, core::View::Plan);
  core::AppState plan2 = plan;
  core::selectRole(plan2, c, c.roles[3].id);
  CHECK(core::placeOf(plan, false, "") == core::placeOf(plan2, false, ""));
}

TEST_CASE("places survive their history entry, and hostile entries decode to something small") {
  core::Place p{core::View::Roles, "mlops-engineer", true, "embed"};
  CHECK(core::decodePlace(core::encodePlace(p)) == p);
  core::Place q = core::decodePlace("plan|x|1|");
  CHECK(q.view == core::View::Plan);
  CHECK(q.role.empty());
  CHECK(core::decodePlace("").view == core::View::Roles);
  CHECK(core::decodePlace(std::string(100000, 'a') + "|" + std::string(100000, 'b')).dialog.size() <= 200);
}

// Places the history tests move between: a role, My skills, and a dialog opened over it.
namespace {
const core::Place kRoles{core::View::Roles, "a", false, ""};
const core::Place kSkills{core::View::Skills, "", false, ""};
const core::Place kDialog{core::View::Skills, "", false, "embed"};
}  // namespace

TEST_CASE("the Back button's history: push new places, go back to the one just left") {
  using Step = core::PlaceHistory::Step;
  core::PlaceHistory h;
  h.reset(kRoles);
  CHECK(h.moveTo(kRoles, false) == Step::None);
  CHECK(h.moveTo(kRoles, true) == Step::Replace);
  CHECK(h.moveTo(kSkills, true) == Step::Push);
  CHECK(h.depth() == 1);
  CHECK(h.moveTo(kDialog, false) == Step::Push);
  CHECK(h.moveTo(kSkills, false) == Step::Back);  // closing the dialog is Back
  CHECK(h.depth() == 1);
  h.arrivedAt(0, kRoles, kRoles);  // the browser's Back
  CHECK(h.depth() == 0);
  h.arrivedAt(1, kSkills, kSkills);  // and Forward
  CHECK(h.depth() == 1);
  h.arrivedAt(7, kDialog, kDialog);  // an entry it never made: start from there
  CHECK(h.depth() == 0);
}

TEST_CASE("the Back button's history: Forward or Back onto a closed dialog's entry goes back from it") {
  using Step = core::PlaceHistory::Step;
  const core::Place compare{core::View::Compare, "", false, ""};
  core::PlaceHistory h;
  h.reset(kRoles);
  CHECK(h.moveTo(kSkills, false) == Step::Push);
  CHECK(h.moveTo(kDialog, false) == Step::Push);
  CHECK(h.moveTo(kSkills, false) == Step::Back);  // the dialog closed
  h.arrivedAt(1, kSkills, kSkills);
  // Forward: the entry holds the dialog, the widget does not open it again. The history stays
  // on the entry, so the widget's next step closes it as before: Back, to where it was opened.
  h.arrivedAt(2, kDialog, kSkills);
  CHECK(h.depth() == 2);
  CHECK(h.moveTo(kSkills, false) == Step::Back);
  CHECK(h.depth() == 1);
  h.arrivedAt(1, kSkills, kSkills);
  CHECK(h.depth() == 1);

  // Back from a later place onto it goes on past it.
  core::PlaceHistory later;
  later.reset(kSkills);
  CHECK(later.moveTo(kDialog, false) == Step::Push);
  CHECK(later.moveTo(compare, false) == Step::Push);  // the dialog led elsewhere
  later.arrivedAt(1, kDialog, kSkills);
  CHECK(later.moveTo(kSkills, false) == Step::Back);
  CHECK(later.depth() == 0);

  // An entry this history did not make, or whose place below is not what the widget shows,
  // is started from as shown (replaced, never a step back into the unknown).
  core::PlaceHistory fresh;
  fresh.reset(kRoles);
  fresh.arrivedAt(3, kDialog, kSkills);
  CHECK(fresh.depth() == 0);
  CHECK(fresh.moveTo(kSkills, true) == Step::Replace);
  core::PlaceHistory other;
  other.reset(kRoles);
  CHECK(other.moveTo(kDialog, false) == Step::Push);  // (opened over another place than shown)
  other.arrivedAt(1, kDialog, kSkills);
  CHECK(other.depth() == 0);
  CHECK(other.moveTo(kSkills, true) == Step::Replace);
}

TEST_CASE("the Back button's history: only closing what was opened on top is Back") {
  using Step = core::PlaceHistory::Step;
  const core::Place list{core::View::Roles, "a", false, ""};
  const core::Place profile{core::View::Roles, "b", true, ""};
  const core::Place compare{core::View::Compare, "", false, ""};
  const core::Place roleA{core::View::Roles, "a", false, ""};

  core::PlaceHistory phone;
  phone.reset(list);
  CHECK(phone.moveTo(profile, false) == Step::Push);
  CHECK(phone.moveTo(list, false) == Step::Back);  // "All roles" closes the profile
  CHECK(phone.depth() == 0);

  // Back to an earlier place by a tab or a search result is a new step: the browser's Back then
  // returns to Compare, and only the next one leaves the page.
  core::PlaceHistory h;
  h.reset(roleA);
  CHECK(h.moveTo(compare, false) == Step::Push);
  CHECK(h.moveTo(roleA, false) == Step::Push);
  CHECK(h.depth() == 2);
  h.arrivedAt(1, compare, compare);
  CHECK(h.depth() == 1);

  CHECK(core::opensOnTop({core::View::Plan, "", false, "embed"}, {core::View::Plan, "", false, ""}));
  CHECK_FALSE(core::opensOnTop({core::View::Plan, "", false, "embed"}, {core::View::Skills, "", false, ""}));
  CHECK_FALSE(core::opensOnTop(compare, roleA));
  CHECK_FALSE(core::opensOnTop(list, profile));
  CHECK_FALSE(core::opensOnTop({core::View::Plan, "", false, ""}, {core::View::Plan, "", false, "embed"}));
}

TEST_CASE("the Back button's history: a run of arrow keys through one group is one step") {
  using Step = core::PlaceHistory::Step;
  // (Beside the list, a role shown is open: core::Place.)
  const auto role = [](const char* id) { return core::Place{core::View::Roles, id, true, ""}; };
  const core::Place compare{core::View::Compare, "", false, ""};
  core::PlaceHistory h;
  h.reset(role("a"));
  CHECK(h.moveTo(role("b"), true, "roles") == Step::Push);  // the first arrow: a step
  CHECK(h.moveTo(role("c"), true, "roles") == Step::Replace);  // the next ones rewrite it
  CHECK(h.moveTo(role("d"), true, "roles") == Step::Replace);
  CHECK(h.depth() == 1);
  CHECK(h.moveTo(role("d"), true, "roles") == Step::Replace);  // (settings only, as before)
  h.arrivedAt(1, role("d"), role("d"));  // the entry holds where the arrows stopped
  CHECK(h.depth() == 1);

  // Another group's arrows, a click, or Back and Forward in between start a new step.
  CHECK(h.moveTo(compare, true, "views") == Step::Push);
  CHECK(h.moveTo(role("d"), true, "views") == Step::Replace);
  CHECK(h.moveTo(role("e"), true, "roles") == Step::Push);
  CHECK(h.moveTo(role("f"), true) == Step::Push);  // a click
  CHECK(h.moveTo(role("g"), true, "roles") == Step::Push);
  CHECK(h.depth() == 5);
  h.arrivedAt(4, role("f"), role("f"));
  CHECK(h.moveTo(role("h"), true, "roles") == Step::Push);
  CHECK(h.moveTo(role("i"), true, "roles") == Step::Replace);
  CHECK(h.depth() == 5);

  // A dialog the arrows' place opened and closed again: the next arrow is a step of its own.
  const core::Place dialog{core::View::Roles, "i", true, "embed"};
  CHECK(h.moveTo(dialog, false) == Step::Push);
  CHECK(h.moveTo(role("i"), false) == Step::Back);
  CHECK(h.moveTo(role("j"), true, "roles") == Step::Push);
}

TEST_CASE("the Back button's history stays bounded") {
  core::PlaceHistory h;
  h.reset({});
  for (int i = 0; i < 1000; ++i)
    h.moveTo(core::Place{core::View::Roles, "r" + std::to_string(i), true, ""}, false);
  CHECK(h.depth() == core::PlaceHistory::kMaxSteps - 1);
}

TEST_CASE("going to a place keeps every setting") {
  const core::Catalog& c = catalog();
  core::AppState s = busyReader();
  const core::AppState before = s;
  core::goToPlace(s, c, core::Place{core::View::Roles, c.roles[4].id, true, ""});
  CHECK(s.view == core::View::Roles);
  CHECK(s.role == c.roles[4].id);
  CHECK(s.ratings == before.ratings);
  CHECK(s.done == before.done);
  CHECK(s.goal == before.goal);
}

TEST_CASE("progress from another tab: its settings, this tab's place") {
  const core::Catalog& c = catalog();
  core::AppState mine = core::initialState(c);
  core::showView(mine, core::View::Compare);
  core::AppState theirs = busyReader();
  const core::AppState adopted = core::adoptSavedElsewhere(mine, theirs);
  CHECK(adopted.view == core::View::Compare);
  CHECK(adopted.role == mine.role);
  CHECK(adopted.ratings == theirs.ratings);
  CHECK(adopted.done == theirs.done);
  CHECK(adopted.goal == theirs.goal);
}

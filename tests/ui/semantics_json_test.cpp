// The operable layer's JSON (ui/semantics.cpp writes it straight into a string, without a
// core::Json tree) reads back and writes out again to the same text: valid JSON, each key once,
// every string quoted as core::Json::dump quotes it (label text from the data included).
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "elements.h"
#include "json_document.h"
#include "test_helpers.h"
#include "ui_harness.h"
#include "ui_test_helpers.h"

using core::Json;
using test::UiHarness;

TEST_CASE("the layer's JSON is Json::dump's text for its nodes, in every view and with quotes in a query") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.frames(3);
  int checked = 0;
  auto roundTrip = [&] {
    const std::string text = ui.widget().semanticsJson();
    const Json parsed = Json::parse(text);
    REQUIRE(parsed["nodes"].size() > 5);
    CHECK(parsed.dump() == text);
    ++checked;
  };
  roundTrip();
  for (const char* item : {"view/compare", "mode/paths", "mode/pair", "view/skills", "view/plan", "view/roles"}) {
    REQUIRE(ui.click(item));
    roundTrip();
  }
  // A text field (its text, list and highlighted option), with characters that need escaping.
  ui.widget().semanticText("search", "data \"sci\\ent\xC3\xA9", 6);
  ui.frames(3);
  roundTrip();
  const Json layer = Json::parse(ui.widget().semanticsJson());
  bool field = false;
  for (const Json& n : layer["nodes"])
    if (n["role"] == "textfield") field = n["text"] == "data \"sci\\ent\xC3\xA9" && n.contains("expanded");
  CHECK(field);
  CHECK(checked == 8);
}

TEST_CASE("no item of the layer is named by its internal id, in any role's profile or any view") {
  // Tall enough that every role's whole profile is on screen (the layer lists what is drawn).
  UiHarness ui(1000, 9000);
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.frames(3);
  const Json roles = Json::parse(test::readFile(CE_DATA_FILE))["roles"];
  std::vector<std::string> links;
  for (const Json& r : roles) links.push_back("v1;role=" + r["id"].get<std::string>());
  for (const char* view : {"compare", "skills", "plan"}) links.push_back(std::string("v1;view=") + view);
  links.push_back("v1;view=compare;mode=paths;job=data-analyst;changed=python.3");
  links.push_back("v1;view=compare;mode=pair;pair=genai-engineer,mlops-engineer");
  int nodes = 0;
  bool toolRead = false;  // a role's tools are text in the layer, as drawn
  int readingSaid = 0;
  bool courseHeading = false;
  int planHeadings = 0;  // each planned course's title, right after its "Done" box
  for (const std::string& link : links) {
    ui.widget().restore(link, "", "");
    ui.frames(3);
    for (int i = 0; i < 2000 && ui.lastFrameAnimating(); ++i) ui.frames(1);  // plans worked out in slices
    const Json layer = Json::parse(ui.widget().semanticsJson());
    // Links and buttons that do different things have different names: a screen reader's list
    // of links says which course each opens.
    std::map<std::string, std::string> controls;  // label -> the first id with it
    for (const Json& n : layer["nodes"]) {
      const std::string role = n["role"].get<std::string>();
      if (role != "link" && role != "button") continue;
      const std::string id = n["id"].get<std::string>(), label = n["label"].get<std::string>();
      INFO(link, " ", id, " and ", controls[label], ": ", label);
      CHECK(controls[label].empty());
      controls[label] = id;
    }
    std::string before;  // the id of the node before
    for (const Json& n : layer["nodes"]) {
      const std::string id = n["id"].get<std::string>(), label = n["label"].get<std::string>();
      if (link == "v1;view=plan" && n["role"] == "heading" && n["level"] == 4) {
        INFO(label, " after ", before);
        CHECK(before.rfind("done/", 0) == 0);
        ++planHeadings;
      }
      before = id;
      if (link == "v1;role=mlops-engineer" && label == "Terraform") toolRead = n["role"] == "text";
      if (link == "v1;role=genai-engineer") {
        // What the canvas shows by hatching or outlining is said in words; each course card is
        // a heading under the section's, to move between them.
        if (label == "Entry pay: under $100k (our reading)") ++readingSaid;
        if (label == "How LLMs work (our reading)") ++readingSaid;
        if (label == "Generative AI with Large Language Models" && n["role"] == "heading")
          courseHeading = n["level"] == 4;
      }
      INFO(link, " ", id);
      CHECK_FALSE(label.empty());
      CHECK(label != id);
      CHECK(label.rfind("info/", 0) == std::string::npos);
      CHECK(label.find("..") == std::string::npos);  // words joined twice with a full stop
      ++nodes;
    }
  }
  CHECK(nodes > 300);
  CHECK(toolRead);
  CHECK(readingSaid == 2);
  CHECK(courseHeading);
  CHECK(planHeadings >= 3);
}

namespace {

// The label of the layer's node `id`, or "" when the frame drew none.
std::string labelOf(UiHarness& ui, const std::string& id) {
  const Json layer = Json::parse(ui.widget().semanticsJson());
  for (const Json& n : layer["nodes"])
    if (n["id"] == id) return n["label"].get<std::string>();
  return "";
}

}  // namespace

TEST_CASE("what the canvas draws beside a control is in its name: fit, level words, the best fit's role") {
  UiHarness ui(1000, 700);
  test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;view=compare;skills=python.2,nlp.1");
  const Json s = ui.state();
  const int fit = s["scores"]["data-scientist-nlp"].get<int>();
  CHECK(labelOf(ui, "compare/data-scientist-nlp").find(", " + std::to_string(fit) + "% fit") != std::string::npos);

  // "What the levels mean": each line is read after its level, as the box shows it; the two are
  // text of their own, each where it is drawn (a selection lies on its words).
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(2);
  REQUIRE(ui.click("info/levels/python"));
  ui.frames(1);
  const Json skills = Json::parse(test::readFile(CE_DATA_FILE))["skills"];
  std::string basic;
  for (const Json& k : skills)
    if (k["id"] == "python") basic = k["levels"]["basic"].get<std::string>();
  REQUIRE_FALSE(basic.empty());
  {
    const Json nodes = Json::parse(ui.widget().semanticsJson())["nodes"];
    std::size_t at = 0;
    while (at < nodes.size() && nodes[at]["label"] != basic) ++at;
    REQUIRE(at < nodes.size());
    REQUIRE(at > 0);
    const Json& word = nodes[at - 1];
    CHECK(word["label"] == "Basic");
    CHECK(word["role"] == "text");
    CHECK(word["bold"] == true);
    CHECK(nodes[at]["role"] == "text");
    // The word's line, then its meaning's lines under it, at the same left edge.
    CHECK(nodes[at]["y"].get<int>() >= word["y"].get<int>() + word["h"].get<int>());
    CHECK(nodes[at]["x"] == word["x"]);
  }
  // Each skill is a heading under its category's, read before its description.
  {
    const Json layer = Json::parse(ui.widget().semanticsJson());
    bool python = false;
    for (const Json& n : layer["nodes"]) {
      if (n["label"] == "Python") python = n["role"] == "heading" && n["level"] == 4;
      const std::string label = n["label"].get<std::string>();
      if (label.rfind("What the levels mean for Python", 0) == 0) CHECK(python);
    }
    CHECK(python);
  }

  // The target list's "Best fit" names the role it stands for.
  ui.widget().restore("v1;view=plan;skills=python.2,nlp.1", "", "");
  ui.frames(3);
  const std::string best = ui.state()["plan"]["role"].get<std::string>();
  const Json roles = Json::parse(test::readFile(CE_DATA_FILE))["roles"];
  std::string title;
  for (const Json& r : roles)
    if (r["id"] == best) title = r["title"].get<std::string>();
  CHECK(labelOf(ui, "target/best#layer") == "Best fit: " + title);
}

TEST_CASE("a skill reads in order: its name, its rating, what the rating means, and a rating does not move the control") {
  for (const float width : {1000.0f, 360.0f}) {
    INFO(width);
    UiHarness ui(width, 2000);
    test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;view=skills");
    ui::Rect before;
    REQUIRE(ui.rect("skill/python/2", before));
    REQUIRE(ui.click("skill/python/2"));  // Working
    ui.frames(2);
    ui::Rect after;
    REQUIRE(ui.rect("skill/python/2", after));
    CHECK(after.y == before.y);  // the "You: …" line it adds comes below the control
    std::string levelTexts[4];
    const Json skills = Json::parse(test::readFile(CE_DATA_FILE))["skills"];
    for (const Json& k : skills) {
      if (k["id"] != "python") continue;
      levelTexts[1] = k["levels"]["basic"].get<std::string>();
      levelTexts[2] = k["levels"]["working"].get<std::string>();
      levelTexts[3] = k["levels"]["strong"].get<std::string>();
    }
    REQUIRE_FALSE(levelTexts[3].empty());
    const Json layer = Json::parse(ui.widget().semanticsJson());
    int name = -1, firstRating = -1, lastRating = -1, you = -1, levels = -1, at = 0;
    for (const Json& n : layer["nodes"]) {
      const std::string id = n["id"].get<std::string>(), label = n["label"].get<std::string>();
      if (label == "Python" && n["role"] == "heading") name = at;
      if (id.rfind("skill/python/", 0) == 0) {
        if (firstRating < 0) firstRating = at;
        lastRating = at;
        // Each level says what it means as a screen reader arrows to it ("None" needs no words).
        const std::string desc = n.contains("description") ? n["description"].get<std::string>() : "";
        if (id == "skill/python/0") CHECK(desc.empty());
        else CHECK(desc == levelTexts[id.back() - '0']);
      }
      if (label.rfind("You: Working", 0) == 0 && name >= 0 && you < 0) you = at;
      if (label.rfind("What the levels mean for Python", 0) == 0) levels = at;
      ++at;
    }
    REQUIRE(name >= 0);
    CHECK(lastRating - firstRating == 3);  // None, Basic, Working, Strong, together
    CHECK(name < firstRating);
    CHECK(lastRating < you);
    CHECK(you < levels);
  }
}

TEST_CASE("a course fact's confidence mark is in its name, in words") {
  UiHarness ui(1000, 9000);  // the whole profile on screen
  test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;role=genai-engineer");
  const Json layer = Json::parse(ui.widget().semanticsJson());
  int facts = 0;
  for (const Json& n : layer["nodes"]) {
    const std::string id = n["id"].get<std::string>(), label = n["label"].get<std::string>();
    if (id.rfind("info/course/", 0) != 0 || id.find("/sources") != std::string::npos || id.find("/link") != std::string::npos ||
        id.find("/legacy") != std::string::npos)  // (a retirement note, not a fact with a mark)
      continue;
    INFO(id, ": ", label);
    bool said = false;
    for (const char* word : {", article (", ", confirmed (", ", secondary (", ", unconfirmed ("})
      said = said || label.find(word) != std::string::npos;
    CHECK(said);
    ++facts;
  }
  CHECK(facts > 5);
}

TEST_CASE("on a phone, the way back to the roles list is named without its arrow") {
  UiHarness ui(360, 640);
  test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;role=mlops-engineer");
  CHECK(labelOf(ui, "back/roles") == "All roles");
}

TEST_CASE("a course's Open course link is drawn where the layer reads it and Tab reaches it: after its facts") {
  for (const float width : {1000.0f, 360.0f}) {
    INFO(width);
    UiHarness ui(width, 9000);  // the whole profile on screen
    test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;role=genai-engineer");
    const Json layer = Json::parse(ui.widget().semanticsJson());
    // The last of each course's facts in the layer's order, and where it is drawn.
    std::map<std::string, const Json*> lastFact;
    int checked = 0;
    for (const Json& n : layer["nodes"]) {
      const std::string id = n["id"].get<std::string>();
      const std::string group = n.contains("group") ? n["group"].get<std::string>() : "";
      if (group.rfind("facts/", 0) == 0 && n["role"] == "button") lastFact[group.substr(6)] = &n;
      if (id.rfind("course/", 0) != 0) continue;
      INFO(id);
      const auto fact = lastFact.find(id.substr(7));
      REQUIRE(fact != lastFact.end());  // its facts came first in the layer
      const Json& f = *fact->second;
      CHECK(f["id"].get<std::string>() == "info/" + id + "/sources");
      // Drawn after them too: to the right on the same line, or on a line below.
      const int fy = f["y"].get<int>(), fh = f["h"].get<int>(), ly = n["y"].get<int>();
      const bool sameLine = ly < fy + fh && ly + n["h"].get<int>() > fy;
      CHECK((sameLine ? n["x"].get<int>() >= f["x"].get<int>() + f["w"].get<int>() : ly >= fy + fh));
      lastFact.erase(fact);
      ++checked;
    }
    CHECK(checked > 2);
  }
}

TEST_CASE("a profile's pay, outlook, skills and each course's facts are a group of the layer each (a toolbar: one Tab stop), links are not") {
  UiHarness ui(1000, 9000);  // the whole profile on screen
  test::loadAndOpen(ui, test::readFile(CE_DATA_FILE), "v1;role=genai-engineer");
  const Json layer = Json::parse(ui.widget().semanticsJson());
  int grouped = 0, links = 0, explanations = 0;
  for (const Json& n : layer["nodes"]) {
    const std::string id = n["id"].get<std::string>();
    const std::string group = n.contains("group") ? n["group"].get<std::string>() : "";
    if (id.rfind("info/course/", 0) == 0) {
      // info/course/<course id>/<what>: in the group of its course, named for the course.
      const std::string course = id.substr(12, id.find('/', 12) - 12);
      INFO(id);
      CHECK(group == "facts/" + course);
      CHECK(n["groupLabel"].get<std::string>().rfind("Facts of ", 0) == 0);
      ++grouped;
    } else if (id.rfind("course/", 0) == 0) {
      CHECK(group.empty());  // "Open course" is a Tab stop of its own
      ++links;
    } else if (n["role"] == "button") {
      INFO(id);
      CHECK(group.rfind("facts/", 0) != 0);  // nothing else joined a course's group
      for (const auto& [prefix, section] : {std::pair{"info/pay/", "pay-of/"}, std::pair{"info/outlook/", "outlook-of/"},
                                            std::pair{"info/skill/", "skills-of/"}}) {
        if (id.rfind(prefix, 0) != 0) continue;
        CHECK(group == std::string(section) + "genai-engineer");
        ++explanations;
      }
    }
  }
  CHECK(grouped > 10);
  CHECK(links > 2);
  CHECK(explanations > 10);  // pay figures, statements and skills, each in its section's group
}

// The view's own nodes are marked as a range (the page makes them the chosen tab's panel): the
// view's title in it, the header's tabs and search before it, in every view.
TEST_CASE("the layer's JSON marks the view's nodes, after the header's") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.frames(3);
  for (const char* view : {"roles", "compare", "skills", "plan"}) {
    CAPTURE(view);
    ui.widget().semanticAction(std::string("view/") + view, 0, 0);
    ui.frames(3);
    const Json layer = Json::parse(ui.widget().semanticsJson());
    REQUIRE(layer.contains("panel"));
    const std::size_t first = layer["panel"][0].get<std::size_t>(), end = layer["panel"][1].get<std::size_t>();
    REQUIRE(first < end);
    REQUIRE(end <= layer["nodes"].size());
    bool headingIn = false;
    for (std::size_t i = 0; i < layer["nodes"].size(); ++i) {
      const Json& n = layer["nodes"][i];
      const bool in = i >= first && i < end;
      if (n["role"] == "tab" || n["role"] == "textfield") CHECK_FALSE(in);
      headingIn = headingIn || (in && n["role"] == "heading");
    }
    CHECK(headingIn);
  }
}

// The layer sets its text in the size and face the canvas draws it in, so that a selection or a
// find's match lies on the drawn words (library_semantic_layer.js); cuts what a pane scrolled out
// to what it shows, so that nothing lies over the header; and while a popup is open, which may
// lie over the view, it says so, and the view's text and links leave the pointer to the canvas.
TEST_CASE("text in the layer says the size and face it is drawn in, what its pane shows of it, and an open popup is said") {
  UiHarness ui(1000, 700);
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.widget().restore("v1;role=genai-engineer", "", "");
  ui.frames(3);
  auto find = [](const Json& layer, const char* role, const std::string& label) {
    for (const Json& n : layer["nodes"])
      if (n["role"] == role && n["label"].get<std::string>().rfind(label, 0) == 0) return n;
    return Json();
  };
  Json layer = Json::parse(ui.widget().semanticsJson());
  const Json title = find(layer, "heading", "Generative AI Engineer");
  REQUIRE(title.is_object());
  CHECK(title["px"] == 21);
  CHECK(title["bold"] == true);
  const Json profile = find(layer, "text", "Generative AI engineers turn models into working software.");
  REQUIRE(profile.is_object());
  CHECK(profile["px"] == 15);
  CHECK_FALSE(profile.contains("bold"));
  // Its rectangle holds its lines at that height.
  CHECK(profile["h"].get<int>() % 15 == 0);
  CHECK(profile["h"].get<int>() >= 30);
  const Json tab = find(layer, "tab", "Compare");
  REQUIRE(tab.is_object());
  CHECK_FALSE(tab.contains("px"));  // a control's label is not text of the view
  CHECK_FALSE(tab.contains("clip"));  // the header shows all of it
  CHECK_FALSE(profile.contains("clip"));
  CHECK_FALSE(layer.contains("popup"));
  // What the profile's pane does not show (below its end at 700 px) is cut to what it shows:
  // [top, right, bottom, left] insets, each a whole node wholly out.
  int below = 0;
  for (const Json& n : layer["nodes"]) {
    if (n["y"].get<int>() < 720) continue;
    ++below;
    REQUIRE(n.contains("clip"));
    CHECK(n["clip"][2].get<int>() >= n["h"].get<int>() - 1);
  }
  CHECK(below > 5);

  ui.widget().semanticAction("menu", 0, 0);
  ui.frames(2);
  CHECK(Json::parse(ui.widget().semanticsJson())["popup"] == 1);
  ui.key(ImGuiKey_Escape);
  ui.frames(2);
  CHECK_FALSE(Json::parse(ui.widget().semanticsJson()).contains("popup"));
  ui.widget().semanticAction("info/pay/genai-engineer/senior", 0, 0);  // an explanation
  ui.frames(2);
  CHECK(Json::parse(ui.widget().semanticsJson())["popup"] == 1);
}

TEST_CASE("a role's tools lie in the layer on their words, not on their chips' padding") {
  // Tall enough that the whole profile is on screen.
  UiHarness ui(1000, 3000);
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.widget().restore("v1;role=genai-engineer", "", "");
  ui.frames(3);
  const Json layer = Json::parse(ui.widget().semanticsJson());
  const Json roles = Json::parse(test::readFile(CE_DATA_FILE))["roles"];
  std::vector<std::string> tools;
  for (const Json& r : roles)
    if (r["id"] == "genai-engineer")
      for (const Json& t : r["tools"]) tools.push_back(t.get<std::string>());
  REQUIRE(tools.size() >= 2);
  // The section's heading starts where the first chip does.
  Json heading, first, second;
  for (const Json& n : layer["nodes"]) {
    if (n["role"] == "heading" && n["label"] == "Tools and frameworks") heading = n;
    if (n["role"] == "text" && n["label"] == tools[0] && first.is_null()) first = n;
    if (n["role"] == "text" && n["label"] == tools[1] && second.is_null()) second = n;
  }
  REQUIRE(heading.is_object());
  REQUIRE(first.is_object());
  REQUIRE(second.is_object());
  const int padding = static_cast<int>(ui::kChipPadX);
  CHECK(first["x"].get<int>() == heading["x"].get<int>() + padding);
  // As wide as its words: the next chip starts a padding, the spacing and a padding later.
  if (second["y"] == first["y"]) {
    const int gap = second["x"].get<int>() - (first["x"].get<int>() + first["w"].get<int>());
    CHECK(gap >= padding * 2);
    CHECK(gap <= padding * 2 + 12);
  }
  // The chip's height, so that its line lies in the chip's middle as drawn.
  CHECK(first["h"].get<int>() >= static_cast<int>(ui::kMinTarget));
}

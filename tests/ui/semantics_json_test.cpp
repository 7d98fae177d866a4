// The operable layer's JSON (ui/semantics.cpp writes it straight into a string, without a
// core::Json tree) reads back and writes out again to the same text: valid JSON, each key once,
// every string quoted as core::Json::dump quotes it (label text from the data included).
#include <doctest/doctest.h>

#include <string>

#include "json_document.h"
#include "test_helpers.h"
#include "ui_harness.h"

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

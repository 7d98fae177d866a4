// The loader's rules for text and keys (docs/data-format.md, "Text" and "Keys"), each with the
// message a person editing the file would read.
#include <doctest/doctest.h>

#include "test_helpers.h"
#include "text_check.h"

using core::Json;
using test::hasError;
using test::hasWarning;
using test::load;
using test::minimalDocument;

namespace {

// `text` with the first `what` replaced by `with` (which must be there).
std::string replaced(std::string text, const std::string& what, const std::string& with) {
  const auto at = text.find(what);
  REQUIRE(at != std::string::npos);
  return text.replace(at, what.size(), with);
}

// No byte of the report is a control character other than the line breaks between problems.
bool printable(const std::string& report) {
  for (char c : report)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f) return false;
  return true;
}

}  // namespace

TEST_CASE("a key given twice in one object is an error naming the key and its path") {
  const std::string doc = minimalDocument().dump();
  auto r = core::loadCatalog(replaced(doc, R"("title":"Engineer")",
                                      R"("title":"Engineer","title":"Other")"));
  CHECK(hasError(r.report, "roles[0].title: duplicate key \"title\": an object may give each key "
                           "only once"));
  CHECK(r.report.errorCount() == 1);  // the first value stands; only the repeat is reported

  // Keys no field declares, and the skill ids of a profile's ratings, too.
  r = core::loadCatalog(replaced(doc, R"("title":"Engineer")",
                                 R"("title":"Engineer","colour":1,"colour":2)"));
  CHECK(hasError(r.report, "roles[0].colour: duplicate key \"colour\": an object may give each "
                           "key only once"));
  r = core::loadCatalog(replaced(doc, R"("ratings":{"python":1})",
                                 R"("ratings":{"python":1,"python":3})"));
  CHECK(hasError(r.report, "profiles[0].ratings.python: duplicate key \"python\": an object may "
                           "give each key only once"));
  // At the top level, and with a key that needs quoting in a path.
  r = core::loadCatalog(replaced(doc, R"("format":1)", R"("format":1,"format":1)"));
  CHECK(hasError(r.report, "format: duplicate key \"format\": an object may give each key only once"));
  r = core::loadCatalog(replaced(doc, R"("format":1)", R"("format":1,"a b\n":1,"a b\n":2)"));
  CHECK(hasError(r.report, "[\"a b<U+000A>\"]: duplicate key \"a b<U+000A>\": an object may give "
                           "each key only once"));
}

TEST_CASE("control characters in text are rejected, and never echoed") {
  Json doc = minimalDocument();
  doc["roles"][0]["title"] = std::string("Eng\0ineer", 9);
  doc["roles"][0]["summary"] = "Builds things.\tAll day.";
  doc["skills"][0]["name"] = "Py\x1b[31mthon";
  doc["courses"][0]["about"] = "Two lines.\nThe second.";  // a line feed is allowed in prose
  doc["courses"][0]["title"] = "Python\n101";               // but not in a title
  doc["courses"][0]["provider"] = "\xe2\x80\xae" "arecuoC";  // U+202E reverses what follows
  doc["roles"][0]["tools"][0] = "Py\xc2\x85Torch";            // U+0085, a C1 control
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].title: contains the control character U+0000; this field is "
                           "one line of plain text"));
  CHECK(hasError(r.report, "roles[0].summary: contains the control character U+0009; only line "
                           "breaks (U+000A) are allowed here"));
  CHECK(hasError(r.report, "skills[0].name: contains the control character U+001B; this field is "
                           "one line of plain text"));
  CHECK(hasError(r.report, "courses[0].title: contains the control character U+000A; this field "
                           "is one line of plain text"));
  CHECK(hasError(r.report, "courses[0].provider: contains the control character U+202E; this "
                           "field is one line of plain text"));
  CHECK(hasError(r.report, "roles[0].tools[0]: contains the control character U+0085; this field "
                           "is one line of plain text"));
  CHECK(r.report.errorCount() == 6);  // the about text with its line feed passed
  CHECK(printable(r.report.text()));
}

TEST_CASE("messages quote hostile values and keys with visible escapes") {
  Json doc = minimalDocument();
  doc["skills"][0]["category"] = "te\x1b]0;pwned\x07";
  doc["roles"][0][std::string("x\0\x1b", 3)] = 1;
  auto r = load(doc);
  CHECK(hasError(r.report, "skills[0].category: \"te<U+001B>]0;pwned<U+0007>\" is not one of "
                           "technical, data, product, creative, governance, foundations"));
  CHECK(hasWarning(r.report, "roles[0]: unknown field \"x<U+0000><U+001B>\" (ignored)"));
  CHECK(printable(r.report.text()));
}

TEST_CASE("text with nothing visible in it is empty") {
  Json doc = minimalDocument();
  doc["roles"][0]["title"] = "\xe2\x80\x8b\xc2\xa0 ";  // zero-width space, no-break space, space
  doc["skills"][0]["description"] = "\xef\xbb\xbf\xe3\x85\xa4";  // byte-order mark, Hangul filler
  doc["roles"][0]["activities"] = {"\xe2\x80\x8b"};
  doc["courses"][0]["title"] = "";
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].title: must not be empty (it has only spaces or invisible "
                           "characters)"));
  CHECK(hasError(r.report, "skills[0].description: must not be empty (it has only spaces or "
                           "invisible characters)"));
  CHECK(hasError(r.report, "roles[0].activities[0]: must not be empty (it has only spaces or "
                           "invisible characters)"));
  CHECK(hasError(r.report, "roles[0].activities: needs at least 1 entry"));
  CHECK(hasError(r.report, "courses[0].title: must not be empty"));
}

TEST_CASE("text longer than its field's limit is an error that says the limit") {
  Json doc = minimalDocument();
  const std::string many = std::string(2'000'000, 'W');
  doc["roles"][0]["title"] = many;                                     // one line
  doc["roles"][0]["summary"] = std::string(6000, 'w');                 // prose
  doc["roles"][0]["activities"] = {std::string(1001, 'a')};            // a list's line
  doc["courses"][0]["url"] = "https://example.com/" + std::string(2000, 'u');
  doc["skills"][0]["name"] = std::string(1000, 'x');                   // at the limit: fine
  // Characters, not bytes: 1,000 two-byte letters fit one line.
  std::string accents;
  for (int i = 0; i < 1000; ++i) accents += "\xC3\xA9";
  doc["skills"][0]["description"] = accents;
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].title: is 2000000 characters long; the limit here is 1000"));
  CHECK(hasError(r.report, "roles[0].summary: is 6000 characters long; the limit here is 5000"));
  CHECK(hasError(r.report, "roles[0].activities[0]: is 1001 characters long; the limit here is 1000"));
  CHECK(hasError(r.report, "courses[0].url: is 2020 characters long; the limit here is 2000"));
  CHECK(hasError(r.report, "roles[0].activities: needs at least 1 entry"));  // its only one was refused
  CHECK(r.report.errorCount() == 5);
}

TEST_CASE("a course of no study time is an error: it would be done before it is begun") {
  Json doc = minimalDocument();
  doc["courses"][0]["hours"] = {{"value", 0}, {"confidence", "article"}};
  auto r = load(doc);
  CHECK(hasError(r.report, "courses[0].hours.value: must be between 0.05 and 10000, found 0"));
  doc["courses"][0]["hours"] = {{"value", 0.05}, {"confidence", "article"}};
  CHECK(load(doc).report.ok());
}

TEST_CASE("a whole number in another spelling is read as one, and a date must be a day of the calendar") {
  Json doc = minimalDocument();
  doc["roles"][0]["skills"][0]["weight"] = 1e9;
  doc["roles"][0]["skills"][0]["level"] = 2.0;
  doc["courses"][0]["hours"] = {{"value", 10}, {"confidence", "secondary"}, {"checked", "2026-02-31"}};
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].skills[0].weight: 1000000000 is above the maximum 3"));
  CHECK(hasError(r.report, "courses[0].hours.checked: \"2026-02-31\" is not a date (YYYY-MM-DD)"));
  CHECK(r.report.errorCount() == 2);  // the level 2.0 is 2
  doc["roles"][0]["skills"][0]["weight"] = 3;
  doc["courses"][0]["hours"]["checked"] = "2024-02-29";  // a leap day
  CHECK(load(doc).report.ok());
  doc["courses"][0]["hours"]["checked"] = "2026-02-29";
  CHECK_FALSE(load(doc).report.ok());
  doc["courses"][0]["hours"]["checked"] = "2100-02-29";  // not a leap year
  CHECK_FALSE(load(doc).report.ok());
  doc["courses"][0]["hours"]["checked"] = "2000-02-29";
  CHECK(load(doc).report.ok());
}

TEST_CASE("a course that lists the same skill twice is rejected") {
  Json doc = minimalDocument();
  doc["courses"][0]["teaches"].push_back({{"skill", "python"}, {"level", 3}});
  auto r = load(doc);
  CHECK(hasError(r.report, "courses[0].teaches[1].skill: \"python\" is listed twice for this course"));
  CHECK(r.report.errorCount() == 1);
}

TEST_CASE("characters outside the set the widget is sure to draw are a warning that names them") {
  Json doc = minimalDocument();
  doc["roles"][0]["title"] = "\xd0\x9c\xd0\xb8\xd1\x80 \xc5\x81ukasz";  // Мир Łukasz: Cyrillic is not drawn
  doc["courses"][0]["title"] = "Caf\xc3\xa9 \xe2\x80\x93 Dvo\xc5\x99\xc3\xa1k";  // Café – Dvořák: drawable
  doc["skills"][0]["name"] = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe6\x96\x87";
  auto r = load(doc);
  CHECK(r.report.ok());
  CHECK(hasWarning(r.report, "roles[0].title: has 3 characters outside the set the widget is sure "
                             "to draw (U+041C, U+0438, U+0440); whether they show depends on the "
                             "reader's fonts, else a placeholder shows"));
  CHECK(hasWarning(r.report, "skills[0].name: has 5 characters outside the set the widget is sure "
                             "to draw (U+65E5, U+672C, U+8A9E, U+306E, ...); whether they show "
                             "depends on the reader's fonts, else a placeholder shows"));
  CHECK(r.report.warningCount() == 2);
}

TEST_CASE("the font's ranges: ASCII, Latin-1, Latin Extended-A and the listed symbols, nothing else") {
  CHECK(core::fontCovers(U' '));
  CHECK(core::fontCovers(U'~'));
  CHECK_FALSE(core::fontCovers(0x7F));
  CHECK_FALSE(core::fontCovers(0x9F));
  CHECK(core::fontCovers(0xA0));
  CHECK(core::fontCovers(0xFF));
  CHECK(core::fontCovers(0x100));
  CHECK(core::fontCovers(0x141));  // Ł
  CHECK(core::fontCovers(0x17F));
  CHECK_FALSE(core::fontCovers(0x180));
  CHECK(core::fontCovers(0x219));  // ș
  CHECK_FALSE(core::fontCovers(0x41C));  // Cyrillic
  CHECK(core::fontCovers(0x2013));
  CHECK(core::fontCovers(0x2713));
  CHECK_FALSE(core::fontCovers(0x2714));
  CHECK_FALSE(core::fontCovers(0x1F600));
}

TEST_CASE("text checks decode UTF-8 and classify characters") {
  auto f = core::inspectText("a\xe2\x80\x8b", core::TextKind::Line);
  CHECK(f.hasVisible);
  CHECK_FALSE(f.hasControl);
  CHECK(f.undrawable == 1);  // the zero-width space has no glyph
  f = core::inspectText("\n", core::TextKind::Prose);
  CHECK_FALSE(f.hasControl);
  CHECK_FALSE(f.hasVisible);
  f = core::inspectText("x\xe2\x81\xa6y", core::TextKind::Prose);  // U+2066, an isolate
  CHECK(f.hasControl);
  CHECK(f.firstControl == 0x2066);
  f = core::inspectText("\xc0\xaf", core::TextKind::Line);  // an overlong '/', not UTF-8
  CHECK_FALSE(f.valid);
}

TEST_CASE("utf8Prefix cuts text to a byte budget between characters, never inside one") {
  CHECK(core::utf8Prefix("plan", 10) == "plan");
  CHECK(core::utf8Prefix("plan", 2) == "pl");
  CHECK(core::utf8Prefix("caf\xC3\xA9", 4) == "caf");          // é is two bytes: all or none
  CHECK(core::utf8Prefix("a\xF0\x9F\x98\x80", 3) == "a");      // a four-byte emoji cut short
  CHECK(core::utf8Prefix("a\xF0\x9F\x98\x80", 5) == "a\xF0\x9F\x98\x80");
  CHECK(core::utf8Prefix("\xC3\xA9", 0).empty());
}

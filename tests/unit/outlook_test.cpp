// A role's outlook: the loader's rules for quoted statements on demand and growth, which of them
// a role shows and when it says that the source makes none, the words for the government's
// projected growth, and what getState() and the text mirror carry.
#include <doctest/doctest.h>

#include <algorithm>

#include "outlook.h"
#include "test_helpers.h"

using core::Json;
using test::hasError;
using test::load;
using test::minimalDocument;

namespace {

Json statement(const std::string& quote, const std::string& kind) {
  return {{"quote", quote}, {"kind", kind}, {"source", "article"}, {"checked", "2026-11-26"}};
}

Json growthBenchmark() {
  return {{"occupation", "Data Scientists"}, {"code", "15-2051"},
          {"source", "US Bureau of Labor Statistics"}, {"year", 2024}, {"median", 112590},
          {"growth_pct", 33.5}, {"growth_period", "2024\xE2\x80\x93" "34"},
          {"confidence", "secondary"}, {"url", "https://example.org/ds"}};
}

}  // namespace

TEST_CASE("a role's statements and the source-wide ones load with their kind, source and date") {
  Json doc = minimalDocument();
  doc["roles"][0]["outlook"] = Json::array({statement("Engineers are in demand.", "demand"),
                                            statement("Certificates count.", "hiring-signal")});
  doc["outlook"] = Json::array({statement("Demand will rise.", "growth")});
  doc["outlook"][0]["source"] = "https://example.org/report";
  auto r = load(doc);
  INFO(r.report.text());
  CHECK(r.report.ok());
  CHECK(r.report.warningCount() == 0);
  const core::Role& role = r.catalog.roles[0];
  REQUIRE(role.outlook.size() == 2);
  CHECK(role.outlook[0].quote == "Engineers are in demand.");
  CHECK(role.outlook[0].kind == core::OutlookKind::Demand);
  CHECK(role.outlook[1].kind == core::OutlookKind::HiringSignal);
  CHECK(role.outlook[0].source == "article");
  CHECK(role.outlook[0].checked == "2026-11-26");
  REQUIRE(r.catalog.outlook.size() == 1);
  CHECK(r.catalog.outlook[0].kind == core::OutlookKind::Growth);
  CHECK(r.catalog.outlook[0].source == "https://example.org/report");
}

TEST_CASE("a statement without its words, kind, source or date, or with a wrong one, is an error") {
  Json doc = minimalDocument();
  Json& list = doc["roles"][0]["outlook"];
  list = Json::array();
  list.push_back(statement("Rising.", "hype"));
  list.push_back(statement("Rising.", "growth"));
  list[1]["source"] = "my notes";
  list[1]["checked"] = "26/11/2026";
  list.push_back({{"kind", "demand"}});
  list.push_back(statement(" \xE2\x80\x8B ", "demand"));  // only a space and a zero-width space
  list.push_back(statement("In \x1b[31mdemand", "demand"));
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].outlook[0].kind: \"hype\" is not one of demand, growth, hiring-signal, pay"));
  CHECK(hasError(r.report, "roles[0].outlook[1].source: \"my notes\" is not an http(s) address or \"article\""));
  CHECK(hasError(r.report, "roles[0].outlook[1].checked: \"26/11/2026\" is not a date (YYYY-MM-DD)"));
  CHECK(hasError(r.report, "roles[0].outlook[2].quote: is required"));
  CHECK(hasError(r.report, "roles[0].outlook[2].source: is required"));
  CHECK(hasError(r.report, "roles[0].outlook[2].checked: is required"));
  CHECK(hasError(r.report, "roles[0].outlook[3].quote: must not be empty (it has only spaces or "
                           "invisible characters)"));
  CHECK(hasError(r.report, "roles[0].outlook[4].quote: contains the control character U+001B; this "
                           "field is one line of plain text"));
  CHECK(r.report.errorCount() == 8);
}

TEST_CASE("a quote is the words alone, a sentence or two long, and the lists are bounded") {
  Json doc = minimalDocument();
  doc["roles"][0]["outlook"] = Json::array(
      {statement("\xE2\x80\x9CIn demand.\xE2\x80\x9D", "demand"), statement("\"Growing.\"", "growth"),
       statement("\xE2\x80\x9C" "asked\xE2\x80\x9D to perform a task", "demand"),
       statement(std::string(600, 'a'), "demand"), statement(std::string(601, 'a'), "demand")});
  // 600 characters of two bytes each is still 600 characters.
  std::string accented;
  for (int i = 0; i < 600; ++i) accented += "\xC3\xA9";
  doc["roles"][0]["outlook"].push_back(statement(accented, "growth"));
  doc["outlook"] = Json::array();
  for (int i = 0; i < 21; ++i) doc["outlook"].push_back(statement("Demand will rise.", "demand"));
  auto r = load(doc);
  CHECK(hasError(r.report, "roles[0].outlook[0].quote: is wrapped in quotation marks; give the words "
                           "alone (the widget adds the marks)"));
  CHECK(hasError(r.report, "roles[0].outlook[1].quote: is wrapped in quotation marks; give the words "
                           "alone (the widget adds the marks)"));
  CHECK(hasError(r.report, "roles[0].outlook[4].quote: is 601 characters long; the limit is 600 "
                           "(quote the sentence that makes the statement)"));
  CHECK(hasError(r.report, "outlook: lists 21 statements; a file can list at most 20"));
  CHECK(r.report.errorCount() == 4);  // a quote may start with a quoted word, and 600 is allowed
}

TEST_CASE("a role shows its own statements, then the source-wide ones, and says when it has none") {
  Json doc = minimalDocument();
  doc["outlook"] = Json::array({statement("Demand will rise.", "demand")});
  auto r = load(doc);
  REQUIRE(r.report.ok());
  core::RoleOutlook o = core::outlookOf(r.catalog, r.catalog.roles[0]);
  CHECK_FALSE(o.stated);  // a source-wide statement is not one about this role
  REQUIRE(o.statements.size() == 1);
  CHECK(o.statements[0].scope == core::OutlookScope::All);
  CHECK(o.growth.empty());

  // A hiring signal or a word on pay alone says nothing about demand or growth.
  doc["roles"][0]["outlook"] = Json::array({statement("Certificates count.", "hiring-signal")});
  r = load(doc);
  o = core::outlookOf(r.catalog, r.catalog.roles[0]);
  CHECK_FALSE(o.stated);
  doc["roles"][0]["outlook"].push_back(statement("It pays well.", "pay"));
  r = load(doc);
  REQUIRE(r.report.ok());
  CHECK(r.catalog.roles[0].outlook[1].kind == core::OutlookKind::Pay);
  CHECK_FALSE(core::outlookOf(r.catalog, r.catalog.roles[0]).stated);
  CHECK(core::outlookKindWords(core::OutlookKind::Pay) == "On pay");
  const std::vector<std::string> payLines = core::outlookLines(r.catalog, r.catalog.roles[0]);
  CHECK(std::find(payLines.begin(), payLines.end(),
                  "Outlook, on pay: \xE2\x80\x9CIt pays well.\xE2\x80\x9D (the source article)") != payLines.end());
  doc["roles"][0]["outlook"] = Json::array({statement("Certificates count.", "hiring-signal")});
  r = load(doc);
  o = core::outlookOf(r.catalog, r.catalog.roles[0]);
  std::vector<std::string> lines = core::outlookLines(r.catalog, r.catalog.roles[0]);
  CHECK(lines.front() == std::string("Outlook: ") + core::kOutlookNotStated);
  CHECK(std::find(lines.begin(), lines.end(), core::kOutlookNoOccupation) != lines.end());

  doc["roles"][0]["outlook"].push_back(statement("Growing fast.", "growth"));
  r = load(doc);
  o = core::outlookOf(r.catalog, r.catalog.roles[0]);
  CHECK(o.stated);
  REQUIRE(o.statements.size() == 3);
  CHECK(o.statements[0].scope == core::OutlookScope::Role);
  CHECK(o.statements[1].statement->quote == "Growing fast.");
  CHECK(o.statements[2].scope == core::OutlookScope::All);
  lines = core::outlookLines(r.catalog, r.catalog.roles[0]);
  CHECK(std::find(lines.begin(), lines.end(),
                  "Outlook, on growth: \xE2\x80\x9CGrowing fast.\xE2\x80\x9D (the source article)") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(),
                  "Outlook, about all the roles in the article, on demand: "
                  "\xE2\x80\x9C" "Demand will rise.\xE2\x80\x9D (the source article)") != lines.end());
}

TEST_CASE("projected growth is the broad occupation's, from benchmarks that give it, never rounded") {
  CHECK(core::growthPercent(33.5) == "+33.5%");
  CHECK(core::growthPercent(20) == "+20%");
  CHECK(core::growthPercent(-2) == "-2%");
  CHECK(core::growthPercent(0.04) == "+0%");

  Json doc = minimalDocument();
  Json wagesOnly = growthBenchmark();
  wagesOnly.erase("growth_pct");
  wagesOnly["code"] = "15-1221";
  doc["roles"][0]["benchmarks"] = Json::array({wagesOnly, growthBenchmark()});
  auto r = load(doc);
  INFO(r.report.text());
  REQUIRE(r.report.ok());
  const core::RoleOutlook o = core::outlookOf(r.catalog, r.catalog.roles[0]);
  REQUIRE(o.growth.size() == 1);
  CHECK(o.growth[0]->code == "15-2051");
  CHECK(core::growthWords(*o.growth[0]) ==
        "Data Scientists (SOC 15-2051): projected employment growth +33.5% over 2024\xE2\x80\x93" "34");
  const std::vector<std::string> lines = core::outlookLines(r.catalog, r.catalog.roles[0]);
  CHECK(std::find(lines.begin(), lines.end(), core::kOutlookNoOccupation) == lines.end());
  CHECK(lines.back() == "Government projection for a broad occupation, not this role: Data Scientists "
                        "(SOC 15-2051): projected employment growth +33.5% over 2024\xE2\x80\x93" "34 (secondary)");
}

TEST_CASE("a statement's provenance names the source as the data records it") {
  core::Source source;
  source.title = "a 2026 article on careers";
  source.titleIsDescription = true;
  source.year = 2026;
  core::OutlookStatement s{"In demand.", core::OutlookKind::Demand, "article", "2026-11-26"};
  CHECK(core::statementProvenance(source, s) ==
        "The source article: a 2026 article on careers, no publisher recorded, 2026. Quoted word for "
        "word, checked 2026-11-26.");
  source.title = "Careers in 2026";
  source.titleIsDescription = false;
  source.publisher = "A Blog";
  CHECK(core::statementProvenance(source, s) ==
        "The source article: \xE2\x80\x9C" "Careers in 2026\xE2\x80\x9D, A Blog, 2026. Quoted word "
        "for word, checked 2026-11-26.");
  s.source = "https://example.org/report";
  s.checked.clear();
  CHECK(core::statementProvenance(source, s) == "Read at https://example.org/report. Quoted word for word.");
  CHECK(core::statementSourceShort(s) == "https://example.org/report");
}

TEST_CASE("getState's outlook: the selected role's statements with their scope, and its growth") {
  Json doc = minimalDocument();
  doc["roles"][0]["outlook"] = Json::array({statement("Growing fast.", "growth")});
  doc["roles"][0]["benchmarks"] = Json::array({growthBenchmark()});
  doc["outlook"] = Json::array({statement("Demand will rise.", "demand")});
  auto r = load(doc);
  REQUIRE(r.report.ok());
  CHECK(Json::parse(core::outlookJson(r.catalog, nullptr)).is_null());
  const Json j = Json::parse(core::outlookJson(r.catalog, &r.catalog.roles[0]));
  CHECK(j["role"] == "engineer");
  CHECK(j["stated"] == true);
  REQUIRE(j["statements"].size() == 2);
  CHECK(j["statements"][0] == Json{{"quote", "Growing fast."}, {"kind", "growth"}, {"scope", "role"},
                                   {"source", "article"}, {"checked", "2026-11-26"}});
  CHECK(j["statements"][1]["scope"] == "all");
  CHECK(j["statements"][1]["kind"] == "demand");
  REQUIRE(j["growth"].size() == 1);
  CHECK(j["growth"][0]["occupation"] == "Data Scientists");
  CHECK(j["growth"][0]["pct"] == 33.5);
  CHECK(j["growth"][0]["period"] == "2024\xE2\x80\x93" "34");
  CHECK(j["growth"][0]["url"] == "https://example.org/ds");
  CHECK(j["growth"][0]["confidence"] == "secondary");
}

TEST_CASE("the shipped data: each role's statements are the article's, and one role has none") {
  auto r = core::loadCatalog(test::realData());
  REQUIRE(r.report.ok());
  const core::Catalog& c = r.catalog;
  REQUIRE(c.outlook.size() == 4);
  // The article on pay in general, in words: shown with every role, and no figure of any role's.
  CHECK(c.outlook[3].kind == core::OutlookKind::Pay);
  CHECK(c.outlook[3].quote.find("often surpassing comparable roles") != std::string::npos);
  int notStated = 0;
  for (const core::Role& role : c.roles) {
    INFO(role.id);
    const core::RoleOutlook o = core::outlookOf(c, role);
    if (!o.stated) ++notStated;
    for (const core::OutlookItem& item : o.statements) {
      CHECK(item.statement->source == "article");
      CHECK((item.statement->checked == "2026-11-26" || item.statement->checked == "2026-11-27"));
    }
  }
  // The article says nothing on demand or growth for AI product managers, and for MLOps engineers
  // only what employers look for (cloud certifications).
  CHECK(notStated == 2);
  CHECK_FALSE(core::outlookOf(c, *c.findRole("ai-product-manager")).stated);
  CHECK(c.findRole("ai-product-manager")->outlook.empty());
  CHECK_FALSE(core::outlookOf(c, *c.findRole("mlops-engineer")).stated);
  // Only the data scientist has comparable occupations with a projection (BLS: +33.5% and +20%).
  const core::RoleOutlook ds = core::outlookOf(c, *c.findRole("data-scientist-nlp"));
  REQUIRE(ds.growth.size() == 2);
  CHECK(*ds.growth[0]->growthPct == 33.5);
  CHECK(*ds.growth[1]->growthPct == 20);
  for (const core::Role& role : c.roles)
    if (role.id != "data-scientist-nlp") CHECK(core::outlookOf(c, role).growth.empty());
}

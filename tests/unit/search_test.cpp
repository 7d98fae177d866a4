// Search by name (core/search.h): folding, typo distance, ranking, the caps, and odd input.
#include <doctest/doctest.h>

#include <string>

#include "search.h"
#include "test_helpers.h"

namespace {

core::Catalog skillsNamed(std::initializer_list<const char*> names) {
  core::Catalog c;
  int n = 0;
  for (const char* name : names) {
    core::Skill s;
    s.id = "s" + std::to_string(n++);
    s.name = name;
    c.skills.push_back(s);
  }
  c.rebuildIndex();
  return c;
}

std::vector<std::string> names(const std::vector<core::SearchResult>& results) {
  std::vector<std::string> out;
  for (const core::SearchResult& r : results) out.push_back(r.name);
  return out;
}

}  // namespace

TEST_CASE("folding: case, Latin accents, apostrophes, punctuation and spacing") {
  CHECK(core::foldForSearch("Résumé Writing") == "resume writing");
  CHECK(core::foldForSearch("ÑANDÚ") == "nandu");
  CHECK(core::foldForSearch("Straße Œuvre Æsir Łódź") == "strasse oeuvre aesir lodz");
  CHECK(core::foldForSearch("Dvořák, Şişli; Ștefan") == "dvorak sisli stefan");
  CHECK(core::foldForSearch("O'Reilly") == "oreilly");
  CHECK(core::foldForSearch("O\xE2\x80\x99Reilly") == "oreilly");  // a curly apostrophe
  CHECK(core::foldForSearch("  CI/CD -- end\xE2\x80\x93to\xE2\x80\x93" "end!! ") == "ci cd end to end");
  CHECK(core::foldForSearch("2\xC3\x97" "3") == "2 3");  // the multiplication sign separates
  CHECK(core::foldForSearch("Ма\xD1\x88ина") == "Ма\xD1\x88ина");  // other scripts are kept
  // Invisible characters pasted inside a word (zero-width space, joiners, word joiner, BOM, soft
  // hyphen, grapheme joiner, a variation selector) leave it one word, as it is drawn.
  CHECK(core::foldForSearch("Pro\xE2\x80\x8Bmpt \xE2\x80\x8D" "Eng\xEF\xBB\xBFineer\xE2\x81\xA0 "
                            "\xC2\xAD" "soft\xCD\x8Fhy\xEF\xB8\x8F") == "prompt engineer softhy");
  CHECK(core::foldForSearch("a\xE2\x80\x83" "b") == "a b");  // an em space still separates
  CHECK(core::searchWords("Deep  Learning, Specialization") ==
        std::vector<std::string>{"deep", "learning", "specialization"});
}

TEST_CASE("folding: control characters and invalid UTF-8 separate words, never crash") {
  CHECK(core::foldForSearch(std::string("a\x01" "b\x7f" "c\n", 7)) == "a b c");
  CHECK(core::foldForSearch("a\xFF\xFE" "b") == "a b");       // stray bytes
  CHECK(core::foldForSearch("\xC3") == "");                   // cut short
  CHECK(core::foldForSearch("x\xC0\xAFy") == "x y");          // an overlong '/'
  CHECK(core::foldForSearch("x\xED\xA0\x80y") == "x y");      // a surrogate
  CHECK(core::foldForSearch("x\xF4\x90\x80\x80y") == "x y");  // beyond U+10FFFF
  CHECK(core::foldForSearch(std::string("\0\0", 2)) == "");
  CHECK(core::foldForSearch("") == "");
}

TEST_CASE("the query is capped at a character boundary") {
  const std::string longQuery(10000, 'a');
  CHECK(core::capQuery(longQuery).size() == core::kSearchQueryMaxBytes);
  std::string accented(core::kSearchQueryMaxBytes - 1, 'a');
  accented += "\xC3\xA9";  // é straddles the cap: left out whole
  CHECK(core::capQuery(accented).size() == core::kSearchQueryMaxBytes - 1);
  CHECK(core::capQuery("short") == "short");
}

TEST_CASE("typo distance: one edit for 4-7 letters, two above, swaps count once") {
  CHECK(core::editAllowance(3) == 0);
  CHECK(core::editAllowance(4) == 1);
  CHECK(core::editAllowance(7) == 1);
  CHECK(core::editAllowance(8) == 2);
  CHECK(core::boundedEditDistance("promt", "prompt", 1) == 1);      // a letter missing
  CHECK(core::boundedEditDistance("engneer", "engineer", 1) == 1);
  CHECK(core::boundedEditDistance("pyhton", "python", 1) == 1);     // two letters swapped
  CHECK(core::boundedEditDistance("pythn", "python", 1) == 1);
  CHECK(core::boundedEditDistance("kubernets", "kubernetes", 2) == 1);
  CHECK(core::boundedEditDistance("abcd", "wxyz", 1) == 2);          // over the bound: bound + 1
  CHECK(core::boundedEditDistance("abcd", "abcdefgh", 1) == 2);      // too long to be close
  CHECK(core::boundedEditDistance("engin", "engineering", 1, true) == 0);   // a prefix
  CHECK(core::boundedEditDistance("engne", "engineering", 1, true) == 1);   // a prefix with a typo
  CHECK(core::boundedEditDistance("zzzzz", "engineering", 1, true) == 2);
  const std::string tooLong(core::kSearchFuzzyMaxLength + 1, 'a');
  CHECK(core::boundedEditDistance(tooLong, tooLong, 2) == 3);  // never compared: bounded work
}

TEST_CASE("the real data: typos and accents find what was meant") {
  const auto loaded = core::loadCatalog(test::realData());
  REQUIRE(loaded.report.ok());
  const core::SearchIndex index(loaded.catalog);
  CHECK(index.entries() > loaded.catalog.courses.size());

  auto results = core::search(index, "promt engneer");
  REQUIRE_FALSE(results.empty());
  CHECK(results[0].kind == core::SearchKind::Role);
  CHECK(results[0].id == "prompt-engineer");
  CHECK(results[0].match == core::MatchClass::Fuzzy);
  CHECK(results[0].edits == 2);

  results = core::search(index, "PRÓMPT ÉNGINEER");
  REQUIRE_FALSE(results.empty());
  CHECK(results[0].id == "prompt-engineer");
  CHECK(results[0].match == core::MatchClass::Exact);

  results = core::search(index, "usér céntred");
  REQUIRE_FALSE(results.empty());
  CHECK(results[0].kind == core::SearchKind::Skill);
  CHECK(results[0].name == "User-centred design");

  // A tool: one result per role that uses it, the role named.
  results = core::search(index, "docker");
  REQUIRE(results.size() == 1);
  CHECK(results[0].kind == core::SearchKind::Tool);
  CHECK(results[0].name == "Docker");
  CHECK(results[0].role == "mlops-engineer");
  results = core::search(index, "pytorch");
  int toolResults = 0;
  for (const auto& r : results) toolResults += r.kind == core::SearchKind::Tool ? 1 : 0;
  CHECK(toolResults == 2);  // the GenAI engineer and the data scientist
  CHECK(results[0].kind == core::SearchKind::Skill);  // an exact skill before an exact tool

  // A course by its provider, and by a word still being typed.
  results = core::search(index, "udemy mlops");
  REQUIRE_FALSE(results.empty());
  for (const auto& r : results) CHECK(r.detail == "Udemy");
  results = core::search(index, "kubern");
  REQUIRE_FALSE(results.empty());
  CHECK(results[0].match == core::MatchClass::Prefix);
}

TEST_CASE("ranking: exact, then prefix, then substring, then typos, and the kind breaks ties") {
  const core::Catalog c = skillsNamed({"Trusty", "Rusk", "Rustic", "Rust"});
  CHECK(names(core::search(core::SearchIndex(c), "rust")) ==
        std::vector<std::string>{"Rust", "Rustic", "Trusty", "Rusk"});

  core::Catalog both = skillsNamed({"Python"});
  core::Role role;
  role.id = "python-role";
  role.title = "Python";
  role.tools = {"Python", "python", "PYTHON"};  // one tool, however spelled
  both.roles.push_back(role);
  both.rebuildIndex();
  const auto results = core::search(core::SearchIndex(both), "python");
  REQUIRE(results.size() == 3);
  CHECK(results[0].kind == core::SearchKind::Role);
  CHECK(results[1].kind == core::SearchKind::Skill);
  CHECK(results[2].kind == core::SearchKind::Tool);

  // Every word must match; fewer typos first.
  const core::Catalog words = skillsNamed({"Data engineering", "Data management", "Date engineering"});
  CHECK(names(core::search(core::SearchIndex(words), "data engineering")) ==
        std::vector<std::string>{"Data engineering", "Date engineering"});
}

TEST_CASE("results are capped, and a run in slices gives the same results") {
  core::Catalog c;
  for (int i = 0; i < 300; ++i) {
    core::Course course;
    course.id = "c" + std::to_string(i);
    course.title = "Python course number " + std::to_string(i);
    course.provider = "Provider";
    c.courses.push_back(course);
  }
  c.rebuildIndex();
  const core::SearchIndex index(c);
  const auto all = core::search(index, "pythn cours");
  CHECK(all.size() == core::kSearchMaxResults);
  CHECK(core::search(index, "python", 5).size() == 5);
  CHECK(core::search(index, "python", 1000).size() == core::kSearchMaxResults);

  core::SearchRun run(index, "pythn cours");
  int steps = 0;
  while (!run.step(7)) ++steps;
  CHECK(steps > 10);  // it really was sliced
  CHECK(names(run.results()) == names(all));
  CHECK(run.work() > 0);
}

TEST_CASE("empty, huge and odd queries") {
  const auto loaded = core::loadCatalog(test::realData());
  const core::SearchIndex index(loaded.catalog);
  CHECK(core::search(index, "").empty());
  CHECK(core::search(index, "   !!! ,,, ").empty());
  CHECK(core::search(index, std::string("\x01\x02\x1b[2J", 6)).empty());
  CHECK(core::search(index, "\xFF\xFE\xC3").empty());
  CHECK(core::search(index, "zzzzzzzzqqqq").empty());
  // Control characters and broken bytes only separate words.
  const auto results = core::search(index, "prompt\x1b\xFF" "engineer");
  REQUIRE_FALSE(results.empty());
  CHECK(results[0].id == "prompt-engineer");
  // A huge query is cut, then searched as usual; its work stays bounded by the caps.
  std::string huge;
  for (int i = 0; i < 5000; ++i) huge += "engineer ";
  core::SearchRun run(index, huge);
  while (!run.step(1000)) {
  }
  CHECK(run.query().size() <= core::kSearchQueryMaxBytes);
  CHECK_FALSE(run.results().empty());
  CHECK(run.work() <= (index.vocabulary() + 1) * core::kSearchMaxWords + index.entries() * 64);
  // No catalogue at all.
  CHECK(core::search(core::SearchIndex(), "python").empty());
  const core::Catalog empty;
  CHECK(core::search(core::SearchIndex(empty), "python").empty());
}

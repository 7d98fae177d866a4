// libFuzzer target: search (core/search.h) takes any bytes, as a query and as a name in the
// catalogue, without a crash, a hang or unbounded work; folding only shortens text and leaves
// single spaces between words; a name searched for finds itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "data_loader.h"
#include "search.h"
#include "real_catalog.h"


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string folded = core::foldForSearch(input);
  if (folded.size() > input.size()) std::abort();
  if (!folded.empty() && (folded.front() == ' ' || folded.back() == ' ')) std::abort();
  if (folded.find("  ") != std::string::npos) std::abort();
  for (char c : folded)
    if ((c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) < 0x20) || c == 0x7f) std::abort();

  // As a query over the real data, in slices: capped results, bounded work.
  static const core::SearchIndex index(realCatalog());
  core::SearchRun run(index, input);
  while (!run.step(997)) {
  }
  if (run.results().size() > core::kSearchMaxResults) std::abort();
  if (run.work() > (index.vocabulary() + 1) * core::kSearchMaxWords + index.entries() * 64) std::abort();

  // As a skill's name: searching for that name finds it first.
  core::Catalog catalog;
  core::Skill skill;
  skill.id = "fuzzed";
  skill.name = std::string(input);
  catalog.skills.push_back(skill);
  catalog.rebuildIndex();
  const core::SearchIndex own(catalog);
  const auto words = core::searchWords(input);
  if (!words.empty() && input.size() <= core::kSearchQueryMaxBytes && words.size() <= core::kSearchMaxWords) {
    const auto found = core::search(own, input);
    if (found.empty() || found[0].id != "fuzzed" || found[0].match != core::MatchClass::Exact) std::abort();
  }
  return 0;
}

// Search by name over the catalogue: roles, skills, courses (title and provider) and tools, in one
// ranked list. Forgiving: case and Latin accents do not matter ("resumé" finds "Resume", "Ñ" is
// "n"), punctuation and spacing do not either, and a word of 4 letters or more may have a typo
// (one edit for 4-7 letters, two for longer: a missing, extra, wrong or swapped letter).
//
// The catalogue's words are normalised once (SearchIndex, built in slices on the first search); a query
// first grades each distinct word of the catalogue against its own words, then scores every
// entry from those grades. Both passes run in slices (SearchRun::step) so that a catalogue at
// the loader's limits never holds up a frame; bench/core prints the figures.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace core {

// In the order results of equal quality are listed.
enum class SearchKind { Role, Skill, Course, Tool };
std::string_view nameOf(SearchKind k);  // "role", "skill", "course", "tool"

// How well the weakest word of a query matched, best first.
enum class MatchClass { Fuzzy = 0, Substring = 1, Prefix = 2, Exact = 3 };
std::string_view nameOf(MatchClass m);  // "fuzzy", "substring", "prefix", "exact"

struct SearchResult {
  SearchKind kind = SearchKind::Role;
  std::string id;    // the role's, skill's or course's id; a tool: its name as the data spells it
  std::string role;  // a tool: the id of the role that uses it (one result per role)
  std::string name;  // as the data spells it
  std::string detail;  // a course: its provider; a tool: the role's title
  MatchClass match = MatchClass::Fuzzy;
  int edits = 0;  // typos forgiven, over all the query's words
};

// Longer queries are cut here (at a character boundary), and to this many words: nobody types
// more into a search field, and the work per query stays bounded.
inline constexpr std::size_t kSearchQueryMaxBytes = 100;
inline constexpr std::size_t kSearchMaxWords = 6;
inline constexpr std::size_t kSearchMaxResults = 20;
// Words are compared for typos up to this length (bytes after folding); longer ones only by
// prefix and substring.
inline constexpr std::size_t kSearchFuzzyMaxLength = 32;
// The work the widget gives a query per frame (SearchRun::step): a few hundred microseconds
// natively at the worst (bench/core/core_bench.cpp prints the figures).
inline constexpr std::uint64_t kSearchSliceWork = 10000;
// The catalogue entries (roles, skills, courses, a role's tools) the widget indexes per frame.
inline constexpr std::uint64_t kSearchIndexSlice = 400;

// Text as search sees it: lower case, Latin-1 and Latin Extended-A letters folded to ASCII
// ("Ñ" -> "n", "ß" -> "ss", "Œ" -> "oe"), apostrophes dropped ("O'Reilly" -> "oreilly"), every
// other punctuation, space, control character or invalid UTF-8 byte one separating space, no
// space at either end. Other scripts are kept as they are.
std::string foldForSearch(std::string_view text);
// The words of foldForSearch(text).
std::vector<std::string> searchWords(std::string_view text);
// The query as it will be searched: cut to kSearchQueryMaxBytes at a character boundary.
std::string_view capQuery(std::string_view query);

// The number of typos forgiven in a query word of `letters` bytes: 0 below 4, 1 up to 7, else 2.
int editAllowance(std::size_t letters);
// Optimal string alignment distance (Damerau-Levenshtein where a swap of neighbours is one edit),
// or bound + 1 as soon as it is certainly above `bound`. With `prefix`, the distance from `a` to
// the closest prefix of `b` (a word still being typed).
int boundedEditDistance(std::string_view a, std::string_view b, int bound, bool prefix = false);

class SearchIndex {
 public:
  SearchIndex() = default;
  // Indexes the whole catalogue at once (tools, tests, the JS API).
  explicit SearchIndex(const Catalog& catalog);
  // Or a slice at a time: start(catalog), then build(budget) until it returns true. A run on an
  // index not yet built finds nothing.
  void start(const Catalog& catalog);
  bool build(std::uint64_t budget);
  bool built() const { return catalog_ && cursor_ >= total_; }

  std::size_t entries() const { return entries_.size(); }
  std::size_t vocabulary() const { return words_.size(); }

 private:
  friend class SearchRun;
  struct Entry {
    SearchKind kind;
    std::size_t source;      // index into the catalogue's list of that kind (a tool: its role)
    std::string name;        // folded
    std::vector<std::uint32_t> words;   // into words_, the title's first
    std::uint32_t titleWords = 0;       // how many of `words` are the title's
  };
  void add(SearchKind kind, std::size_t source, std::string_view title, std::string_view more,
           const std::string* toolName);
  const Catalog* catalog_ = nullptr;
  std::size_t cursor_ = 0, total_ = 0;  // over roles, skills, courses, then each role's tools
  HashMap<std::string, std::uint32_t> ids_;  // word -> index in words_, while building
  std::vector<std::string> words_;  // every distinct folded word
  std::vector<Entry> entries_;
  std::vector<std::string> toolNames_;  // a tool entry's name as the data spells it (by entry)
};

// One query over an index, done in steps of bounded work (a step's budget counts catalogue words
// graded and entries scored). The index and its catalogue must outlive the run.
class SearchRun {
 public:
  SearchRun(const SearchIndex& index, std::string_view query, std::size_t limit = kSearchMaxResults);
  // Does up to `budget` units of work; true when the results are complete.
  bool step(std::uint64_t budget);
  bool done() const { return phase_ == Phase::Done; }
  // Best first; complete once done().
  std::vector<SearchResult> results() const;
  // The query as searched (capped), and how much work it took so far.
  const std::string& query() const { return query_; }
  std::uint64_t work() const { return work_; }

 private:
  enum class Phase { Grade, Score, Done };
  struct Grade {
    std::uint8_t match = 0;  // MatchClass + 1; 0: no match
    std::uint8_t edits = 0;
  };
  struct Hit {
    std::size_t entry;
    int match, edits, titleHits;
    bool whole;
  };
  bool better(const Hit& a, const Hit& b) const;

  const SearchIndex& index_;
  std::string query_;
  std::string queryFolded_;
  std::vector<std::string> queryWords_;
  std::size_t limit_;
  Phase phase_ = Phase::Grade;
  std::size_t cursor_ = 0;
  std::uint64_t work_ = 0;
  std::vector<std::vector<Grade>> grades_;  // per query word, per catalogue word
  std::vector<Hit> best_;  // at most limit_, unordered until results()
};

// Runs a query to the end: for tests, tools and the JS API (whose call returns the results).
std::vector<SearchResult> search(const SearchIndex& index, std::string_view query,
                                 std::size_t limit = kSearchMaxResults);

}  // namespace core

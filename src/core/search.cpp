#include "search.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "stable_sort.h"
#include "text_check.h"

namespace core {

namespace {

// What U+00C0..U+017F fold to, one entry per code point in order ("-": a separator, for the
// multiplication and division signs). Derived from each letter's Unicode decomposition with its
// marks removed, plus the letters that have none (æ ae, ð d, ø o, þ th, ß ss, đ d, ħ h, ı i,
// ĳ ij, ĸ k, ŀ l, ł l, ŉ n, ŋ n, œ oe, ŧ t, ſ s).
constexpr std::string_view kLatinFolds =
    "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss "
    "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y "
    "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h "
    "i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n "
    "o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u "
    "w w y y y z z z z z z s";

constexpr char32_t kLatinFirst = 0xC0, kLatinLast = 0x17F;

const std::array<std::string_view, kLatinLast - kLatinFirst + 1>& latinFolds() {
  static const auto table = [] {
    std::array<std::string_view, kLatinLast - kLatinFirst + 1> t{};
    std::size_t at = 0, i = 0;
    while (at < kLatinFolds.size() && i < t.size()) {
      std::size_t end = kLatinFolds.find(' ', at);
      if (end == std::string_view::npos) end = kLatinFolds.size();
      t[i++] = kLatinFolds.substr(at, end - at);
      at = end + 1;
    }
    return t;
  }();
  return table;
}

bool isApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC; }

}  // namespace

std::string_view nameOf(SearchKind k) {
  switch (k) {
    case SearchKind::Role: return "role";
    case SearchKind::Skill: return "skill";
    case SearchKind::Course: return "course";
    case SearchKind::Tool: return "tool";
  }
  return "";
}

std::string_view nameOf(MatchClass m) {
  switch (m) {
    case MatchClass::Exact: return "exact";
    case MatchClass::Prefix: return "prefix";
    case MatchClass::Substring: return "substring";
    case MatchClass::Fuzzy: return "fuzzy";
  }
  return "";
}

std::string foldForSearch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto separate = [&] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  std::size_t at = 0;
  while (at < text.size()) {
    char32_t cp = 0;
    const std::size_t start = at;
    if (!decodeUtf8(text, at, cp)) {  // not UTF-8: a separator, and on to the next byte
      separate();
      continue;
    }
    const std::string_view raw = text.substr(start, at - start);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
      else if (!isApostrophe(cp)) separate();
    } else if (cp >= kLatinFirst && cp <= kLatinLast) {
      const std::string_view fold = latinFolds()[cp - kLatinFirst];
      if (fold == "-") separate();
      else out += fold;
    } else if (cp >= 0x218 && cp <= 0x21B) {  // Romanian comma-below letters
      out += cp < 0x21A ? 's' : 't';
    } else if (isZeroWidthCharacter(cp) || cp == 0x200C || cp == 0x200D || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      // Invisible, and taking no room (a soft hyphen, a zero-width space or joiner pasted with a
      // title, a variation selector): the word goes on, as the reader sees it.
    } else if (isApostrophe(cp)) {
      // "O’Reilly" is one word, as "O'Reilly" is.
    } else if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x22FF) ||
               cp == 0x3000 || cp == 0xFEFF) {
      separate();  // C1 controls, Latin-1 signs, general punctuation, arrows and maths, spaces
    } else {
      out += raw;  // another script: kept as typed
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

// Calls `fn` with each word of already folded text.
template <class Fn>
void forEachWord(std::string_view folded, Fn&& fn) {
  std::size_t at = 0;
  while (at < folded.size()) {
    std::size_t end = folded.find(' ', at);
    if (end == std::string_view::npos) end = folded.size();
    fn(folded.substr(at, end - at));
    at = end + 1;
  }
}

}  // namespace

std::vector<std::string> searchWords(std::string_view text) {
  std::vector<std::string> words;
  const std::string folded = foldForSearch(text);
  std::size_t at = 0;
  while (at < folded.size()) {
    std::size_t end = folded.find(' ', at);
    if (end == std::string::npos) end = folded.size();
    words.push_back(folded.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

std::string_view capQuery(std::string_view query) { return utf8Prefix(query, kSearchQueryMaxBytes); }

int editAllowance(std::size_t letters) { return letters < 4 ? 0 : letters <= 7 ? 1 : 2; }

int boundedEditDistance(std::string_view a, std::string_view b, int bound, bool prefix) {
  const int over = bound + 1;
  const int n = static_cast<int>(a.size());
  if (n > static_cast<int>(kSearchFuzzyMaxLength) || bound < 0) return over;
  // Only prefixes of b within `bound` of a's length can be close enough.
  const int m = prefix ? std::min<int>(static_cast<int>(b.size()), n + bound) : static_cast<int>(b.size());
  if (!prefix && std::abs(m - n) > bound) return over;
  if (prefix && m < n - bound) return over;
  constexpr int kCols = static_cast<int>(kSearchFuzzyMaxLength) + 8;
  if (m + 1 > kCols) return over;
  std::array<int, kCols> rows[3];  // rows i-2, i-1 and i, at i % 3
  for (int j = 0; j <= m; ++j) rows[0][j] = j;
  int previousMin = 0;
  for (int i = 1; i <= n; ++i) {
    std::array<int, kCols>& cur = rows[i % 3];
    const std::array<int, kCols>& up = rows[(i - 1) % 3];
    const std::array<int, kCols>& up2 = rows[(i + 1) % 3];  // i - 2, read only when i > 1
    cur[0] = i;
    int rowMin = cur[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int d = std::min({up[j] + 1, cur[j - 1] + 1, up[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, up2[j - 2] + 1);
      cur[j] = d;
      rowMin = std::min(rowMin, d);
    }
    // A swap reaches back two rows: stop only when both are past the bound.
    if (rowMin > bound && previousMin > bound) return over;
    previousMin = rowMin;
  }
  const std::array<int, kCols>& last = rows[n % 3];
  int best = over;
  if (prefix) {
    for (int j = std::max(0, n - bound); j <= m; ++j) best = std::min(best, last[j]);
  } else {
    best = last[m];
  }
  return std::min(best, over);
}

SearchIndex::SearchIndex(const Catalog& catalog) {
  start(catalog);
  build(UINT64_MAX);
}

void SearchIndex::start(const Catalog& catalog) {
  *this = SearchIndex();
  catalog_ = &catalog;
  total_ = catalog.roles.size() + catalog.skills.size() + catalog.courses.size() + catalog.roles.size();
}

void SearchIndex::add(SearchKind kind, std::size_t source, std::string_view title, std::string_view more,
                      const std::string* toolName) {
  Entry e{kind, source, foldForSearch(title), {}, 0};
  const auto intern = [&](std::string_view word) {
    auto it = ids_.find(word);
    if (it == ids_.end()) {
      it = ids_.emplace(word, static_cast<std::uint32_t>(words_.size())).first;
      words_.emplace_back(word);
    }
    e.words.push_back(it->second);
  };
  forEachWord(e.name, intern);
  e.titleWords = static_cast<std::uint32_t>(e.words.size());
  if (!more.empty()) forEachWord(foldForSearch(more), intern);
  if (e.words.empty()) return;
  entries_.push_back(std::move(e));
  toolNames_.push_back(toolName ? *toolName : std::string());
}

bool SearchIndex::build(std::uint64_t budget) {
  if (!catalog_) return false;
  const Catalog& c = *catalog_;
  for (std::uint64_t spent = 0; cursor_ < total_ && spent < budget; ++cursor_) {
    std::size_t i = cursor_;
    if (i < c.roles.size()) {
      add(SearchKind::Role, i, c.roles[i].title, "", nullptr);
      ++spent;
      continue;
    }
    i -= c.roles.size();
    if (i < c.skills.size()) {
      add(SearchKind::Skill, i, c.skills[i].name, "", nullptr);
      ++spent;
      continue;
    }
    i -= c.skills.size();
    if (i < c.courses.size()) {
      add(SearchKind::Course, i, c.courses[i].title, c.courses[i].provider, nullptr);
      ++spent;
      continue;
    }
    i -= c.courses.size();
    std::vector<std::string> seen;  // a tool listed twice for one role is one result
    for (const std::string& tool : c.roles[i].tools) {
      std::string folded = foldForSearch(tool);
      if (folded.empty() || std::find(seen.begin(), seen.end(), folded) != seen.end()) continue;
      seen.push_back(std::move(folded));
      add(SearchKind::Tool, i, tool, "", &tool);
      ++spent;
    }
  }
  if (cursor_ >= total_) ids_ = {};  // only needed while words are added
  return cursor_ >= total_;
}

SearchRun::SearchRun(const SearchIndex& index, std::string_view query, std::size_t limit)
    : index_(index), query_(capQuery(query)), limit_(std::min(limit, kSearchMaxResults)) {
  queryFolded_ = foldForSearch(query_);
  queryWords_ = searchWords(query_);
  if (queryWords_.size() > kSearchMaxWords) queryWords_.resize(kSearchMaxWords);
  if (queryWords_.empty() || limit_ == 0 || !index_.built()) phase_ = Phase::Done;
  grades_.assign(queryWords_.size(), std::vector<Grade>(index_.words_.size()));
}

bool SearchRun::better(const Hit& a, const Hit& b) const {
  if (a.whole != b.whole) return a.whole;
  if (a.match != b.match) return a.match > b.match;
  if (a.edits != b.edits) return a.edits < b.edits;
  if (a.titleHits != b.titleHits) return a.titleHits > b.titleHits;
  const SearchIndex::Entry& x = index_.entries_[a.entry];
  const SearchIndex::Entry& y = index_.entries_[b.entry];
  if (x.kind != y.kind) return x.kind < y.kind;
  if (x.name.size() != y.name.size()) return x.name.size() < y.name.size();
  if (x.name != y.name) return x.name < y.name;
  return a.entry < b.entry;
}

bool SearchRun::step(std::uint64_t budget) {
  std::uint64_t spent = 0;
  while (phase_ != Phase::Done && spent < budget) {
    if (phase_ == Phase::Grade) {
      if (cursor_ >= index_.words_.size()) {
        phase_ = Phase::Score;
        cursor_ = 0;
        continue;
      }
      const std::string& w = index_.words_[cursor_];
      for (std::size_t q = 0; q < queryWords_.size(); ++q) {
        const std::string& word = queryWords_[q];
        Grade g;
        if (w == word) {
          g.match = static_cast<std::uint8_t>(MatchClass::Exact) + 1;
        } else if (w.compare(0, word.size(), word) == 0) {
          g.match = static_cast<std::uint8_t>(MatchClass::Prefix) + 1;
        } else if (word.size() >= 3 && w.find(word) != std::string::npos) {
          g.match = static_cast<std::uint8_t>(MatchClass::Substring) + 1;
        } else if (const int k = editAllowance(word.size()); k > 0) {
          // The whole word with a typo, or the start of a longer one (still being typed).
          int d = boundedEditDistance(word, w, k, false);
          if (d > k && w.size() > word.size()) d = boundedEditDistance(word, w, k, true);
          if (d <= k) {
            g.match = static_cast<std::uint8_t>(MatchClass::Fuzzy) + 1;
            g.edits = static_cast<std::uint8_t>(d);
          }
        }
        grades_[q][cursor_] = g;
      }
      ++cursor_;
      spent += queryWords_.size();
    } else {
      if (cursor_ >= index_.entries_.size()) {
        phase_ = Phase::Done;
        break;
      }
      const SearchIndex::Entry& e = index_.entries_[cursor_];
      Hit hit{cursor_, static_cast<int>(MatchClass::Exact), 0, 0, e.name == queryFolded_};
      bool all = true;
      for (std::size_t q = 0; q < queryWords_.size() && all; ++q) {
        Grade best;
        bool inTitle = false;
        for (std::size_t i = 0; i < e.words.size(); ++i) {
          const Grade g = grades_[q][e.words[i]];
          if (g.match > best.match || (g.match == best.match && g.match && g.edits < best.edits)) {
            best = g;
            inTitle = i < e.titleWords;
          }
        }
        if (!best.match) all = false;
        hit.match = std::min(hit.match, best.match - 1);
        hit.edits += best.edits;
        hit.titleHits += inTitle ? 1 : 0;
      }
      if (all) {
        if (best_.size() < limit_) {
          best_.push_back(hit);
        } else {
          std::size_t worst = 0;
          for (std::size_t i = 1; i < best_.size(); ++i)
            if (better(best_[worst], best_[i])) worst = i;
          if (better(hit, best_[worst])) best_[worst] = hit;
        }
      }
      ++cursor_;
      spent += 1 + e.words.size() / 4;
    }
  }
  work_ += spent;
  return phase_ == Phase::Done;
}

std::vector<SearchResult> SearchRun::results() const {
  if (best_.empty()) return {};
  std::vector<Hit> hits = best_;
  stableSort(hits, [&](const Hit& a, const Hit& b) { return better(a, b); });
  std::vector<SearchResult> out;
  const Catalog& cat = *index_.catalog_;
  for (const Hit& h : hits) {
    const SearchIndex::Entry& e = index_.entries_[h.entry];
    SearchResult r;
    r.kind = e.kind;
    r.match = static_cast<MatchClass>(h.match);
    r.edits = h.edits;
    switch (e.kind) {
      case SearchKind::Role:
        r.id = cat.roles[e.source].id;
        r.name = cat.roles[e.source].title;
        break;
      case SearchKind::Skill:
        r.id = cat.skills[e.source].id;
        r.name = cat.skills[e.source].name;
        break;
      case SearchKind::Course:
        r.id = cat.courses[e.source].id;
        r.name = cat.courses[e.source].title;
        r.detail = cat.courses[e.source].provider;
        break;
      case SearchKind::Tool:
        r.id = r.name = index_.toolNames_[h.entry];
        r.role = cat.roles[e.source].id;
        r.detail = cat.roles[e.source].title;
        break;
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<SearchResult> search(const SearchIndex& index, std::string_view query, std::size_t limit) {
  SearchRun run(index, query, limit);
  while (!run.step(UINT64_MAX)) {
  }
  return run.results();
}

}  // namespace core

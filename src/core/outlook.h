// A role's outlook (issue 14): what the source says about demand for it and its growth, quoted
// word for word with where the words come from, beside the government's projected growth for a
// comparable broad occupation. The words live here so that the profile, the text mirror and
// getState() say the same thing, and so that the rules are tested natively.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace core {

// Whose prospects a statement is about: this role, or every role the source covers.
enum class OutlookScope { Role, All };

struct OutlookItem {
  const OutlookStatement* statement = nullptr;
  OutlookScope scope = OutlookScope::Role;
};

struct RoleOutlook {
  std::vector<OutlookItem> statements;  // the role's own first, then the source-wide ones
  // Whether the source says anything about demand for this role or its growth (a hiring signal
  // or a word on pay alone does not count). When not, the profile says so instead of filling the gap.
  bool stated = false;
  // The comparable occupations that have a projected growth figure, in the data's order.
  std::vector<const Benchmark*> growth;
};

RoleOutlook outlookOf(const Catalog& c, const Role& role);

// Fixed sentences, our words.
extern const char* const kOutlookNotStated;
extern const char* const kOutlookNoOccupation;
extern const char* const kOutlookAboutAll;

std::string_view nameOf(OutlookScope s);
// "On demand", "On growth", "What employers look for", "On pay".
std::string outlookKindWords(OutlookKind k);
// The words between curly quotation marks.
std::string quoted(const std::string& words);
// The source as a reader sees it named: its recorded title, quoted (the source's own words), or
// its description as it is (our words: quotation marks would claim a title).
std::string sourceTitleWords(const Source& source);
// Where the courses' facts come from, beside the source of the pay: public pages (reviews,
// listings, the providers' own), each fact naming its page in the data, never the source's.
extern const char* const kCourseFactsSource;
// Where a statement's words come from, in full: the source's title (or description), publisher
// and year for "article", else the address; and the day they were checked.
std::string statementProvenance(const Source& source, const OutlookStatement& s);
// The same, short: "the source article" or the address.
std::string statementSourceShort(const OutlookStatement& s);
// "+33.5%", "-2%": the projection as the data gives it, without rounding it up.
std::string growthPercent(double pct);
// "Data Scientists (SOC 15-2051): projected employment growth +33.5% over 2024–34".
std::string growthWords(const Benchmark& b);

// The outlook as lines of text, for the text mirror.
std::vector<std::string> outlookLines(const Catalog& c, const Role& role);

// For getState(): {role, stated, statements: [{quote, kind, scope, source, checked}],
// growth: [{occupation, code, pct, period, url, confidence}]} as JSON text; null without a role.
std::string outlookJson(const Catalog& c, const Role* role);

}  // namespace core

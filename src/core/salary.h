// Salary figures as a reader sees them: short money labels, the span a role's list row shows, the
// keys Compare sorts by, and the check that a "stated" figure's number is in its quote. Kept in
// core so the rules (what "or more", "about", "under" and "derived" mean) are tested natively.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model.h"

namespace core {

// "$140k", "$99.9k", "$1.2M".
std::string formatMoney(std::int64_t usd);

// A range as text: "$140k to $250k", "about $140k to $250k or more", "$180k or more" (an open
// floor), "from $140k", "up to $220k", "under $100k" (a ceiling just below a round figure),
// "about $140k" (min == max), "not stated". Never "up to $250k+": an open top is "or more".
std::string formatRange(const SalaryRange& r);

// The pay a role's row shows: one band for all levels as it is, else the lowest figure of any
// level to the highest. Empty when the role has no broad figure (scoped notes do not count).
struct PaySpan {
  std::optional<std::int64_t> low;   // a floor or a point; empty when a ceiling is the lowest end
  // The lowest end when it is a ceiling below every floor ("under $100k" at entry, "$300k or
  // more" at senior): the span runs from under it to `high`, with no figure between.
  std::optional<std::int64_t> lowCeiling;
  std::int64_t high = 0;             // the highest figure of any kind
  bool openHigh = false;             // the highest figure is open at the top
  bool approximate = false;          // "about" the lowest figure
  bool derived = false;              // an end is our reading of the source's words
  bool allDerived = false;           // every figure is: the source gives words, no number
  std::optional<std::int64_t> statedLow;  // the lowest figure that is not derived
  // The levels that give a figure, as indices into kSeniorities (a one-band role: all of them).
  // A span whose first or last level gives none is not the role's whole pay: it says so.
  int firstLevel = 0;
  int lastLevel = static_cast<int>(kSeniorities.size()) - 1;
};

// " (our reading)" when every figure of the span is derived, " (partly our reading)" when some
// are, "" when none.
std::string derivedSuffix(const PaySpan& span);
std::optional<PaySpan> paySpan(const Role& role);

// "$100k to $180k or more", "about $140k to $250k or more", "under $100k", "under $100k to
// $300k or more".
std::string formatSpan(const PaySpan& span);

// A span partly our reading is drawn in two parts: the derived one up to this figure (the first
// stated one, or the ceiling below it), then the stated one from `statedLow`. Empty when the span
// is all stated or all our reading.
std::optional<std::int64_t> derivedPartTop(const PaySpan& span);

// ", entry level only" when no level above entry gives a figure, ", mid and senior levels only"
// when entry gives none, and so on; "" when the span runs from entry to senior.
std::string spanScope(const PaySpan& span);

// The span as the roles list, Compare and the text mirror say it: the figures, " a year" when
// asked, the levels it covers when not all, and whether it is our reading:
// "under $100k a year, entry level only (our reading)".
std::string describeSpan(const PaySpan& span, bool perYear);

// Every level's pay on one line: "Entry: … · Mid: … · Senior: …" or "All levels: …".
std::string formatPayByLevel(const Role& role);

// A scoped pay note as a sentence: "Only for senior AI system architects: …".
std::string payNoteWords(const PayNote& note);

// Compare's sort keys, floors with floors (docs/data-format.md, "How a role's pay is summed up and sorted"): a role with
// a floor for the level (or for all levels) sorts by that floor, highest first; a role with some
// broad figure but no floor at that level comes after those; a role with no broad figure has no
// key and comes last. The key orders roles; it is not a sum of money.
std::optional<std::int64_t> entryPayKey(const Role& role);
std::optional<std::int64_t> seniorPayKey(const Role& role);

// The floor a level's pay starts at (a "from", an "or more" or an "about" figure); empty when the
// level gives only a ceiling or nothing. A one-band role answers with its band for every level.
std::optional<std::int64_t> payFloor(const Role& role, Seniority level);

// Whether `quote` contains the number n written in digits ("$180,000", "180000", "$400,000+").
bool quoteHasNumber(std::string_view quote, std::int64_t n);

// The highest figure in the whole catalog (salary bands and benchmarks, not scoped notes): the
// end of a shared axis.
std::int64_t highestFigure(const Catalog& catalog);

}  // namespace core

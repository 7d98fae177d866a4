// Salary figures as a reader sees them: short money labels and the numbers charts are drawn from.
// Kept in core so the rules (what "open", "from", "up to" mean) are tested natively.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model.h"

namespace core {

// "$140k", "$99.9k", "$1.2M".
std::string formatMoney(std::int64_t usd);

// A range as text: "$140k – $250k", "$180k+" (open), "from $140k", "up to $220k",
// "about $140k" (min == max), "not stated".
std::string formatRange(const SalaryRange& r);

// The span of a role's pay over all bands: lowest stated figure to highest, and whether the top
// is open. Empty when no band has a figure.
struct PaySpan {
  std::int64_t low = 0;
  std::int64_t high = 0;
  bool openHigh = false;
};
std::optional<PaySpan> paySpan(const Role& role);

// "$70k – $300k+", or "$400k+" when the span is one figure.
std::string formatSpan(const PaySpan& span);

// Sort keys for comparing roles: the low end of the entry band, the high end of the senior band.
// Only that band counts (a role whose only figure is senior must not top an entry-pay ranking);
// empty when the band has no figure.
std::optional<std::int64_t> entryPayKey(const Role& role);
std::optional<std::int64_t> seniorPayKey(const Role& role);

// The highest figure in the whole catalog (salary bands and benchmarks): the end of a shared axis.
std::int64_t highestFigure(const Catalog& catalog);

}  // namespace core

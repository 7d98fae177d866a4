#include "salary.h"

#include <algorithm>
#include <cstdio>

namespace core {

std::string formatMoney(std::int64_t usd) {
  char buf[32];
  if (usd >= 1'000'000) {
    std::snprintf(buf, sizeof buf, "$%.1fM", static_cast<double>(usd) / 1e6);
  } else if (usd >= 1000) {
    // Whole thousands print without a decimal; otherwise one decimal, rounded — but never up to a
    // whole thousand, so that a figure does not read as the next band ($99,999 is "$99.9k").
    long long hundreds = (usd + 50) / 100;
    if (hundreds % 10 == 0) hundreds = usd / 100;
    if (usd % 1000 == 0) std::snprintf(buf, sizeof buf, "$%lldk", static_cast<long long>(usd / 1000));
    else std::snprintf(buf, sizeof buf, "$%lld.%lldk", hundreds / 10, hundreds % 10);
  } else {
    std::snprintf(buf, sizeof buf, "$%lld", static_cast<long long>(usd));
  }
  return buf;
}

namespace {

// A ceiling one dollar below a round thousand is how "under $100k" is stored (max 99,999).
std::string ceilingText(std::int64_t max) {
  if ((max + 1) % 1000 == 0) return "under " + formatMoney(max + 1);
  return "up to " + formatMoney(max);
}

}  // namespace

std::string formatRange(const SalaryRange& r) {
  const std::string about = r.approximate ? "about " : "";
  const std::string more = r.openMax ? " or more" : "";
  if (r.min && r.max) {
    if (*r.min == *r.max) return "about " + formatMoney(*r.min) + more;
    return about + formatMoney(*r.min) + " to " + formatMoney(*r.max) + more;
  }
  if (r.min) return r.openMax ? about + formatMoney(*r.min) + " or more" : "from " + about + formatMoney(*r.min);
  if (r.max) return r.openMax ? formatMoney(*r.max) + " or more" : ceilingText(*r.max);
  return "not stated";
}

std::optional<PaySpan> paySpan(const Role& role) {
  std::optional<PaySpan> span;
  std::optional<std::int64_t> highest, ceiling;
  bool anyStated = false;
  auto take = [&](const SalaryRange& r) {
    if (!r.hasFigure()) return;
    if (!span) span = PaySpan{};
    if (!r.min && (!ceiling || *r.max < *ceiling)) ceiling = *r.max;
    if (r.min && (!span->low || *r.min < *span->low)) {
      span->low = *r.min;
      span->approximate = r.approximate;
    }
    const std::int64_t top = r.max ? *r.max : *r.min;
    // The top is open when the range holding the highest figure is open at the top.
    if (!highest || top > *highest) {
      highest = top;
      span->openHigh = r.openMax;
    } else if (top == *highest) {
      span->openHigh = span->openHigh || r.openMax;
    }
    span->derived = span->derived || r.derived();
    anyStated = anyStated || !r.derived();
    if (!r.derived()) {
      const std::int64_t bottom = r.min ? *r.min : *r.max;
      if (!span->statedLow || bottom < *span->statedLow) span->statedLow = bottom;
    }
  };
  int first = -1, last = -1;
  if (role.allLevels) {
    take(*role.allLevels);
  } else {
    for (std::size_t i = 0; i < kSeniorities.size(); ++i) {
      const SalaryRange& r = role.pay(kSeniorities[i]);
      if (!r.hasFigure()) continue;
      take(r);
      if (first < 0) first = static_cast<int>(i);
      last = static_cast<int>(i);
    }
  }
  if (span && first >= 0) {
    span->firstLevel = first;
    span->lastLevel = last;
  }
  if (span) {
    span->high = *highest;
    span->allDerived = !anyStated;
    // A ceiling under every floor is the span's lowest end: "under $100k", not the floor above.
    if (ceiling && span->low && *ceiling < *span->low) {
      span->low.reset();
      span->approximate = false;
      span->lowCeiling = ceiling;
    }
  }
  return span;
}

std::string derivedSuffix(const PaySpan& span) {
  if (!span.derived) return "";
  return span.allDerived ? " (our reading)" : " (partly our reading)";
}

std::string formatSpan(const PaySpan& span) {
  const std::string more = span.openHigh ? " or more" : "";
  if (span.lowCeiling) return ceilingText(*span.lowCeiling) + " to " + formatMoney(span.high) + more;
  if (!span.low) return span.openHigh ? formatMoney(span.high) + " or more" : ceilingText(span.high);
  const std::string about = span.approximate ? "about " : "";
  if (*span.low == span.high) return about + formatMoney(span.high) + more;
  return about + formatMoney(*span.low) + " to " + formatMoney(span.high) + more;
}

std::optional<std::int64_t> derivedPartTop(const PaySpan& span) {
  if (!span.derived || span.allDerived || !span.statedLow) return std::nullopt;
  if (!span.low) return span.lowCeiling;
  return *span.low < *span.statedLow ? span.statedLow : std::nullopt;
}

std::string spanScope(const PaySpan& span) {
  const int top = static_cast<int>(kSeniorities.size()) - 1;
  if (span.firstLevel == 0 && span.lastLevel == top) return "";
  const std::string first(nameOf(kSeniorities[static_cast<std::size_t>(span.firstLevel)]));
  if (span.firstLevel == span.lastLevel) return ", " + first + " level only";
  const std::string last(nameOf(kSeniorities[static_cast<std::size_t>(span.lastLevel)]));
  return ", " + first + " and " + last + " levels only";
}

std::string describeSpan(const PaySpan& span, bool perYear) {
  return formatSpan(span) + (perYear ? " a year" : "") + spanScope(span) + derivedSuffix(span);
}

std::string payNoteWords(const PayNote& note) { return "Only for " + note.scope + ": " + note.text; }

std::string formatPayByLevel(const Role& role) {
  auto one = [](const SalaryRange& r) {
    return formatRange(r) + (r.hasFigure() && r.derived() ? " (our reading)" : "");
  };
  if (role.allLevels) return "All levels: " + one(*role.allLevels);
  std::string out;
  for (Seniority s : kSeniorities) {
    if (!out.empty()) out += " \xC2\xB7 ";
    std::string name(nameOf(s));
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    out += name + ": " + one(role.pay(s));
  }
  return out;
}

std::optional<std::int64_t> payFloor(const Role& role, Seniority level) {
  const SalaryRange& r = role.allLevels ? *role.allLevels : role.pay(level);
  return r.min;
}

namespace {

// Floors sort above every "no floor at this level" role, which sort above roles with no figure.
constexpr std::int64_t kHasFloor = 1'000'000'000'000;

std::optional<std::int64_t> sortKey(const Role& role, Seniority level) {
  if (auto floor = payFloor(role, level)) return kHasFloor + *floor;
  if (paySpan(role)) return 0;
  return std::nullopt;
}

}  // namespace

std::optional<std::int64_t> entryPayKey(const Role& role) { return sortKey(role, Seniority::Entry); }
std::optional<std::int64_t> seniorPayKey(const Role& role) {
  return sortKey(role, Seniority::Senior);
}

namespace {
bool isDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}
}  // namespace

bool quoteHasNumber(std::string_view quote, std::int64_t n) {
  std::size_t i = 0;
  while (i < quote.size()) {
    if (quote[i] < '0' || quote[i] > '9') {
      ++i;
      continue;
    }
    // A run of digits, with commas between groups of three ("180,000").
    std::int64_t value = 0;
    bool overflow = false;
    while (i < quote.size()) {
      const char c = quote[i];
      if (c >= '0' && c <= '9') {
        if (value > 100'000'000'000) overflow = true;
        else value = value * 10 + (c - '0');
        ++i;
      } else if (c == ',' && i + 4 <= quote.size() && isDigits(quote.substr(i + 1, 3))) {
        ++i;
      } else {
        break;
      }
    }
    if (!overflow && value == n) return true;
  }
  return false;
}

std::int64_t highestFigure(const Catalog& catalog) {
  std::int64_t top = 0;
  for (const Role& role : catalog.roles) {
    if (auto span = paySpan(role)) top = std::max(top, span->high);
    for (const Benchmark& b : role.benchmarks)
      top = std::max({top, b.median, b.p90.value_or(0)});
  }
  return top;
}

}  // namespace core

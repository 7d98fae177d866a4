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

std::string formatRange(const SalaryRange& r) {
  const std::string plus = r.openMax ? "+" : "";
  if (r.min && r.max) {
    if (*r.min == *r.max) return "about " + formatMoney(*r.min) + plus;
    return formatMoney(*r.min) + " – " + formatMoney(*r.max) + plus;
  }
  if (r.min) return r.openMax ? formatMoney(*r.min) + "+" : "from " + formatMoney(*r.min);
  if (r.max) return "up to " + formatMoney(*r.max) + plus;
  return "not stated";
}

std::optional<PaySpan> paySpan(const Role& role) {
  std::optional<PaySpan> span;
  auto widen = [&](std::int64_t v) {
    if (!span) span = PaySpan{v, v, false};
    span->low = std::min(span->low, v);
    span->high = std::max(span->high, v);
  };
  for (const SalaryRange& r : role.salary) {
    if (r.min) widen(*r.min);
    if (r.max) widen(*r.max);
  }
  if (!span) return span;
  // The top is open when the band holding the highest figure is open at the top, or when the
  // highest figure is only a lower bound.
  for (const SalaryRange& r : role.salary) {
    std::int64_t top = r.max ? *r.max : (r.min ? *r.min : -1);
    if (top == span->high && (r.openMax || (r.min && !r.max))) span->openHigh = true;
  }
  return span;
}

std::string formatSpan(const PaySpan& span) {
  const std::string plus = span.openHigh ? "+" : "";
  if (span.low == span.high) return formatMoney(span.low) + plus;
  return formatMoney(span.low) + " \xE2\x80\x93 " + formatMoney(span.high) + plus;
}

std::optional<std::int64_t> entryPayKey(const Role& role) {
  const SalaryRange& r = role.pay(Seniority::Entry);
  return r.min ? r.min : r.max;
}

std::optional<std::int64_t> seniorPayKey(const Role& role) {
  const SalaryRange& r = role.pay(Seniority::Senior);
  return r.max ? r.max : r.min;
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

#include "course_words.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "decimal.h"
#include "json_document.h"  // withThousands
#include "salary.h"

namespace core {

namespace {

// The first four-digit year in an `as_of` ("2019", "2026-06-19", "autumn 2024"); "" when it
// names none ("undated page").
std::string yearIn(const std::string& asOf) {
  for (std::size_t i = 0; i + 4 <= asOf.size(); ++i) {
    bool digits = true;
    for (std::size_t k = i; k < i + 4 && digits; ++k) digits = std::isdigit(static_cast<unsigned char>(asOf[k])) != 0;
    const bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(asOf[i - 1]))) &&
                       (i + 4 == asOf.size() || !std::isdigit(static_cast<unsigned char>(asOf[i + 4])));
    if (digits && alone) return asOf.substr(i, 4);
  }
  return "";
}

}  // namespace

std::string coursePriceWords(const Price& p) {
  if (p.model == PriceModel::Free) return "Free";
  if (!p.usd)
    return p.model == PriceModel::FreeAudit      ? "Free to audit"
           : p.model == PriceModel::Subscription ? "Subscription (price not stated)"
                                                 : "One-time purchase (price not stated)";
  // Cents as the page states them ($49.99); whole dollars as the pay figures are written.
  const double v = *p.usd;
  char cents[32];
  std::snprintf(cents, sizeof cents, "$%.2f", v);
  const std::string usd = std::fabs(v - std::round(v)) >= 0.005 && v < 1000 ? cents : formatMoney(std::llround(v));
  // A figure says when it was stated: a price read years ago is not today's. Without a year,
  // what the data says of its date ("undated page") is said as it is.
  const std::string year = yearIn(p.asOf);
  const std::string when = year.empty() ? p.asOf : "as of " + year;
  std::string out = p.model == PriceModel::FreeAudit      ? "Free to audit, certificate " + usd
                    : p.model == PriceModel::Subscription ? usd + " a month (subscription"
                                                          : "One-time " + usd;
  const bool open = p.model == PriceModel::Subscription;
  if (!when.empty()) out += (open ? ", " : " (") + when;
  if (open || !when.empty()) out += ")";
  return out;
}

std::string courseHoursWords(const Hours& hours) {
  const long minutes = std::lround(hours.value * 60.0);
  const long h = minutes / 60, m = minutes % 60;
  const std::string time = m == 0   ? decimal(h) + " h"
                           : h == 0 ? decimal(m) + " min"
                                    : decimal(h) + " h " + decimal(m) + " min";
  return hours.approximate ? "about " + time : time;
}

std::string courseRatingWords(const Rating& r) {
  char value[16];
  std::snprintf(value, sizeof value, "%.1f", r.value);
  std::string out = std::string("rated ") + value + "/5";
  if (r.reviews) out += " (" + withThousands(static_cast<std::size_t>(*r.reviews)) + (*r.reviews == 1 ? " rating)" : " ratings)");
  return out;
}

}  // namespace core

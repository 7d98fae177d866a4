#include "course_estimate.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "json_number.h"

namespace core {

namespace {

struct Token {
  bool number = false;
  Span value;
  std::string word;  // lower case; punctuation ',' ':' '/' as words of their own
};

// Numbers (with a range "3-4", "3–4" or "3 to 4"), words, and the punctuation that matters.
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto isDash = [&](std::size_t at) {
    if (at < text.size() && text[at] == '-') return std::size_t{1};
    if (text.substr(at, 3) == "\xE2\x80\x93" || text.substr(at, 3) == "\xE2\x80\x94") return std::size_t{3};
    return std::size_t{0};
  };
  auto readNumber = [&](std::size_t& at, double& v) {
    std::size_t start = at;
    while (at < text.size() && (std::isdigit(static_cast<unsigned char>(text[at])) || text[at] == '.')) ++at;
    if (at == start || at - start > 9) return false;
    // Read as strtod would (up to a second point), by json_number.h: strtod stays out of the wasm.
    const std::string_view digits = text.substr(start, at - start);
    const std::size_t point = digits.find('.');
    std::string_view fraction = point == std::string_view::npos ? std::string_view() : digits.substr(point + 1);
    fraction = fraction.substr(0, fraction.find('.'));
    v = decimalToDouble(digits.substr(0, point), fraction, 0);
    return std::isfinite(v);
  };
  while (i < text.size() && out.size() < 64) {
    const unsigned char ch = static_cast<unsigned char>(text[i]);
    if (std::isdigit(ch)) {
      Token t;
      t.number = true;
      double lo = 0;
      if (!readNumber(i, lo)) {
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
        continue;
      }
      t.value = {lo, lo};
      // A range: "3-4", "3 – 4", "3 to 4".
      std::size_t j = i;
      while (j < text.size() && text[j] == ' ') ++j;
      std::size_t dash = isDash(j);
      if (!dash && text.substr(j, 3) == "to ") dash = 3;
      if (dash) {
        std::size_t k = j + dash;
        while (k < text.size() && text[k] == ' ') ++k;
        double hi = 0;
        if (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])) && readNumber(k, hi) && hi >= lo) {
          t.value.max = hi;
          i = k;
        }
      }
      out.push_back(t);
    } else if (std::isalpha(ch)) {
      Token t;
      while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
        t.word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
      out.push_back(t);
    } else {
      if (ch == ',' || ch == ':' || ch == '/' || ch == ';') out.push_back(Token{false, {}, std::string(1, text[i])});
      ++i;
    }
  }
  return out;
}

bool isWord(const std::vector<Token>& t, std::size_t i, std::initializer_list<std::string_view> words) {
  if (i >= t.size() || t[i].number) return false;
  for (std::string_view w : words)
    if (t[i].word == w) return true;
  return false;
}

Span scaled(Span s, double by) { return {s.min * by, s.max * by}; }

Span capped(Span s, double cap) { return {std::min(s.min, cap), std::min(s.max, cap)}; }

}  // namespace

std::optional<Duration> readDuration(std::string_view text) {
  const std::vector<Token> t = tokenize(text);
  if (isWord(t, 0, {"exam"})) return std::nullopt;  // an exam's sitting is not study time
  std::optional<Span> weeks, load;
  std::optional<double> parts;  // "5 courses": the weeks may be per course ("each")
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!t[i].number) continue;
    const Span v = t[i].value;
    if (isWord(t, i + 1, {"course", "courses"}) && v.min == v.max && v.min >= 1) {
      parts = v.min;
    } else if (isWord(t, i + 1, {"week", "weeks"}) && !weeks) {
      weeks = v;
      if (parts && isWord(t, i + 2, {"each"})) weeks = scaled(*weeks, *parts);
    } else if (isWord(t, i + 1, {"month", "months"}) && !weeks) {
      weeks = scaled(v, kWeeksPerMonth);
      if (parts && isWord(t, i + 2, {"each"})) weeks = scaled(*weeks, *parts);
    } else if (isWord(t, i + 1, {"h", "hr", "hrs", "hour", "hours"}) && !load) {
      // "5 hours a week", "5 hours per week", "5 h/week", "5 hours weekly"
      if ((isWord(t, i + 2, {"a", "per", "/"}) && isWord(t, i + 3, {"week"})) || isWord(t, i + 2, {"weekly"}))
        load = capped(v, 7 * 24);
    }
  }
  if (!weeks || weeks->max <= 0) return std::nullopt;
  return Duration{capped(*weeks, kMaxDurationWeeks), load};
}

bool teachesForPlan(const Course& c) { return c.kind != CourseKind::CertificationExam; }

CourseEstimate estimateCourse(const Course& c, const PlanAssumptions& a) {
  CourseEstimate e;
  // Copied out of the optional: GCC 12 cannot see that it is read only when present.
  const std::optional<Duration> read = c.duration ? readDuration(c.duration->value) : std::nullopt;
  const bool hasDuration = read.has_value();
  const Duration duration = read.value_or(Duration{});
  if (c.hours) {
    e.hours = {c.hours->value, c.hours->value};
    e.hoursApproximate = c.hours->approximate;
  } else if (hasDuration) {
    const Span load = duration.weeklyHours.value_or(Span{a.weeklyHoursMin, a.weeklyHoursMax});
    e.hours = {duration.weeks.min * load.min, duration.weeks.max * load.max};
    e.hoursBasis = HoursBasis::Duration;
  } else {
    double h = a.hoursUnknownLevel;
    if (c.level) {
      switch (c.level->value) {
        case CourseLevel::Beginner: h = a.hoursBeginner; break;
        case CourseLevel::Intermediate: h = a.hoursIntermediate; break;
        case CourseLevel::Advanced: h = a.hoursAdvanced; break;
      }
    }
    e.hours = {h, h};
    e.hoursBasis = HoursBasis::Level;
  }

  if (!c.price) return e;  // unknown
  switch (c.price->model) {
    case PriceModel::Free:
    case PriceModel::FreeAudit:  // auditing teaches the same skills; a certificate is optional
      e.usd = Span{0, 0};
      break;
    case PriceModel::OneTime:
      if (c.price->usd) e.usd = Span{*c.price->usd, *c.price->usd};
      break;
    case PriceModel::Subscription: {
      if (!c.price->usd) break;
      // Every month started is paid: the weeks the course takes, from its duration, or else from
      // its hours at the assumed weekly load. At least one month.
      Span weeks{e.hours.min / a.weeklyHoursMax, e.hours.max / a.weeklyHoursMin};
      if (hasDuration) weeks = duration.weeks;
      weeks = capped(weeks, kMaxDurationWeeks);
      auto months = [](double w) { return std::max(1.0, std::ceil(w / kWeeksPerMonth - 1e-9)); };
      e.usd = Span{months(weeks.min) * *c.price->usd, months(weeks.max) * *c.price->usd};
      e.usdEstimated = true;
      break;
    }
  }
  return e;
}

}  // namespace core

#include "calendar.h"

#include <cstdio>

namespace core {

// Counting in 400-year eras starting on 1 March makes leap days fall at the end of each year,
// so a day of the year follows from the month by a fixed formula.
int daysFromCivil(CivilDate d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yearOfEra = y - era * 400;
  const int monthFromMarch = d.month > 2 ? d.month - 3 : d.month + 9;
  const int dayOfYear = (153 * monthFromMarch + 2) / 5 + d.day - 1;
  const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

CivilDate civilFromDays(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int dayOfEra = z - era * 146097;
  const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
  const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
  const int monthFromMarch = (5 * dayOfYear + 2) / 153;
  CivilDate d;
  d.day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
  d.month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  d.year = yearOfEra + era * 400 + (d.month <= 2 ? 1 : 0);
  return d;
}

std::string formatDate(int days) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  CivilDate d = civilFromDays(days);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%d %s %d", d.day, kMonths[d.month - 1], d.year);
  return buf;
}

std::string isoDate(int days) {
  CivilDate d = civilFromDays(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace core

// Civil dates as whole days since 1970-01-01, for plan timelines. Proleptic Gregorian calendar.
#pragma once

#include <string>

namespace core {

struct CivilDate {
  int year = 1970, month = 1, day = 1;
};

int daysFromCivil(CivilDate date);
CivilDate civilFromDays(int days);

// "14 Mar 2027"
std::string formatDate(int days);
// "2027-03-14"
std::string isoDate(int days);

}  // namespace core

// A course's stated facts in words for a reader, the same wherever they are shown: its price with
// its unit and the year it was stated, its hours as a page gives them, its rating with how many
// ratings it averages.
#pragma once

#include <string>

#include "model.h"

namespace core {

// "$49 a month (subscription, as of 2019)", "Free to audit, certificate $49 (as of 2023)",
// "One-time $150", "Free". The year is the one `as_of` names, when it names one.
std::string coursePriceWords(const Price& price);
// "15 h", "1 h 4 min", "30 min": a stated figure, not rounded to a tenth of an hour; "about 15 h"
// when the page gives it as approximate.
std::string courseHoursWords(const Hours& hours);
// "rated 4.6/5 (7,280 ratings)", "rated 4.8/5".
std::string courseRatingWords(const Rating& rating);

}  // namespace core

// A course's stated facts in words (core/course_words.h): a price says its unit and when it was
// stated, hours read as the page gives them, a count of ratings is grouped.
#include <doctest/doctest.h>

#include "course_words.h"
#include "plan_words.h"

namespace {

core::Price price(core::PriceModel model, std::optional<double> usd, std::string asOf) {
  core::Price p;
  p.model = model;
  p.usd = usd;
  p.asOf = std::move(asOf);
  return p;
}

core::Hours hours(double value, bool approximate = false) {
  core::Hours h;
  h.value = value;
  h.approximate = approximate;
  return h;
}

}  // namespace

TEST_CASE("a course's price says per month for a subscription, and the year it was stated") {
  using M = core::PriceModel;
  CHECK(core::coursePriceWords(price(M::Subscription, 49, "2019")) == "$49 a month (subscription, as of 2019)");
  CHECK(core::coursePriceWords(price(M::Subscription, 49, "")) == "$49 a month (subscription)");
  CHECK(core::coursePriceWords(price(M::Subscription, std::nullopt, "2019")) == "Subscription (price not stated)");
  CHECK(core::coursePriceWords(price(M::FreeAudit, 49, "2023")) == "Free to audit, certificate $49 (as of 2023)");
  CHECK(core::coursePriceWords(price(M::FreeAudit, std::nullopt, "")) == "Free to audit");
  CHECK(core::coursePriceWords(price(M::OneTime, 165, "2026-06-19")) == "One-time $165 (as of 2026)");
  CHECK(core::coursePriceWords(price(M::OneTime, 200, "undated pages")) == "One-time $200 (undated pages)");
  CHECK(core::coursePriceWords(price(M::Subscription, 49, "undated page")) == "$49 a month (subscription, undated page)");
  CHECK(core::coursePriceWords(price(M::OneTime, 150, "autumn 2024")) == "One-time $150 (as of 2024)");
  CHECK(core::coursePriceWords(price(M::OneTime, 19.99, "")) == "One-time $19.99");
  CHECK(core::coursePriceWords(price(M::OneTime, std::nullopt, "2026")) == "One-time purchase (price not stated)");
  CHECK(core::coursePriceWords(price(M::Free, 0, "2024")) == "Free");
  // Digits that are not a year on their own are not taken for one: the words are said as they are.
  CHECK(core::coursePriceWords(price(M::OneTime, 10, "page 123456")) == "One-time $10 (page 123456)");
}

TEST_CASE("a course's hours read as a page gives them: hours and minutes, never 1.07 h") {
  CHECK(core::courseHoursWords(hours(15)) == "15 h");
  CHECK(core::courseHoursWords(hours(1.07)) == "1 h 4 min");
  CHECK(core::courseHoursWords(hours(1.5)) == "1 h 30 min");
  CHECK(core::courseHoursWords(hours(0.5)) == "30 min");
  CHECK(core::courseHoursWords(hours(8)) == "8 h");
}

TEST_CASE("hours a page gives as approximate say so: \"about 15 hours\" is not 15 h") {
  CHECK(core::courseHoursWords(hours(15, true)) == "about 15 h");
  CHECK(core::courseHoursWords(hours(1.5, true)) == "about 1 h 30 min");
  CHECK(core::courseHoursWords(hours(0.75, true)) == "about 45 min");
}

TEST_CASE("a course's rating groups the number of ratings") {
  core::Rating r;
  r.value = 4.6;
  r.reviews = 7280;
  CHECK(core::courseRatingWords(r) == "rated 4.6/5 (7,280 ratings)");
  r.reviews = 1;
  CHECK(core::courseRatingWords(r) == "rated 4.6/5 (1 rating)");
  r.reviews.reset();
  r.value = 4.8;
  CHECK(core::courseRatingWords(r) == "rated 4.8/5");
  r.reviews = 1234567;
  CHECK(core::courseRatingWords(r) == "rated 4.8/5 (1,234,567 ratings)");
}

TEST_CASE("estimated hours are whole hours, widened outwards, and stated ones keep their tenth") {
  CHECK(core::hoursWords(core::Span{98.07, 99.07}, true) == "~98\xE2\x80\x93" "100 h est.");
  CHECK(core::hoursWords(core::Span{24, 24}, true) == "~24 h est.");
  CHECK(core::hoursWords(core::Span{16.07, 16.07}, false) == "16.1 h");
  CHECK(core::hoursWords(core::Span{15, 15}, false) == "15 h");
  // Said aloud (the live region), the same figures in words: no "~" for a screen reader to read.
  core::Plan plan;
  plan.hoursSpan = core::Span{45.6, 96.2};
  plan.hoursEstimated = true;
  CHECK(core::spokenHoursWords(plan) == "an estimated 45 to 97 hours");
  plan.hoursSpan = core::Span{16.07, 16.07};
  plan.hoursEstimated = false;
  CHECK(core::spokenHoursWords(plan) == "16.1 hours");
}

TEST_CASE("a plan's note says a subscription it counts is priced as stated in an earlier year") {
  core::Course course;
  course.title = "Deep Learning Specialization";
  core::Fact<std::string> duration;
  duration.value = "3\xE2\x80\x93" "6 months";
  course.duration = duration;
  course.price = price(core::PriceModel::Subscription, 49, "2019");
  core::Plan plan;
  core::PlannedCourse pc;
  pc.course = &course;
  pc.usdEstimated = true;
  plan.courses.push_back(pc);
  plan.anyEstimate = true;
  const std::string note = core::estimateNote(plan);
  CHECK(note.find("not at your hours a week: Deep Learning Specialization, $49 a month (subscription, as of 2019).") != std::string::npos);
}

TEST_CASE("with the levels limited, a plan names its courses that state no level (the filter keeps them)") {
  core::Course stated, unstated;
  stated.title = "Stated";
  stated.level = core::Fact<core::CourseLevel>{};
  stated.level->value = core::CourseLevel::Beginner;
  unstated.title = "Unstated";
  core::Plan plan;
  for (const core::Course* c : {&stated, &unstated}) {
    core::PlannedCourse pc;
    pc.course = c;
    plan.courses.push_back(pc);
  }
  core::PlanFilters filters;
  filters.maxLevel = core::CourseLevel::Beginner;
  CHECK(core::unstatedLevelWords(plan, filters) ==
        "1 course here states no level, so \xE2\x80\x9Cup to beginner\xE2\x80\x9D keeps it: Unstated.");
  filters.maxLevel = core::CourseLevel::Advanced;  // every level: nothing to say
  CHECK(core::unstatedLevelWords(plan, filters).empty());
}

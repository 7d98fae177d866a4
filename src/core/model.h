// The career data as the program sees it: plain structs, filled by the loader (data_loader.h)
// from data/careers.json (format: docs/data-format.md). Nothing here depends on ImGui or the web.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hash_map.h"

namespace core {

// How sure we are of a figure (docs/data-format.md, "Confidence").
enum class Confidence { Article, Confirmed, Secondary, Unconfirmed };

enum class SkillCategory { Technical, Data, Product, Creative, Governance, Foundations };

enum class CourseLevel { Beginner, Intermediate, Advanced };

enum class PriceModel { Free, FreeAudit, Subscription, OneTime };

// What a catalogue entry is: most teach; an exam certifies (its preparation teaches).
enum class CourseKind { Course, Specialization, ProfessionalCertificate, CertificationExam, Mooc, Primer };

// Seniority bands of the salary figures, in display order.
enum class Seniority { Entry = 0, Mid = 1, Senior = 2 };
inline constexpr std::array<Seniority, 3> kSeniorities{Seniority::Entry, Seniority::Mid,
                                                       Seniority::Senior};

// Whether a pay figure's number is in the source's words ("stated") or is our reading of words
// that give no number ("derived": "six-figure" read as $100,000 or more). docs/data-format.md.
enum class PayBasis { Stated, Derived };

// A figure that may come with a note, and always with its confidence. `source` is where it was
// read, an http(s) address or "article" (the source article itself), and `checked` the date
// ("YYYY-MM-DD"); both empty when the data does not say.
template <class T>
struct Fact {
  T value{};
  Confidence confidence = Confidence::Unconfirmed;
  std::string note;
  std::string source;
  std::string checked;
};

// US dollars a year. Both ends empty: the source gives no figure for this band.
struct SalaryRange {
  std::optional<std::int64_t> min;
  std::optional<std::int64_t> max;
  bool openMax = false;      // "or more", "exceeding", "well over": the top is open
  bool approximate = false;  // "about", "around", "approximately"
  PayBasis basis = PayBasis::Stated;
  Confidence confidence = Confidence::Article;
  std::string provenance;  // the source's words this encodes (a quote)
  std::string note;

  bool hasFigure() const { return min.has_value() || max.has_value(); }
  bool derived() const { return basis == PayBasis::Derived; }
};

// A figure the source gives only for a narrow group ("senior AI system architects", "some
// creative leadership roles at top-tier firms"): shown with its scope beside the role's pay,
// never as its span, and never used to sort roles.
struct PayNote {
  std::string scope;       // who it applies to, our words
  std::string text;        // what it says, our words
  std::optional<std::int64_t> figure;  // the number in the quote, when there is one
  PayBasis basis = PayBasis::Stated;
  std::string provenance;  // the source's words (a quote)
};

// A government wage figure for a comparable occupation (e.g. BLS).
struct Benchmark {
  std::string occupation;
  std::string code;
  std::string source;
  std::string url;     // where the figures were read
  std::string period;  // e.g. "May 2024": when the wages were measured
  int year = 0;
  std::int64_t median = 0;
  std::optional<std::int64_t> p10, p25, p75, p90;
  std::optional<double> growthPct;
  std::string growthPeriod;
  Confidence confidence = Confidence::Secondary;
};

struct Skill {
  std::string id;
  std::string name;
  SkillCategory category = SkillCategory::Technical;
  std::string description;
  // What basic, working and strong mean, one concrete line each (what you can do): the words a
  // reader rates themself against. Empty when the data gives none.
  std::array<std::string, 3> levels;
  // From this level up (1..3) the skill is learned at work, not from a course in the catalogue;
  // 0: courses teach it as far as any role needs. `onJobNote` says why, in our words.
  int onJobFrom = 0;
  std::string onJobNote;

  const std::string& levelText(int level) const { return levels[static_cast<std::size_t>(level - 1)]; }
};

// What a statement of the source says about a role's prospects: that more people are wanted
// ("demand"), that the role is growing ("growth"), what employers look for when they hire
// ("hiring-signal"), or how the work pays, in words without a figure ("pay"; figures belong in
// a role's salary). docs/data-format.md, "Outlook".
enum class OutlookKind { Demand, Growth, HiringSignal, Pay };

// A statement on demand or growth, quoted: `quote` is the source's own words, never ours (the
// widget adds the quotation marks). `source` is "article" or an http(s) address, `checked` the
// day the words were checked against it (YYYY-MM-DD).
struct OutlookStatement {
  std::string quote;
  OutlookKind kind = OutlookKind::Demand;
  std::string source;
  std::string checked;
};

struct SkillNeed {
  std::string skill;  // Skill::id
  int level = 1;      // 1..3: how well the role needs it
  int weight = 1;     // 1..3: how much it matters for the role
  // The source does not name this skill for the role: we chose it. (No level or weight is ever
  // the source's: it gives none.)
  bool ourReading = false;
  std::string why;  // our words: what the choice rests on
  // The skill's place in Catalog::skills, set with the catalogue's index (rebuildIndex); past the
  // end when the catalogue has no such skill. Fits read a rating by it (fit.cpp).
  std::uint32_t at = UINT32_MAX;
};

struct Role {
  std::string id;
  std::string title;
  std::string summary;
  std::vector<std::string> activities;
  // Either figures per level (`salary`, indexed by Seniority) or one band the source gives for
  // every level at once (`allLevels`; then `salary` is empty).
  std::array<SalaryRange, 3> salary;
  std::optional<SalaryRange> allLevels;
  std::vector<PayNote> payNotes;
  std::vector<Benchmark> benchmarks;
  std::vector<SkillNeed> skills;
  std::vector<std::string> tools;
  std::vector<OutlookStatement> outlook;  // what the source says about this role alone

  const SalaryRange& pay(Seniority s) const { return salary[static_cast<int>(s)]; }
  bool oneBand() const { return allLevels.has_value(); }
};

struct SkillTaught {
  std::string skill;  // Skill::id
  int level = 1;      // 1..3: the level a learner reaches
};

struct Price {
  PriceModel model = PriceModel::OneTime;
  std::optional<double> usd;
  Confidence confidence = Confidence::Unconfirmed;
  std::string note;
  std::string asOf;  // when the price was stated (a date or a year), as the page gives it
  std::string source;
  std::string checked;
};

struct Legacy {
  std::string reason;
  std::string successor;
  std::string source;
  std::string checked;
};

// A course's study time. `approximate`: the page says "about 15 hours", and the widget says
// "about" with it and with every total it is part of.
struct Hours : Fact<double> {
  bool approximate = false;
};

// Stars out of 5, and how many ratings they average when the page says.
struct Rating : Fact<double> {
  std::optional<std::int64_t> reviews;
};

// One place a course's facts were read.
struct CourseSource {
  std::string about;    // which facts, our words
  std::string url;      // http(s), or "article"
  std::string checked;  // YYYY-MM-DD
};

struct Course {
  std::string id;
  std::string title;
  CourseKind kind = CourseKind::Course;
  std::string provider;
  std::string partner;
  std::string instructor;  // empty when no page names one
  bool namedInArticle = false;  // the source article names this very course
  std::string url;  // http(s) or empty
  Confidence urlConfidence = Confidence::Unconfirmed;
  std::optional<Fact<CourseLevel>> level;
  std::optional<Hours> hours;
  std::optional<Fact<std::string>> duration;
  std::optional<Price> price;
  std::optional<Rating> rating;
  std::vector<SkillTaught> teaches;
  Confidence confidence = Confidence::Unconfirmed;
  std::string about;
  std::optional<Legacy> legacy;
  std::vector<CourseSource> sources;
  std::string checked;  // when the course's page or facts were last checked, YYYY-MM-DD
};

struct Profile {
  std::string id;
  std::string name;
  std::vector<std::pair<std::string, int>> ratings;  // skill id, 0..3; the loader sorts them by id
};

struct Source {
  std::string title;
  bool titleIsDescription = false;  // the source has no recorded title: `title` describes it
  std::string publisher;
  int year = 0;
  std::string region;
  std::string currency;
  std::string asOf;
  std::string note;
};

struct Catalog {
  int format = 0;
  Source source;
  std::vector<Skill> skills;
  std::vector<Role> roles;
  std::vector<Course> courses;
  std::vector<Profile> profiles;
  // What the source says about all its roles at once (shown with every role, marked so).
  std::vector<OutlookStatement> outlook;

  // Look-ups by stable id; null when absent. Built by the loader (rebuildIndex(), which also
  // sets each role's SkillNeed::at; call it again after changing skills or roles).
  const Skill* findSkill(std::string_view id) const;
  const Role* findRole(std::string_view id) const;
  const Course* findCourse(std::string_view id) const;
  void rebuildIndex();

 private:
  HashMap<std::string, std::uint32_t> skillIndex_, roleIndex_, courseIndex_;
};

// Names as they appear in the data file and in the interface.
std::string_view nameOf(Confidence c);
std::string_view nameOf(SkillCategory c);
std::string_view nameOf(CourseLevel l);
std::string_view nameOf(PriceModel m);
std::string_view nameOf(Seniority s);
std::string_view nameOf(PayBasis b);
std::string_view nameOf(CourseKind k);
std::string_view nameOf(OutlookKind k);

std::optional<Confidence> confidenceFromString(std::string_view s);
std::optional<SkillCategory> skillCategoryFromString(std::string_view s);
std::optional<CourseLevel> courseLevelFromString(std::string_view s);
std::optional<PriceModel> priceModelFromString(std::string_view s);
std::optional<PayBasis> payBasisFromString(std::string_view s);
std::optional<CourseKind> courseKindFromString(std::string_view s);
std::optional<OutlookKind> outlookKindFromString(std::string_view s);

}  // namespace core

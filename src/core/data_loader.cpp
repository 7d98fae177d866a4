#include "data_loader.h"

#include <algorithm>

#include "decimal.h"
#include "function_ref.h"
#include "hash_map.h"
#include "json_sax_reader.h"
#include "salary.h"
#include "stable_sort.h"
#include "text_check.h"

namespace core {

namespace {

constexpr std::int64_t kMaxSalary = 100'000'000;  // guards against typos with extra zeros
constexpr int kFormat = 1;

// How long each list may be (docs/data-format.md, "Limits"). They bound the memory a file can
// make the loader use; each is far above what a real catalogue needs. A role's skills are at most
// 64 because the planner holds a skill gap in a 64-bit set.
const ListRule kSkills{0, kMaxSkillsInFile, "skills", "a file"};
const ListRule kRoles{0, 1'000, "roles", "a file"};
// A course takes ~700 bytes at the least in the bundled data, ~480 in the synthetic catalogues.
const ListRule kCourses{0, kMaxCoursesInFile, "courses", "a file", 400};
const ListRule kProfiles{0, 100, "profiles", "a file"};
const ListRule kActivities{1, 50, "activities", "a role"};
const ListRule kTools{0, 100, "tools", "a role"};
const ListRule kBenchmarks{0, 20, "benchmarks", "a role"};
const ListRule kRoleSkills{1, 64, "skills", "a role"};
const ListRule kTeaches{0, 64, "skills", "a course"};
const ListRule kRatings{0, 10'000, "ratings", "a profile"};
const ListRule kCourseSources{0, 40, "sources", "a course"};

const ListRule kPayNotes{0, 20, "pay_notes", "a role"};
const ListRule kRoleOutlook{0, 20, "statements", "a role"};
const ListRule kOutlook{0, 20, "statements", "a file"};

// A quote is a sentence or two, not a page: it is drawn whole in a role's profile.
constexpr std::size_t kMaxQuoteChars = 600;

const char* const kConfidenceNames = "article, confirmed, secondary, unconfirmed";

std::string money(std::int64_t n) { return decimal(n); }

void confidence(Fields& f, Confidence& out) {
  f.enumeration<Confidence, confidenceFromString>("confidence", out, kConfidenceNames);
}

void bindSource(Fields& f, Source& s) {
  f.text("title", s.title, Need::Required, TextKind::Line, true);
  f.boolean("title_is_description", s.titleIsDescription, Need::Optional);
  f.text("publisher", s.publisher, Need::Optional);
  f.integer("year", s.year, 1900, 2200, Need::Required);
  f.text("region", s.region, Need::Required, TextKind::Line, true);
  f.text("currency", s.currency, Need::Required, TextKind::Line, true);
  f.text("as_of", s.asOf, Need::Required, TextKind::Line, true);
  f.text("note", s.note, Need::Optional, TextKind::Prose);
}

// "YYYY-MM-DD": a real calendar shape, not a free-form string.
bool isDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  const int year = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
  const int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);  // "2026-02-31" is no day
}

// Where a fact was read: an http(s) address, or "article" for the source article itself.
bool isSourceAddress(std::string_view s) { return s == "article" || isHttpUrl(s); }

template <class T>
void checkSourced(Fields& f, const T& s) {
  if (!s.source.empty() && !isSourceAddress(s.source))
    f.errorAt("source", quoteForMessage(s.source) + " is not an http(s) address or \"article\"");
  if (!s.checked.empty() && !isDate(s.checked))
    f.errorAt("checked", quoteForMessage(s.checked) + " is not a date (YYYY-MM-DD)");
}

template <class T>
void bindSourced(Fields& f, T& s) {
  f.text("source", s.source, Need::Optional);
  f.text("checked", s.checked, Need::Optional);
}

void bindSkillLevels(Fields& f, std::array<std::string, 3>& levels) {
  f.text("basic", levels[0], Need::Required, TextKind::Line, true);
  f.text("working", levels[1], Need::Required, TextKind::Line, true);
  f.text("strong", levels[2], Need::Required, TextKind::Line, true);
}

void bindOnTheJob(Fields& f, Skill& s) {
  f.integer("from_level", s.onJobFrom, 1, 3, Need::Required);
  f.text("note", s.onJobNote, Need::Required, TextKind::Prose, true);
}

void bindSkill(Fields& f, Skill& s) {
  f.id(s.id);
  f.text("name", s.name, Need::Required, TextKind::Line, true);
  f.enumeration<SkillCategory, skillCategoryFromString>(
      "category", s.category, "technical, data, product, creative, governance, foundations");
  f.text("description", s.description, Need::Required, TextKind::Prose, true);
  f.object<std::array<std::string, 3>, bindSkillLevels>("levels", s.levels, Need::Optional);
  f.object<Skill, bindOnTheJob>("on_the_job", s, Need::Optional);
}

void payBasis(Fields& f, PayBasis& out) {
  f.enumeration<PayBasis, payBasisFromString>("basis", out, "stated, derived", Need::Optional);
}

// A "stated" figure is one whose number the source gives: it must be in the quote. A reader
// trusts the label, so a mismatch is worth a warning even in a blogger's own data.
void checkStatedNumber(Fields& f, PayBasis basis, std::optional<std::int64_t> n,
                       const std::string& provenance) {
  if (basis == PayBasis::Stated && n && !quoteHasNumber(provenance, *n))
    f.warning("the figure " + money(*n) +
              " is marked stated, but its provenance does not contain that number (mark it "
              "\"derived\" if it is our reading)");
}

void checkSalaryRange(Fields& f, SalaryRange& s) {
  const bool bothRead = f.good("min") && f.good("max");
  if (bothRead && s.min && s.max && *s.min > *s.max)
    f.error("min " + money(*s.min) + " is above max " + money(*s.max));
  if (bothRead && !s.hasFigure() && s.note.empty())
    f.error("has no figure, so it needs a note saying why");
  if (s.hasFigure() && s.derived() && s.note.empty())
    f.error("a derived figure needs a note saying how the source's words were read");
  if (s.hasFigure() && s.provenance.empty()) f.warning("has a figure but no provenance");
  else {
    checkStatedNumber(f, s.basis, s.min, s.provenance);
    checkStatedNumber(f, s.basis, s.max, s.provenance);
  }
}

void bindSalaryRange(Fields& f, SalaryRange& s) {
  f.nullableInteger("min", s.min, 0, kMaxSalary, Need::Required);
  f.nullableInteger("max", s.max, 0, kMaxSalary, Need::Required);
  f.boolean("open_max", s.openMax, Need::Optional);
  f.boolean("approximate", s.approximate, Need::Optional);
  payBasis(f, s.basis);
  confidence(f, s.confidence);
  f.text("provenance", s.provenance, Need::Optional, TextKind::Prose);
  f.text("note", s.note, Need::Optional, TextKind::Prose);
  f.atEnd<SalaryRange, checkSalaryRange>(s);
}

// Pay is either per level (entry, mid, senior: all three) or one band for all levels ("all").
void checkSalary(Fields& f, Role& /*role*/) {
  const bool all = f.present("all");
  bool anyLevel = false;
  for (Seniority band : kSeniorities) anyLevel = anyLevel || f.present(nameOf(band).data());
  if (all && anyLevel) {
    f.error("gives both per-level figures and one band for all levels; keep one");
    return;
  }
  if (all) return;
  for (Seniority band : kSeniorities)
    if (!f.present(nameOf(band).data()))
      f.errorAt(nameOf(band).data(), "is required (or give one band for all levels as \"all\")");
}

void bindSalary(Fields& f, Role& role) {
  for (Seniority band : kSeniorities)
    f.object<SalaryRange, bindSalaryRange>(nameOf(band).data(),
                                           role.salary[static_cast<int>(band)], Need::Optional);
  f.optionalObject<SalaryRange, bindSalaryRange>("all", role.allLevels);
  f.atEnd<Role, checkSalary>(role);
}

void checkPayNote(Fields& f, PayNote& n) { checkStatedNumber(f, n.basis, n.figure, n.provenance); }

void bindPayNote(Fields& f, PayNote& n) {
  f.text("scope", n.scope, Need::Required, TextKind::Line, true);
  f.text("text", n.text, Need::Required, TextKind::Prose, true);
  f.nullableInteger("figure", n.figure, 0, kMaxSalary, Need::Optional);
  payBasis(f, n.basis);
  f.text("provenance", n.provenance, Need::Required, TextKind::Prose, true);
  f.atEnd<PayNote, checkPayNote>(n);
}

// Percentiles must rise: p10 <= p25 <= median <= p75 <= p90.
void checkBenchmark(Fields& f, Benchmark& b) {
  std::pair<const char*, std::optional<std::int64_t>> order[] = {
      {"p10", b.p10}, {"p25", b.p25}, {"median", b.median}, {"p75", b.p75}, {"p90", b.p90}};
  const char* lastName = nullptr;
  std::int64_t last = -1;
  for (auto& [name, value] : order) {
    if (!value) continue;
    if (lastName && *value < last)
      f.error(std::string(name) + " " + money(*value) + " is below " + lastName + " " +
              money(last));
    lastName = name;
    last = *value;
  }
}

void bindBenchmark(Fields& f, Benchmark& b) {
  f.text("occupation", b.occupation, Need::Required, TextKind::Line, true);
  f.text("code", b.code, Need::Optional);
  f.text("source", b.source, Need::Required, TextKind::Line, true);
  f.url("url", b.url, Need::Optional);
  f.text("period", b.period, Need::Optional);
  f.integer("year", b.year, 1900, 2200, Need::Required);
  f.integer("median", b.median, 0, kMaxSalary, Need::Required);
  f.nullableInteger("p10", b.p10, 0, kMaxSalary, Need::Optional);
  f.nullableInteger("p25", b.p25, 0, kMaxSalary, Need::Optional);
  f.nullableInteger("p75", b.p75, 0, kMaxSalary, Need::Optional);
  f.nullableInteger("p90", b.p90, 0, kMaxSalary, Need::Optional);
  f.nullableNumber("growth_pct", b.growthPct, -100, 1000, Need::Optional);
  f.text("growth_period", b.growthPeriod, Need::Optional);
  confidence(f, b.confidence);
  f.atEnd<Benchmark, checkBenchmark>(b);
}

void checkSkillNeed(Fields& f, SkillNeed& n) {
  if (n.ourReading && n.why.empty()) f.warning("is marked our reading but does not say why");
}

void bindSkillNeed(Fields& f, SkillNeed& n) {
  f.text("skill", n.skill, Need::Required, TextKind::Line, true);
  f.integer("level", n.level, 1, 3, Need::Required);
  f.integer("weight", n.weight, 1, 3, Need::Required);
  f.boolean("our_reading", n.ourReading, Need::Optional);
  f.text("why", n.why, Need::Optional, TextKind::Prose);
  f.atEnd<SkillNeed, checkSkillNeed>(n);
}

bool isQuotationMark(char32_t c) {
  return c == U'"' || c == U'\'' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D ||
         c == 0xAB || c == 0xBB;
}

// The quote is the source's words alone: the widget adds the quotation marks and says where the
// words come from, so marks around them would be doubled and a long passage would swamp a profile.
void checkOutlook(Fields& f, OutlookStatement& s) {
  if (f.good("quote")) {
    std::size_t chars = 0, i = 0;
    char32_t c = 0, first = 0, last = 0;
    while (i < s.quote.size()) {
      if (!decodeUtf8(s.quote, i, c)) continue;
      if (chars++ == 0) first = c;
      last = c;
    }
    if (chars > kMaxQuoteChars)
      f.errorAt("quote", "is " + decimal(chars) + " characters long; the limit is " +
                             decimal(kMaxQuoteChars) +
                             " (quote the sentence that makes the statement)");
    if (chars >= 2 && isQuotationMark(first) && isQuotationMark(last))
      f.errorAt("quote", "is wrapped in quotation marks; give the words alone (the widget adds "
                         "the marks)");
  }
  if (f.good("source") && !isSourceAddress(s.source))
    f.errorAt("source", quoteForMessage(s.source) + " is not an http(s) address or \"article\"");
  if (f.good("checked") && !isDate(s.checked))
    f.errorAt("checked", quoteForMessage(s.checked) + " is not a date (YYYY-MM-DD)");
}

void bindOutlook(Fields& f, OutlookStatement& s) {
  f.text("quote", s.quote, Need::Required, TextKind::Line, true);
  f.enumeration<OutlookKind, outlookKindFromString>("kind", s.kind,
                                                    "demand, growth, hiring-signal, pay");
  f.text("source", s.source, Need::Required, TextKind::Line, true);
  f.text("checked", s.checked, Need::Required, TextKind::Line, true);
  f.atEnd<OutlookStatement, checkOutlook>(s);
}

void bindRole(Fields& f, Role& role) {
  f.id(role.id);
  f.text("title", role.title, Need::Required, TextKind::Line, true);
  f.text("summary", role.summary, Need::Required, TextKind::Prose, true);
  f.textList("activities", role.activities, Need::Required, kActivities);
  f.object<Role, bindSalary>("salary", role, Need::Required);
  f.list<PayNote, bindPayNote>("pay_notes", role.payNotes, Need::Optional, kPayNotes);
  f.list<Benchmark, bindBenchmark>("benchmarks", role.benchmarks, Need::Optional, kBenchmarks);
  f.list<SkillNeed, bindSkillNeed>("skills", role.skills, Need::Required, kRoleSkills);
  f.textList("tools", role.tools, Need::Optional, kTools);
  f.list<OutlookStatement, bindOutlook>("outlook", role.outlook, Need::Optional, kRoleOutlook);
}

template <class T>
void checkFact(Fields& f, Fact<T>& fact) { checkSourced(f, fact); }

template <class T>
void bindFactMeta(Fields& f, Fact<T>& fact) {
  confidence(f, fact.confidence);
  f.text("note", fact.note, Need::Optional, TextKind::Prose);
  bindSourced(f, fact);
  f.atEnd<Fact<T>, checkFact<T>>(fact);
}

void bindLevelFact(Fields& f, Fact<CourseLevel>& fact) {
  f.enumeration<CourseLevel, courseLevelFromString>("value", fact.value,
                                                    "beginner, intermediate, advanced");
  bindFactMeta(f, fact);
}

// A course's study time: more than nothing (a course of 0 hours would be "done" before it is
// begun, and put nothing in a calendar), at most a year of full-time study and then some.
constexpr double kMinCourseHours = 0.05;  // three minutes

void bindHoursFact(Fields& f, Hours& fact) {
  f.number("value", fact.value, kMinCourseHours, 10000, Need::Required);
  f.boolean("approximate", fact.approximate, Need::Optional);
  bindFactMeta<double>(f, fact);
}

void bindDurationFact(Fields& f, Fact<std::string>& fact) {
  f.text("value", fact.value, Need::Required, TextKind::Line, true);
  bindFactMeta(f, fact);
}

void bindRatingFact(Fields& f, Rating& fact) {
  f.number("value", fact.value, 0, 5, Need::Required);
  f.nullableInteger("reviews", fact.reviews, 0, 1'000'000'000, Need::Optional);
  bindFactMeta<double>(f, fact);
}

void checkPrice(Fields& f, Price& p) { checkSourced(f, p); }

void bindPrice(Fields& f, Price& p) {
  f.enumeration<PriceModel, priceModelFromString>("model", p.model,
                                                  "free, free-audit, subscription, one-time");
  f.nullableNumber("usd", p.usd, 0, 1e6, Need::Optional);
  f.text("as_of", p.asOf, Need::Optional);
  confidence(f, p.confidence);
  f.text("note", p.note, Need::Optional, TextKind::Prose);
  bindSourced(f, p);
  f.atEnd<Price, checkPrice>(p);
}

void bindTaught(Fields& f, SkillTaught& t) {
  f.text("skill", t.skill, Need::Required, TextKind::Line, true);
  f.integer("level", t.level, 1, 3, Need::Required);
}

void checkLegacy(Fields& f, Legacy& l) { checkSourced(f, l); }

void bindLegacy(Fields& f, Legacy& l) {
  f.text("reason", l.reason, Need::Required, TextKind::Prose, true);
  f.text("successor", l.successor, Need::Optional);
  bindSourced(f, l);
  f.atEnd<Legacy, checkLegacy>(l);
}

void checkCourseSource(Fields& f, CourseSource& s) {
  if (f.good("url") && !isSourceAddress(s.url))
    f.errorAt("url", quoteForMessage(s.url) + " is not an http(s) address or \"article\"");
  if (f.good("checked") && !isDate(s.checked))
    f.errorAt("checked", quoteForMessage(s.checked) + " is not a date (YYYY-MM-DD)");
}

void bindCourseSource(Fields& f, CourseSource& s) {
  f.text("about", s.about, Need::Required, TextKind::Prose, true);
  f.text("url", s.url, Need::Required);
  f.text("checked", s.checked, Need::Required);
  f.atEnd<CourseSource, checkCourseSource>(s);
}

// The URL's confidence is asked for only when there is a URL.
void checkCourse(Fields& f, Course& c) {
  if (!c.url.empty()) f.readDeferred("url_confidence");
  if (!c.checked.empty() && !isDate(c.checked))
    f.errorAt("checked", quoteForMessage(c.checked) + " is not a date (YYYY-MM-DD)");
}

void bindCourse(Fields& f, Course& c) {
  f.id(c.id);
  f.text("title", c.title, Need::Required, TextKind::Line, true);
  f.enumeration<CourseKind, courseKindFromString>(
      "kind", c.kind,
      "course, specialization, professional-certificate, certification-exam, mooc, primer",
      Need::Optional);
  f.text("provider", c.provider, Need::Required, TextKind::Line, true);
  f.text("partner", c.partner, Need::Optional);
  f.text("instructor", c.instructor, Need::Optional);
  f.boolean("named_in_article", c.namedInArticle, Need::Optional);
  f.url("url", c.url, Need::Required);
  f.deferredEnumeration<Confidence, confidenceFromString>("url_confidence", c.urlConfidence,
                                                           kConfidenceNames);
  f.optionalObject<Fact<CourseLevel>, bindLevelFact>("level", c.level);
  f.optionalObject<Hours, bindHoursFact>("hours", c.hours);
  f.optionalObject<Fact<std::string>, bindDurationFact>("duration", c.duration);
  f.optionalObject<Price, bindPrice>("price", c.price);
  f.optionalObject<Rating, bindRatingFact>("rating", c.rating);
  f.list<SkillTaught, bindTaught>("teaches", c.teaches, Need::Required, kTeaches);
  confidence(f, c.confidence);
  f.text("about", c.about, Need::Optional, TextKind::Prose);
  f.optionalObject<Legacy, bindLegacy>("legacy", c.legacy);
  f.list<CourseSource, bindCourseSource>("sources", c.sources, Need::Optional, kCourseSources);
  f.text("checked", c.checked, Need::Optional);
  f.atEnd<Course, checkCourse>(c);
}

void bindProfile(Fields& f, Profile& p) {
  f.id(p.id);
  f.text("name", p.name, Need::Required, TextKind::Line, true);
  f.levels("ratings", p.ratings, 0, 3, Need::Required, kRatings);
}

void checkTopLevel(Fields& f, Catalog& c) {
  if (f.good("format") && c.format != kFormat)
    f.errorAt("format", "version " + decimal(c.format) + " is not supported (expected " +
                            decimal(kFormat) + ")");
  if (f.present("roles") && c.roles.empty()) f.errorAt("roles", "needs at least 1 role");
}

void bindCatalog(Fields& f, Catalog& c) {
  f.integer("format", c.format, 1, 1000, Need::Required);
  f.object<Source, bindSource>("source", c.source, Need::Required);
  f.list<Skill, bindSkill>("skills", c.skills, Need::Required, kSkills);
  f.list<Role, bindRole>("roles", c.roles, Need::Required, kRoles);
  f.list<Course, bindCourse>("courses", c.courses, Need::Required, kCourses);
  f.list<Profile, bindProfile>("profiles", c.profiles, Need::Optional, kProfiles);
  f.list<OutlookStatement, bindOutlook>("outlook", c.outlook, Need::Optional, kOutlook);
  f.atEnd<Catalog, checkTopLevel>(c);
}

// Problems found after reading: paths are put together only for problems the report keeps.
template <class PathFn>
void errorAt(LoadReport& report, PathFn path, std::string message) {
  if (report.keepsErrors()) report.error(path(), std::move(message));
  else report.error({}, {});
}

std::string at(const char* list, std::size_t i) {
  return std::string(list) + "[" + decimal(i) + "]";
}

// Ids are unique within their kind; the error points at the first use.
template <class T>
void checkUniqueIds(const std::vector<T>& items, const char* list, LoadReport& report,
                    std::uint64_t& work) {
  HashMap<std::string_view, std::size_t> firstAt;
  firstAt.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    ++work;
    if (items[i].id.empty()) continue;
    auto [it, fresh] = firstAt.emplace(items[i].id, i);
    if (!fresh)
      errorAt(report, [&] { return at(list, i) + ".id"; },
              quoteForMessage(items[i].id) + " is already used by " + at(list, it->second));
  }
}

// A list of skill references (a role's needs, a course's teachings) at list[index].field: every
// id must exist, and none may be listed twice. (`skillOf(i)`, not a template over the two kinds
// of reference: one copy of this code in the wasm instead of two.)
void checkSkillRefs(const Catalog& c, std::size_t count, FunctionRef<const std::string&(std::size_t)> skillOf,
                    const char* list, std::size_t index, const char* field, const char* owner,
                    LoadReport& report, HashMap<std::string_view, bool>& used, std::uint64_t& work) {
  HashMap<std::string_view, bool> seen;  // a set: the values say nothing
  for (std::size_t i = 0; i < count; ++i) {
    ++work;
    const std::string& id = skillOf(i);
    if (id.empty()) continue;
    auto path = [&] { return at(list, index) + "." + field + "[" + decimal(i) + "].skill"; };
    if (!c.findSkill(id)) errorAt(report, path, "unknown skill " + quoteForMessage(id));
    else used.emplace(id, true);
    if (!seen.emplace(id, true).second)
      errorAt(report, path, quoteForMessage(id) + " is listed twice for this " + owner);
  }
}

const char* levelName(int level) { return level >= 3 ? "strong" : level == 2 ? "working" : "basic"; }

// A reader told "this role needs X at working level" must be able to learn it: a course teaches
// it that far, or the skill says it is learned at work (on_the_job) from that level.
void checkLearnable(const Catalog& c, LoadReport& report, std::uint64_t& work) {
  HashMap<std::string_view, int> taught;
  for (const Course& course : c.courses)
    for (const SkillTaught& t : course.teaches) {
      ++work;
      int& best = taught[t.skill];
      best = std::max(best, t.level);
    }
  for (std::size_t r = 0; r < c.roles.size(); ++r)
    for (std::size_t i = 0; i < c.roles[r].skills.size(); ++i) {
      ++work;
      const SkillNeed& n = c.roles[r].skills[i];
      const Skill* skill = c.findSkill(n.skill);
      if (!skill) continue;
      auto it = taught.find(n.skill);
      const int best = it == taught.end() ? 0 : it->second;
      const bool onJob = skill->onJobFrom > 0 && skill->onJobFrom <= n.level;
      if (best < n.level && !onJob)
        report.warning(at("roles", r) + ".skills[" + decimal(i) + "]",
                       "no course teaches " + quoteForMessage(n.skill) + " at the " +
                           levelName(n.level) +
                           " level, and the skill does not say it is learned on the job "
                           "(on_the_job)");
    }
}

void checkReferences(const Catalog& c, LoadReport& report, std::uint64_t& work) {
  HashMap<std::string_view, bool> used;  // a set: the values say nothing
  for (std::size_t r = 0; r < c.roles.size(); ++r) {
    const auto& needs = c.roles[r].skills;
    checkSkillRefs(c, needs.size(), [&](std::size_t i) -> const std::string& { return needs[i].skill; }, "roles", r,
                   "skills", "role", report, used, work);
  }
  for (std::size_t k = 0; k < c.courses.size(); ++k) {
    const auto& teaches = c.courses[k].teaches;
    checkSkillRefs(c, teaches.size(), [&](std::size_t i) -> const std::string& { return teaches[i].skill; }, "courses",
                   k, "teaches", "course", report, used, work);
  }
  for (std::size_t p = 0; p < c.profiles.size(); ++p)
    for (const auto& [id, level] : c.profiles[p].ratings) {
      ++work;
      if (!c.findSkill(id))
        errorAt(report, [&] { return at("profiles", p) + ".ratings"; },
                "unknown skill " + quoteForMessage(id));
    }
  checkLearnable(c, report, work);
  for (std::size_t s = 0; s < c.skills.size(); ++s) {
    ++work;
    if (!c.skills[s].id.empty() && !used.count(c.skills[s].id))
      report.warning(at("skills", s),
                     "skill " + quoteForMessage(c.skills[s].id) + " is not used by any role or course");
  }
}

}  // namespace

bool isValidId(std::string_view id) {
  if (id.empty() || id.size() > 48) return false;
  for (char ch : id)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  return true;
}

bool isHttpUrl(std::string_view url) {
  std::string_view rest;
  if (url.substr(0, 8) == "https://") rest = url.substr(8);
  else if (url.substr(0, 7) == "http://") rest = url.substr(7);
  else return false;
  if (url.size() > 2048 || rest.empty() || rest[0] == '/' || rest[0] == '.') return false;
  for (char ch : url)
    if (static_cast<unsigned char>(ch) <= 0x20 || ch == 0x7f || ch == '"' || ch == '<' ||
        ch == '>' || ch == '\\')
      return false;
  return true;
}

LoadResult loadCatalog(std::string_view text, const JsonLimits& limits) {
  LoadResult result;
  LoadReport& report = result.report;
  Catalog& c = result.catalog;
  if (!readJson<Catalog, bindCatalog>(text, limits, c, report, result.work)) {
    c = Catalog{};
    return result;
  }
  checkUniqueIds(c.skills, "skills", report, result.work);
  checkUniqueIds(c.roles, "roles", report, result.work);
  checkUniqueIds(c.courses, "courses", report, result.work);
  checkUniqueIds(c.profiles, "profiles", report, result.work);
  // A job's ratings in id order, the order of the reader's own: choosing the job then puts them
  // in without sorting them again (stable_sort.h), 10,000 of them at the loader's limits.
  for (Profile& p : c.profiles)
    stableSort(p.ratings, [](const auto& a, const auto& b) { return a.first < b.first; });
  c.rebuildIndex();
  checkReferences(c, report, result.work);
  return result;
}

}  // namespace core

#include "data_loader.h"

#include <set>
#include <unordered_map>
#include <unordered_set>

#include "json_reader.h"

namespace core {

namespace {

constexpr std::int64_t kMaxSalary = 100'000'000;  // guards against typos with extra zeros
constexpr int kFormat = 1;
// The planner represents a role's skill gap as a 64-bit set.
constexpr std::size_t kMaxRoleSkills = 64;

std::string money(std::int64_t n) { return std::to_string(n); }

template <class E>
bool readEnum(ObjectReader& r, const char* key, E& out, std::optional<E> (*parse)(std::string_view),
              const char* allowed, Need need = Need::Required) {
  std::string s;
  if (!r.string(key, s, need)) return false;
  auto v = parse(s);
  if (!v) {
    r.report().error(r.pathOf(key), quoteForMessage(s) + " is not one of " + allowed);
    return false;
  }
  out = *v;
  return true;
}

const char* kConfidenceNames = "article, confirmed, secondary, unconfirmed";

bool readConfidence(ObjectReader& r, const char* key, Confidence& out) {
  return readEnum(r, key, out, confidenceFromString, kConfidenceNames);
}

void readId(ObjectReader& r, std::string& out) {
  if (!r.string("id", out, Need::Required, true)) return;
  if (!isValidId(out))
    r.report().error(r.pathOf("id"), quoteForMessage(out) +
                                         " must be 1-48 lowercase letters, digits or '-'");
}

// Reads a Fact: absent or null gives nullopt. `readValue` reads "value" into the fact.
template <class T, class ReadValue>
std::optional<Fact<T>> readFact(ObjectReader& parent, const char* key, ReadValue readValue) {
  const Json* v = parent.member(key, Need::Optional);
  if (!v || v->is_null()) return std::nullopt;
  ObjectReader r(*v, parent.pathOf(key), parent.report());
  if (!r.isObject()) return std::nullopt;
  Fact<T> fact;
  bool ok = readValue(r, fact.value);
  ok = readConfidence(r, "confidence", fact.confidence) && ok;
  r.string("note", fact.note, Need::Optional);
  r.finish();
  if (!ok) return std::nullopt;
  return fact;
}

void readSource(ObjectReader& top, Source& s) {
  const Json* v = top.member("source", Need::Required);
  if (!v) return;
  ObjectReader r(*v, "source", top.report());
  r.string("title", s.title, Need::Required, true);
  r.string("publisher", s.publisher, Need::Optional);
  r.integer("year", s.year, 1900, 2200, Need::Required);
  r.string("region", s.region, Need::Required, true);
  r.string("currency", s.currency, Need::Required, true);
  r.string("as_of", s.asOf, Need::Required, true);
  r.string("note", s.note, Need::Optional);
  r.finish();
}

void readSkill(const Json& v, const std::string& path, LoadReport& report, Skill& s) {
  ObjectReader r(v, path, report);
  if (!r.isObject()) return;
  readId(r, s.id);
  r.string("name", s.name, Need::Required, true);
  readEnum(r, "category", s.category, skillCategoryFromString,
           "technical, data, product, creative, governance, foundations");
  r.string("description", s.description, Need::Required, true);
  r.finish();
}

void readSalaryRange(ObjectReader& salary, const char* band, SalaryRange& s) {
  const Json* v = salary.member(band, Need::Required);
  if (!v) return;
  ObjectReader r(*v, salary.pathOf(band), salary.report());
  if (!r.isObject()) return;
  bool minOk = r.nullableInteger("min", s.min, 0, kMaxSalary, Need::Required);
  bool maxOk = r.nullableInteger("max", s.max, 0, kMaxSalary, Need::Required);
  r.boolean("open_max", s.openMax, Need::Optional);
  readConfidence(r, "confidence", s.confidence);
  r.string("provenance", s.provenance, Need::Optional);
  r.string("note", s.note, Need::Optional);
  if (minOk && maxOk && s.min && s.max && *s.min > *s.max)
    r.report().error(r.path(), "min " + money(*s.min) + " is above max " + money(*s.max));
  if (minOk && maxOk && !s.stated() && s.note.empty())
    r.report().error(r.path(), "has no figure, so it needs a note saying why");
  if (s.stated() && s.provenance.empty())
    r.report().warning(r.path(), "has a figure but no provenance");
  r.finish();
}

void readBenchmark(const Json& v, const std::string& path, LoadReport& report, Benchmark& b) {
  ObjectReader r(v, path, report);
  if (!r.isObject()) return;
  r.string("occupation", b.occupation, Need::Required, true);
  r.string("code", b.code, Need::Optional);
  r.string("source", b.source, Need::Required, true);
  r.integer("year", b.year, 1900, 2200, Need::Required);
  r.integer("median", b.median, 0, kMaxSalary, Need::Required);
  r.nullableInteger("p10", b.p10, 0, kMaxSalary, Need::Optional);
  r.nullableInteger("p25", b.p25, 0, kMaxSalary, Need::Optional);
  r.nullableInteger("p75", b.p75, 0, kMaxSalary, Need::Optional);
  r.nullableInteger("p90", b.p90, 0, kMaxSalary, Need::Optional);
  r.nullableNumber("growth_pct", b.growthPct, -100, 1000, Need::Optional);
  r.string("growth_period", b.growthPeriod, Need::Optional);
  readConfidence(r, "confidence", b.confidence);
  // Percentiles must rise: p10 <= p25 <= median <= p75 <= p90.
  std::pair<const char*, std::optional<std::int64_t>> order[] = {
      {"p10", b.p10}, {"p25", b.p25}, {"median", b.median}, {"p75", b.p75}, {"p90", b.p90}};
  const char* lastName = nullptr;
  std::int64_t last = -1;
  for (auto& [name, value] : order) {
    if (!value) continue;
    if (lastName && *value < last)
      r.report().error(r.path(), std::string(name) + " " + money(*value) + " is below " + lastName +
                                     " " + money(last));
    lastName = name;
    last = *value;
  }
  r.finish();
}

void readRole(const Json& v, const std::string& path, LoadReport& report, Role& role) {
  ObjectReader r(v, path, report);
  if (!r.isObject()) return;
  readId(r, role.id);
  r.string("title", role.title, Need::Required, true);
  r.string("summary", role.summary, Need::Required, true);
  r.stringList("activities", role.activities, Need::Required, 1);
  if (const Json* salary = r.member("salary", Need::Required)) {
    ObjectReader s(*salary, r.pathOf("salary"), report);
    if (s.isObject()) {
      for (Seniority band : kSeniorities)
        readSalaryRange(s, nameOf(band).data(), role.salary[static_cast<int>(band)]);
      s.finish();
    }
  }
  if (const Json* list = r.array("benchmarks", Need::Optional)) {
    role.benchmarks.resize(list->size());
    for (std::size_t i = 0; i < list->size(); ++i)
      readBenchmark((*list)[i], indexPath(r.pathOf("benchmarks"), i), report, role.benchmarks[i]);
  }
  if (const Json* list = r.array("skills", Need::Required)) {
    role.skills.resize(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
      ObjectReader need((*list)[i], indexPath(r.pathOf("skills"), i), report);
      if (!need.isObject()) continue;
      need.string("skill", role.skills[i].skill, Need::Required, true);
      need.integer("level", role.skills[i].level, 1, 3, Need::Required);
      need.integer("weight", role.skills[i].weight, 1, 3, Need::Required);
      need.finish();
    }
    if (list->empty()) report.error(r.pathOf("skills"), "needs at least 1 entry");
    if (list->size() > kMaxRoleSkills)
      report.error(r.pathOf("skills"), "lists " + std::to_string(list->size()) +
                                           " skills; a role can list at most " +
                                           std::to_string(kMaxRoleSkills));
  }
  r.stringList("tools", role.tools, Need::Optional);
  r.finish();
}

void readPrice(ObjectReader& course, std::optional<Price>& out) {
  const Json* v = course.member("price", Need::Optional);
  if (!v || v->is_null()) return;
  ObjectReader r(*v, course.pathOf("price"), course.report());
  if (!r.isObject()) return;
  const std::size_t errorsBefore = r.report().errorCount();
  Price p;
  readEnum(r, "model", p.model, priceModelFromString, "free, free-audit, subscription, one-time");
  r.nullableNumber("usd", p.usd, 0, 1e6, Need::Optional);
  readConfidence(r, "confidence", p.confidence);
  r.string("note", p.note, Need::Optional);
  r.finish();
  if (r.report().errorCount() == errorsBefore) out = p;
}

void readCourse(const Json& v, const std::string& path, LoadReport& report, Course& c) {
  ObjectReader r(v, path, report);
  if (!r.isObject()) return;
  readId(r, c.id);
  r.string("title", c.title, Need::Required, true);
  r.string("provider", c.provider, Need::Required, true);
  r.string("partner", c.partner, Need::Optional);
  if (r.string("url", c.url, Need::Required) && !c.url.empty() && !isHttpUrl(c.url))
    report.error(r.pathOf("url"), quoteForMessage(c.url, 80) + " is not an http(s) URL");
  if (!c.url.empty()) readConfidence(r, "url_confidence", c.urlConfidence);
  else r.member("url_confidence", Need::Optional);
  c.level = readFact<CourseLevel>(r, "level", [&](ObjectReader& f, CourseLevel& out) {
    return readEnum(f, "value", out, courseLevelFromString, "beginner, intermediate, advanced");
  });
  c.hours = readFact<double>(r, "hours", [](ObjectReader& f, double& out) {
    return f.number("value", out, 0, 10000, Need::Required);
  });
  c.duration = readFact<std::string>(r, "duration", [](ObjectReader& f, std::string& out) {
    return f.string("value", out, Need::Required, true);
  });
  readPrice(r, c.price);
  c.rating = readFact<double>(r, "rating", [](ObjectReader& f, double& out) {
    return f.number("value", out, 0, 5, Need::Required);
  });
  if (const Json* list = r.array("teaches", Need::Required)) {
    c.teaches.resize(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
      ObjectReader t((*list)[i], indexPath(r.pathOf("teaches"), i), report);
      if (!t.isObject()) continue;
      t.string("skill", c.teaches[i].skill, Need::Required, true);
      t.integer("level", c.teaches[i].level, 1, 3, Need::Required);
      t.finish();
    }
  }
  readConfidence(r, "confidence", c.confidence);
  r.string("about", c.about, Need::Optional);
  if (const Json* legacy = r.member("legacy", Need::Optional); legacy && !legacy->is_null()) {
    ObjectReader l(*legacy, r.pathOf("legacy"), report);
    Legacy value;
    if (l.isObject() && l.string("reason", value.reason, Need::Required, true)) {
      l.string("successor", value.successor, Need::Optional);
      c.legacy = value;
    }
    l.finish();
  }
  r.finish();
}

void readProfile(const Json& v, const std::string& path, LoadReport& report, Profile& p) {
  ObjectReader r(v, path, report);
  if (!r.isObject()) return;
  readId(r, p.id);
  r.string("name", p.name, Need::Required, true);
  if (const Json* ratings = r.member("ratings", Need::Required)) {
    if (!ratings->is_object()) {
      report.error(r.pathOf("ratings"),
                   std::string("expected an object, found ") + describeType(*ratings));
    } else {
      ObjectReader each(*ratings, r.pathOf("ratings"), report);
      for (auto it = ratings->begin(); it != ratings->end(); ++it) {
        int level = 0;
        if (each.integer(it.key().c_str(), level, 0, 3, Need::Required))
          p.ratings.emplace_back(it.key(), level);
      }
    }
  }
  r.finish();
}

// Reads an array of T at `key` with `readOne`, then checks that ids are unique.
template <class T, class ReadOne>
void readList(ObjectReader& top, const char* key, Need need, std::vector<T>& out, ReadOne readOne) {
  const Json* list = top.array(key, need);
  if (!list) return;
  out.resize(list->size());
  std::unordered_map<std::string, std::size_t> firstAt;
  for (std::size_t i = 0; i < list->size(); ++i) {
    std::string path = indexPath(key, i);
    readOne((*list)[i], path, top.report(), out[i]);
    if (out[i].id.empty()) continue;
    auto [it, fresh] = firstAt.emplace(out[i].id, i);
    if (!fresh)
      top.report().error(path + ".id", quoteForMessage(out[i].id) + " is already used by " +
                                           indexPath(key, it->second));
  }
}

// References between sections: every skill id used must exist; warnings for what is unused.
void checkReferences(const Catalog& c, LoadReport& report) {
  std::unordered_set<std::string> used;
  auto check = [&](const std::string& id, const std::string& path) {
    if (id.empty()) return;
    if (!c.findSkill(id)) report.error(path, "unknown skill " + quoteForMessage(id));
    used.insert(id);
  };
  for (std::size_t r = 0; r < c.roles.size(); ++r) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < c.roles[r].skills.size(); ++i) {
      const auto& id = c.roles[r].skills[i].skill;
      std::string path = indexPath(indexPath("roles", r) + ".skills", i) + ".skill";
      check(id, path);
      if (!id.empty() && !seen.insert(id).second)
        report.error(path, quoteForMessage(id) + " is listed twice for this role");
    }
  }
  for (std::size_t k = 0; k < c.courses.size(); ++k)
    for (std::size_t i = 0; i < c.courses[k].teaches.size(); ++i)
      check(c.courses[k].teaches[i].skill,
            indexPath(indexPath("courses", k) + ".teaches", i) + ".skill");
  for (std::size_t p = 0; p < c.profiles.size(); ++p)
    for (const auto& [id, level] : c.profiles[p].ratings)
      if (!c.findSkill(id))
        report.error(indexPath("profiles", p) + ".ratings", "unknown skill " + quoteForMessage(id));
  for (std::size_t s = 0; s < c.skills.size(); ++s)
    if (!c.skills[s].id.empty() && !used.count(c.skills[s].id))
      report.warning(indexPath("skills", s), "skill " + quoteForMessage(c.skills[s].id) +
                                                  " is not used by any role or course");
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
  // The document lives in an arena for the duration of the load; `parsed` is declared after the
  // scope, so it is destroyed before it (json_arena.h). Nothing of it escapes into `result`.
  JsonArenaScope arena;
  ParsedJson parsed = parseJson(text, limits);
  if (!parsed.value) {
    report.error("", parsed.error);
    return result;
  }
  Catalog& c = result.catalog;
  ObjectReader top(*parsed.value, "", report);
  if (!top.isObject()) return result;
  if (top.integer("format", c.format, 1, 1000, Need::Required) && c.format != kFormat)
    report.error("format", "version " + std::to_string(c.format) + " is not supported (expected " +
                               std::to_string(kFormat) + ")");
  readSource(top, c.source);
  readList(top, "skills", Need::Required, c.skills, readSkill);
  readList(top, "roles", Need::Required, c.roles, readRole);
  readList(top, "courses", Need::Required, c.courses, readCourse);
  readList(top, "profiles", Need::Optional, c.profiles, readProfile);
  top.finish();
  if (c.roles.empty() && top.member("roles", Need::Optional))
    report.error("roles", "needs at least 1 role");
  c.rebuildIndex();
  checkReferences(c, report);
  return result;
}

}  // namespace core

#include "share_link.h"

#include <algorithm>
#include <limits>

#include "data_loader.h"
#include "decimal.h"
#include "plans.h"

namespace core {

namespace {

constexpr std::string_view kVersion = "v1";

bool allowedChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ',' ||
         c == ';' || c == '=' || c == '~';
}

// Splits on `sep`, at most `limit` parts (bounded work on hostile input). The parts past the
// limit are left out, and counted in `beyond` (a notice says how many parts were ignored).
std::vector<std::string_view> split(std::string_view s, char sep, std::size_t limit, std::size_t& beyond) {
  std::vector<std::string_view> parts;
  while (!s.empty() && parts.size() < limit) {
    std::size_t at = s.find(sep);
    parts.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return parts;
    s.remove_prefix(at + 1);
  }
  if (!s.empty()) beyond += 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), sep));
  return parts;
}

constexpr long kMaxDigitsNumber = 9'999'999;  // the most seven digits can say

// A small non-negative integer written in plain digits, or -1.
long parseNumber(std::string_view s, long max) {
  if (s.empty() || s.size() > 7) return -1;
  long n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n <= max ? n : -1;
}

// A number a control sets, as a link gives it: digits, or '-' and digits. Past seven digits it
// only says "more than any control offers", and a negative one "less": both are clamped (the
// caller counts them). -1: not a number at all.
long parseSetting(std::string_view s) {
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
  if (negative) return std::numeric_limits<long>::min();
  return s.size() > 7 ? kMaxDigitsNumber + 1 : parseNumber(s, kMaxDigitsNumber);
}

// What a link picks up where it is pasted is not ours: a closing bracket or a sentence's full
// stop after it, a tracker's "&utm_source=…" appended. A link of ours ends in a letter or a
// digit and never holds '&' or '?'.
std::string_view withoutSurroundings(std::string_view fragment) {
  fragment = fragment.substr(0, fragment.find_first_of("&?"));
  while (!fragment.empty() && std::string_view(").,;:!'\"]>*_").find(fragment.back()) != std::string_view::npos)
    fragment.remove_suffix(1);
  return fragment;
}

std::optional<View> viewFrom(std::string_view s) {
  for (View v : {View::Roles, View::Compare, View::Skills, View::Plan})
    if (nameOf(v) == s) return v;
  return std::nullopt;
}

// Plan names are the reader's text: every byte but a-z, 0-9 and '-' is written as ~xx (two
// lowercase hex digits), so a name never holds a separator. Not '%': pages and apps decode
// percent escapes in the fragments they pass on (web/app.js does).
std::string escapeName(std::string_view name) {
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
      out += static_cast<char>(c);
    } else {
      out += '~';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The cleaned name (plans.h), or "" when the text is not one escapeName writes or is unusable.
// A name that cleaning changed (escapeName writes only cleaned names) is counted in `cleaned`.
std::string unescapeName(std::string_view s, std::size_t& cleaned) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '~') {
      if (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == '=') return "";
      out += s[i];
      continue;
    }
    const int hi = i + 2 < s.size() ? hexDigit(s[i + 1]) : -1, lo = hi < 0 ? -1 : hexDigit(s[i + 2]);
    if (lo < 0) return "";
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  std::string clean = cleanPlanName(out);
  cleaned += !clean.empty() && clean != out;
  return clean;
}

// The settings of a plan kept beside the one on screen, as key.value pairs joined by '.' (ids
// and the escaped name never hold a '.'); the same keys and defaults as the plan on screen.
std::string encodeOtherPlan(const NamedPlan& p) {
  const NamedPlan d;
  std::string out = "name." + escapeName(p.name);
  auto pair = [&](std::string_view key, const std::string& value) {
    out += ".";
    out += key;
    out += ".";
    out += value;
  };
  if (!p.target.empty()) pair("target", p.target);
  if (p.goal != d.goal) pair("goal", std::string(nameOf(p.goal)));
  if (p.filters.budgetUsd) pair("budget", decimal(static_cast<long>(*p.filters.budgetUsd + 0.5)));
  if (p.filters.freeOnly) pair("free", "1");
  if (p.filters.maxLevel != d.filters.maxLevel) pair("level", std::string(nameOf(p.filters.maxLevel)));
  if (p.filters.skipLegacy != d.filters.skipLegacy) pair("legacy", p.filters.skipLegacy ? "0" : "1");
  if (p.hoursPerWeek != d.hoursPerWeek) pair("hours", decimal(p.hoursPerWeek));
  return out;
}

void addRating(std::string& list, const std::string& skill, int level) {
  if (!list.empty()) list += ',';
  list += skill;
  list += '.';
  list += decimal(level);
}

// The ratings that differ from `base` (both sorted by id), as `changed` writes them: a rating
// the base lacks or has at another level, and level 0 for one of the base's the reader cleared.
std::string changesFrom(const Ratings& base, const Ratings& ratings) {
  std::string list;
  auto a = base.begin();
  auto b = ratings.begin();
  while (a != base.end() || b != ratings.end()) {
    if (b == ratings.end() || (a != base.end() && a->first < b->first)) {
      addRating(list, a++->first, 0);
    } else if (a == base.end() || b->first < a->first) {
      addRating(list, b->first, b->second);
      ++b;
    } else {
      if (a->second != b->second) addRating(list, b->first, b->second);
      ++a;
      ++b;
    }
  }
  return list;
}

// Both forms: every rating in `skills`, or with `changed` given, that instead of `skills`.
std::string encode(const AppState& s, const std::string* changed) {
  const AppState d;  // defaults are left out
  std::string out(kVersion);
  auto field = [&](std::string_view key, const std::string& value) {
    out += ";";
    out += key;
    out += "=";
    out += value;
  };
  if (s.view != d.view) field("view", std::string(nameOf(s.view)));
  if (!s.role.empty()) field("role", s.role);
  if (s.compareSort != d.compareSort) field("sort", std::string(nameOf(s.compareSort)));
  if (!changed && !s.ratings.empty()) {
    std::string list;
    for (const auto& [skill, level] : s.ratings) addRating(list, skill, level);
    field("skills", list);
  }
  if (!s.target.empty()) field("target", s.target);
  if (s.goal != d.goal) field("goal", std::string(nameOf(s.goal)));
  if (s.filters.budgetUsd)
    field("budget", decimal(static_cast<long>(*s.filters.budgetUsd + 0.5)));
  if (s.filters.freeOnly) field("free", "1");
  if (s.filters.maxLevel != d.filters.maxLevel) field("level", std::string(nameOf(s.filters.maxLevel)));
  if (s.filters.skipLegacy != d.filters.skipLegacy) field("legacy", s.filters.skipLegacy ? "0" : "1");
  if (s.hoursPerWeek != d.hoursPerWeek) field("hours", decimal(s.hoursPerWeek));
  if (!s.done.empty()) {
    std::string list;
    for (const std::string& id : s.done) list += (list.empty() ? "" : ",") + id;
    field("done", list);
  }
  if (s.compareMode != d.compareMode) field("mode", std::string(nameOf(s.compareMode)));
  if (!s.job.empty()) field("job", s.job);
  if (changed) field("changed", *changed);  // written even when empty: it says "as the job's"
  if (s.pathSort != d.pathSort) field("psort", std::string(nameOf(s.pathSort)));
  if (!s.pairA.empty() || !s.pairB.empty()) field("pair", s.pairA + "," + s.pairB);
  if (s.planName != kFirstPlanName) field("name", escapeName(s.planName));
  if (!s.otherPlans.empty()) {
    std::string list;
    for (const NamedPlan& p : s.otherPlans) list += (list.empty() ? "" : ",") + encodeOtherPlan(p);
    field("plans", list);
    if (activePlanIndex(s) != 0) field("slot", decimal(activePlanIndex(s)));
  }
  return out;
}

}  // namespace

std::string encodeFragment(const AppState& s) { return encode(s, nullptr); }

std::string encodeLink(const AppState& s, const Catalog& catalog) {
  std::string whole = encodeFragment(s);
  const Profile* job = jobProfile(s, catalog);
  if (!job) return whole;
  const std::string changed = changesFrom(jobRatings(catalog, *job), s.ratings);
  std::string relative = encode(s, &changed);
  return relative.size() < whole.size() ? relative : whole;
}

DecodedFragment decodeFragment(std::string_view fragment, const Catalog& catalog, std::size_t maxLength) {
  DecodedFragment out;
  out.state = initialState(catalog);
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  if (fragment.empty()) return out;
  auto reject = [&](std::string why) {
    out.notices.push_back("The link could not be read (" + why + "); showing the start view.");
    out.rejected = std::move(why);
    return out;
  };
  if (fragment.size() > maxLength) return reject("it is too long");
  fragment = withoutSurroundings(fragment);
  std::vector<std::string_view> fields = split(fragment, ';', 64, out.ignored);
  if (fields.empty() || fields[0] != kVersion) {
    // "v2": a newer widget's link. Anything else was never one of ours, or lost its start.
    const std::string_view first = fields.empty() ? std::string_view() : fields[0];
    const bool version = first.size() > 1 && first[0] == 'v' &&
                         std::all_of(first.begin() + 1, first.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (version) return reject("it is from an unknown version");
    const bool ours = std::all_of(fragment.begin(), fragment.end(), allowedChar);
    return reject(ours ? "it does not begin as a link of ours does" : "it has characters a link of ours never has");
  }
  out.recognised = true;

  AppState& s = out.state;
  std::vector<std::string_view> seen;
  std::size_t& dropped = out.dropped;
  std::size_t& ignored = out.ignored;
  std::size_t& clamped = out.clamped;
  std::string_view otherPlans;  // decoded once the plan on screen has its name
  std::string_view changed;     // applied once the job is known
  bool hasChanged = false;
  long slot = 0;
  // `skills` and `changed`: id.level pairs, as many as a catalogue may have skills.
  auto rate = [&](std::string_view list) {
    std::vector<std::pair<std::string, int>> levels;
    for (std::string_view item : split(list, ',', kMaxSkillsInFile, dropped)) {
      const std::size_t dot = item.rfind('.');
      const long level = dot == std::string_view::npos ? -1 : parseNumber(item.substr(dot + 1), 3);
      const std::string_view id = dot == std::string_view::npos ? item : item.substr(0, dot);
      if (level < 0) ++ignored;
      else if (!catalog.findSkill(id)) ++dropped;
      else levels.emplace_back(id, static_cast<int>(level));
    }
    rateSkills(s, catalog, std::move(levels));  // one sort, in whatever order the link lists them
  };
  for (std::size_t i = 1; i < fields.size(); ++i) {
    const std::size_t eq = fields[i].find('=');
    // A field with characters we never write is not ours (changed by hand, or by an app that
    // passed the link on): it alone is left out, the rest of the link stands.
    if (eq == std::string_view::npos || !std::all_of(fields[i].begin(), fields[i].end(), allowedChar)) {
      ++ignored;
      continue;
    }
    const std::string_view key = fields[i].substr(0, eq), value = fields[i].substr(eq + 1);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
      ++ignored;  // a repeated key: the first one counts
      continue;
    }
    seen.push_back(key);
    if (key == "view") {
      if (auto v = viewFrom(value)) s.view = *v;
      else ++ignored;
    } else if (key == "role") {
      if (catalog.findRole(value)) s.role = std::string(value);
      else ++dropped;
    } else if (key == "sort") {
      if (value == "entry") s.compareSort = CompareSort::EntryPay;
      else if (value == "senior") s.compareSort = CompareSort::SeniorPay;
      else ++ignored;
    } else if (key == "skills") {
      rate(value);
    } else if (key == "changed") {
      changed = value;
      hasChanged = true;
    } else if (key == "target") {
      if (catalog.findRole(value)) s.target = std::string(value);
      else ++dropped;
    } else if (key == "goal") {
      if (value == "hours") s.goal = PlanGoal::LeastHours;
      else if (value == "cost") s.goal = PlanGoal::LeastCost;
      else ++ignored;
    } else if (key == "budget") {
      // Within what the slider offers: a link cannot ask for more (or more work) than a click.
      const long usd = parseSetting(value);
      if (usd == -1) {
        ++ignored;
      } else {
        const long kept = std::clamp<long>(usd, kMinBudgetUsd, kMaxBudgetUsd);
        clamped += kept != usd;
        s.filters.budgetUsd = static_cast<double>(kept);
      }
    } else if (key == "free" || key == "legacy") {
      if (value != "0" && value != "1") {
        ++ignored;
      } else if (key == "free") {
        s.filters.freeOnly = value == "1";
      } else {
        s.filters.skipLegacy = value == "0";
      }
    } else if (key == "level") {
      if (auto l = courseLevelFromString(value)) s.filters.maxLevel = *l;
      else ++ignored;
    } else if (key == "hours") {
      const long h = parseSetting(value);
      if (h == -1) {
        ++ignored;
      } else {
        const long kept = std::clamp<long>(h, kMinHoursPerWeek, kMaxHoursPerWeek);
        clamped += kept != h;
        setHoursPerWeek(s, static_cast<int>(kept));
      }
    } else if (key == "done") {
      std::vector<std::string> done(s.done.begin(), s.done.end());
      for (std::string_view id : split(value, ',', kMaxCoursesInFile, dropped)) {
        if (catalog.findCourse(id)) done.emplace_back(id);
        else ++dropped;
      }
      s.done.assign(std::move(done));  // one sort, in whatever order the link lists them
    } else if (key == "mode") {
      bool known = false;
      for (CompareMode m : {CompareMode::Pay, CompareMode::FromJob, CompareMode::SideBySide})
        if (nameOf(m) == value) s.compareMode = m, known = true;
      ignored += !known;
    } else if (key == "job") {
      // Only the name of where the ratings started: the ratings themselves are in `skills`.
      const bool known = std::any_of(catalog.profiles.begin(), catalog.profiles.end(),
                                     [&](const Profile& p) { return p.id == value; });
      if (known) s.job = std::string(value);
      else ++dropped;
    } else if (key == "psort") {
      bool known = false;
      for (PathSort p : {PathSort::Fit, PathSort::Hours, PathSort::Missing, PathSort::Name})
        if (nameOf(p) == value) s.pathSort = p, known = true;
      ignored += !known;
    } else if (key == "pair") {
      const std::vector<std::string_view> ids = split(value, ',', 2, ignored);
      for (std::size_t slot = 0; slot < ids.size(); ++slot) {
        if (ids[slot].empty()) continue;
        if (catalog.findRole(ids[slot])) setPairRole(s, catalog, static_cast<int>(slot), ids[slot]);
        else ++dropped;
      }
    } else if (key == "name") {
      std::string name = unescapeName(value, out.cleaned);
      if (name.empty()) ++ignored;
      else s.planName = std::move(name);
    } else if (key == "plans") {
      otherPlans = value;
    } else if (key == "slot") {
      slot = parseNumber(value, kMaxPlans - 1);
      if (slot < 0) ++ignored;
    } else {
      ++ignored;  // a newer version's field: skip it, keep the rest
    }
  }
  // Ratings as changes from the job's profile. A link that lists every rating (`skills`) has
  // said them already; one whose job is gone from the data keeps what its changes say.
  if (hasChanged) {
    if (std::find(seen.begin(), seen.end(), "skills") != seen.end()) {
      ++ignored;
    } else {
      if (!s.job.empty()) applyProfile(s, catalog, s.job);
      rate(changed);
    }
  }
  // The other plans: each is decoded as a link of its own settings would be (the same rules,
  // clamps and notices); one without a usable name, or with a name already taken, is left out,
  // as are those past the most a reader keeps (the one on screen included).
  const std::vector<std::string_view> plans = split(otherPlans, ',', kMaxPlans - 1, out.plansLeftOut);
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const std::vector<std::string_view> parts = split(plans[i], '.', 32, ignored);
    NamedPlan plan;
    std::string settings(kVersion);
    for (std::size_t k = 0; k + 1 < parts.size(); k += 2) {
      const std::string_view key = parts[k], value = parts[k + 1];
      if (key == "name" && plan.name.empty()) {
        plan.name = unescapeName(value, out.cleaned);
      } else if (key == "target" || key == "goal" || key == "budget" || key == "free" || key == "level" ||
                 key == "legacy" || key == "hours") {
        settings += ";" + std::string(key) + "=" + std::string(value);
      } else {
        ++ignored;
      }
    }
    if (parts.size() % 2 != 0) ++ignored;
    const bool clash = plan.name == s.planName ||
                       std::any_of(s.otherPlans.begin(), s.otherPlans.end(),
                                   [&](const NamedPlan& p) { return p.name == plan.name; });
    if (plan.name.empty() || clash) {
      ++out.plansLeftOut;
      continue;
    }
    DecodedFragment own = decodeFragment(settings, catalog);
    plan.target = own.state.target;
    plan.goal = own.state.goal;
    plan.filters = own.state.filters;
    plan.hoursPerWeek = own.state.hoursPerWeek;
    s.otherPlans.push_back(std::move(plan));
    // Counted with the rest: one notice says how many parts of the whole link were left out.
    dropped += own.dropped;
    clamped += own.clamped;
    ignored += own.ignored;
  }
  if (static_cast<std::size_t>(slot) > s.otherPlans.size()) ++ignored;
  s.planSlot = std::min(static_cast<std::size_t>(std::max(slot, 0L)), s.otherPlans.size());
  out.notices = fragmentNotices(out, "the link");
  return out;
}

std::vector<std::string> fragmentNotices(const DecodedFragment& d, std::string_view whose) {
  // Each kind: how many, what they are, and what became of them (one, many).
  struct Kind {
    std::size_t n;
    const char* what;
    const char* one;
    const char* many;
  };
  // (A name past kMaxPlanNameChars is cut to it: cleanPlanName.)
  const char* const cleaned = " had characters a name cannot hold, or more than it holds, which were taken out.";
  static_assert(kMaxPlans == 8, "the plans' notice says how many a reader keeps");
  const Kind kinds[] = {
      {d.dropped, "item", " is not in the data and was left out.", " are not in the data and were left out."},
      {d.clamped, "value", " was outside what the controls offer and was brought within range.",
       " were outside what the controls offer and were brought within range."},
      {d.ignored, "part", " was not understood and ignored.", " were not understood and ignored."},
      {d.cleaned, "plan name", cleaned, cleaned},
      {d.plansLeftOut, "plan", " was left out: a reader keeps up to 8 plans, each with a name of its own.",
       " were left out: a reader keeps up to 8 plans, each with a name of its own."},
  };
  std::vector<std::string> notices;
  for (const Kind& k : kinds)
    if (k.n)
      notices.push_back(decimal(k.n) + " " + k.what + (k.n == 1 ? "" : "s") + " of " + std::string(whose) +
                        (k.n == 1 ? k.one : k.many));
  return notices;
}

}  // namespace core

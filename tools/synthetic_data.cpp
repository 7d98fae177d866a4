#include "synthetic_data.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

#include "json_document.h"

namespace tools {

namespace {

std::string id(const char* prefix, int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%05d", prefix, n);
  return buf;
}

core::Json salary(std::mt19937& rng) {
  const int base = 60000 + static_cast<int>(rng() % 60) * 1000;
  auto band = [&](int min, int max) {
    return core::Json{{"min", min}, {"max", max}, {"confidence", "unconfirmed"},
                      {"provenance", "synthetic"}};
  };
  return {{"entry", band(base, base + 30000)},
          {"mid", band(base + 30000, base + 80000)},
          {"senior", band(base + 80000, base + 160000)}};
}

}  // namespace

std::string syntheticCatalogJson(const SyntheticSpec& spec) {
  std::mt19937 rng(spec.seed);
  core::Json doc;
  doc["format"] = 1;
  doc["source"] = {{"title", "Synthetic data"}, {"year", 2026}, {"region", "US"},
                   {"currency", "USD"}, {"as_of", "2026-11"}};
  static const char* const kCategories[] = {"technical", "data", "product", "creative",
                                            "governance", "foundations"};
  core::Json skills = core::Json::array();
  for (int s = 0; s < spec.skills; ++s)
    skills.push_back({{"id", id("skill", s)}, {"name", "Skill " + std::to_string(s)},
                      {"category", kCategories[s % 6]}, {"description", "A synthetic skill."}});
  doc["skills"] = skills;

  std::vector<int> order(spec.skills);
  std::iota(order.begin(), order.end(), 0);
  core::Json roles = core::Json::array();
  for (int r = 0; r < spec.roles; ++r) {
    std::shuffle(order.begin(), order.end(), rng);
    core::Json needs = core::Json::array();
    for (int i = 0; i < std::min(spec.skillsPerRole, spec.skills); ++i)
      needs.push_back({{"skill", id("skill", order[i])},
                       {"level", 1 + static_cast<int>(rng() % 3)},
                       {"weight", 1 + static_cast<int>(rng() % 3)}});
    roles.push_back({{"id", id("role", r)}, {"title", "Role " + std::to_string(r)},
                     {"summary", "A synthetic role."}, {"activities", {"Works."}},
                     {"salary", salary(rng)}, {"skills", needs}, {"tools", core::Json::array()}});
  }
  doc["roles"] = roles;

  static const char* const kLevels[] = {"beginner", "intermediate", "advanced"};
  static const char* const kModels[] = {"free", "free-audit", "subscription", "one-time"};
  core::Json courses = core::Json::array();
  for (int c = 0; c < spec.courses; ++c) {
    std::shuffle(order.begin(), order.end(), rng);
    core::Json teaches = core::Json::array();
    const int count = spec.teachesPerCourse > 0 ? spec.teachesPerCourse : 2 + static_cast<int>(rng() % 5);
    for (int i = 0; i < std::min(count, spec.skills); ++i)
      teaches.push_back({{"skill", id("skill", order[i])}, {"level", 1 + static_cast<int>(rng() % 3)}});
    core::Json course = {
        {"id", id("course", c)},
        {"title", "Course " + std::to_string(c)},
        {"provider", "Provider " + std::to_string(c % 7)},
        {"url", "https://courses.invalid/" + id("course", c)},
        {"url_confidence", "unconfirmed"},
        {"level", {{"value", kLevels[rng() % 3]}, {"confidence", "unconfirmed"}}},
        {"teaches", teaches},
        {"confidence", "unconfirmed"}};
    if (rng() % 5) course["hours"] = {{"value", 2 + static_cast<int>(rng() % 60)}, {"confidence", "unconfirmed"}};
    const char* model = kModels[rng() % 4];
    core::Json price = {{"model", model}, {"confidence", "unconfirmed"}};
    if (rng() % 3) price["usd"] = static_cast<int>(rng() % 300);
    course["price"] = price;
    if (rng() % 20 == 0) course["legacy"] = {{"reason", "superseded"}};
    courses.push_back(course);
  }
  doc["courses"] = courses;
  core::Json profiles = core::Json::array();
  for (int p = 0; p < spec.profiles; ++p) {
    std::shuffle(order.begin(), order.end(), rng);
    core::Json ratings = core::Json::object();
    for (int i = 0; i < spec.skills / 2; ++i) ratings[id("skill", order[i])] = 1 + static_cast<int>(rng() % 3);
    profiles.push_back({{"id", id("profile", p)}, {"name", "Job " + std::to_string(p)}, {"ratings", ratings}});
  }
  doc["profiles"] = profiles;
  return doc.dump();
}

}  // namespace tools

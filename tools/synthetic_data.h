// Synthetic career data of any size, valid under docs/data-format.md, for benchmarks and stress
// tests. Deterministic for a seed.
#pragma once

#include <string>

namespace tools {

struct SyntheticSpec {
  int courses = 100;
  int skills = 40;
  int roles = 8;
  int skillsPerRole = 16;  // every role needs this many distinct skills
  // Skills each course teaches: 2-6 at random, or exactly this many when set (a worst case for
  // the planner: 10 of a 20-skill gap per course leaves few dominated options).
  int teachesPerCourse = 0;
  // Starting profiles ("I work as …"), each rating a random half of the skills 1-3.
  int profiles = 0;
  unsigned seed = 1;
};

std::string syntheticCatalogJson(const SyntheticSpec& spec);

}  // namespace tools

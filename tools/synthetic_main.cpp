// career-explorer-synth COURSES [SKILLS_PER_ROLE] [SEED] [TEACHES_PER_COURSE] [--roles=N]
// [--skills=N] [--profiles=N]: prints a synthetic careers.json, e.g. to try the widget with
// 10,000 courses (see bench/README.md). The options set the catalogue's shape (defaults: 8 roles,
// 40 skills, no profiles); profiles are what "I work as …" offers.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "synthetic_data.h"

namespace {

// "--name=N" read into `out`; false when `arg` is not that option.
bool option(const char* arg, const char* name, int& out) {
  const std::size_t n = std::strlen(name);
  if (std::strncmp(arg, name, n) != 0 || arg[n] != '=') return false;
  out = std::atoi(arg + n + 1);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  tools::SyntheticSpec spec;
  int positional = 0;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (option(a, "--roles", spec.roles) || option(a, "--skills", spec.skills) ||
        option(a, "--profiles", spec.profiles))
      continue;
    if (a[0] == '-' || positional == 4) {
      positional = -1;
      break;
    }
    switch (positional++) {
      case 0: spec.courses = std::atoi(a); break;
      case 1: spec.skillsPerRole = std::atoi(a); break;
      case 2: spec.seed = static_cast<unsigned>(std::strtoul(a, nullptr, 10)); break;
      case 3: spec.teachesPerCourse = std::atoi(a); break;
    }
  }
  if (positional < 1) {
    std::cerr << "usage: career-explorer-synth COURSES [SKILLS_PER_ROLE] [SEED] [TEACHES_PER_COURSE]"
                 " [--roles=N] [--skills=N] [--profiles=N]\n";
    return 2;
  }
  if (spec.courses < 0 || spec.courses > 100000 || spec.skillsPerRole < 1 || spec.skillsPerRole > 40 ||
      spec.teachesPerCourse < 0 || spec.teachesPerCourse > 40 || spec.roles < 1 || spec.roles > 1000 ||
      spec.skills < 1 || spec.skills > 10000 || spec.profiles < 0 || spec.profiles > 100) {
    std::cerr << "COURSES must be 0..100000, SKILLS_PER_ROLE 1..40, TEACHES_PER_COURSE 0..40, roles 1..1000, "
                 "skills 1..10000, profiles 0..100\n";
    return 2;
  }
  std::cout << tools::syntheticCatalogJson(spec) << "\n";
  return 0;
}

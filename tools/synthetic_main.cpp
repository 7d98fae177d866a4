// career-explorer-synth COURSES [SKILLS_PER_ROLE] [SEED] [TEACHES_PER_COURSE]: prints a synthetic
// careers.json, e.g. to try the widget with 10,000 courses (see bench/README.md).
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "synthetic_data.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 5) {
    std::cerr << "usage: career-explorer-synth COURSES [SKILLS_PER_ROLE] [SEED] [TEACHES_PER_COURSE]\n";
    return 2;
  }
  tools::SyntheticSpec spec;
  spec.courses = std::atoi(argv[1]);
  if (argc > 2) spec.skillsPerRole = std::atoi(argv[2]);
  if (argc > 3) spec.seed = static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10));
  if (argc > 4) spec.teachesPerCourse = std::atoi(argv[4]);
  if (spec.courses < 0 || spec.courses > 100000 || spec.skillsPerRole < 1 || spec.skillsPerRole > 40 ||
      spec.teachesPerCourse < 0 || spec.teachesPerCourse > 40) {
    std::cerr << "COURSES must be 0..100000, SKILLS_PER_ROLE 1..40, TEACHES_PER_COURSE 0..40\n";
    return 2;
  }
  std::cout << tools::syntheticCatalogJson(spec) << "\n";
  return 0;
}

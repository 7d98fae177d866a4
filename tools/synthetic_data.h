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
  unsigned seed = 1;
};

std::string syntheticCatalogJson(const SyntheticSpec& spec);

}  // namespace tools

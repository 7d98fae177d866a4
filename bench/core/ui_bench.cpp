// Native UI benchmark: the real views in a headless ImGui context with synthetic data of 10 to
// 10,000 courses; prints the mean time to build a frame per view (CPU side only: no GPU here).
#include <chrono>
#include <cstdio>

#include "synthetic_data.h"
#include "ui_harness.h"

int main() {
  std::printf("GenAI Career Explorer — UI frame build time (native, headless ImGui, 1000x700)\n\n");
  std::printf("%8s %10s %10s %10s %10s\n", "courses", "roles ms", "compare ms", "skills ms", "plan ms");
  for (int courses : {10, 1000, 10000}) {
    tools::SyntheticSpec spec;
    spec.courses = courses;
    spec.skillsPerRole = 16;
    test::UiHarness ui(1000, 700);
    ui.widget().loadData(tools::syntheticCatalogJson(spec));
    ui.frames(3);
    double ms[4] = {};
    const char* views[4] = {"view/roles", "view/compare", "view/skills", "view/plan"};
    for (int v = 0; v < 4; ++v) {
      ui.click(views[v]);  // also computes the derived plan once, outside the timing
      const int frames = 60;
      auto start = std::chrono::steady_clock::now();
      ui.frames(frames);
      ms[v] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / frames;
    }
    std::printf("%8d %10.3f %10.3f %10.3f %10.3f\n", courses, ms[0], ms[1], ms[2], ms[3]);
  }
  return 0;
}

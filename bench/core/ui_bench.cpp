// Native UI benchmark: the real views in a headless ImGui context with synthetic data of 10 to
// 10,000 courses; prints the mean time to build a frame per view (CPU side only: no GPU here).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "fill_area.h"
#include "imgui.h"
#include "synthetic_data.h"
#include "ui_harness.h"

namespace {

// What each view asks the GPU to fill, with the bundled data (bench/core/fill_area.h says why).
void printFill() {
  std::ifstream file(CE_SHIPPED_DATA);
  std::stringstream json;
  json << file.rdbuf();
  std::printf("\nPixels filled per frame, bundled data (triangles clipped to their scissor; overdraw = "
              "filled / canvas)\n");
  std::printf("%10s %10s %10s %14s %10s\n", "size", "view", "commands", "pixels", "overdraw");
  const char* views[4] = {"view/roles", "view/compare", "view/skills", "view/plan"};
  for (auto [w, h] : {std::pair{1280.f, 800.f}, std::pair{360.f, 640.f}}) {
    for (bool dark : {false, true}) {
      test::UiHarness ui(w, h, dark);
      ui.widget().loadData(json.str());
      ui.frames(3);
      for (const char* view : views) {
        ui.click(view);
        ui.frames(3);
        const bench::FillArea fill = bench::fillArea(*ImGui::GetDrawData());
        std::printf("%4.0fx%-3.0f%s %10s %10d %14.0f %10.2f\n", w, h, dark ? "d" : " ", view + 5,
                    fill.drawCommands, fill.pixels, fill.overdraw());
      }
    }
  }
}

}  // namespace

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

  // Compare's From my job (every role's row, planned a slice per frame) and Side by side.
  std::printf("\nCompare's modes, 1,000 courses: frame build time while the rows are planned and after\n");
  std::printf("%8s %16s %10s %16s %12s\n", "roles", "planning ms", "frames", "planned ms", "pair ms");
  for (int roles : {8, 200}) {
    tools::SyntheticSpec spec;
    spec.courses = 1000;
    spec.roles = roles;
    spec.skillsPerRole = 16;
    test::UiHarness ui(1000, 700);
    ui.widget().loadData(tools::syntheticCatalogJson(spec));
    ui.frames(3);
    ui.click("view/compare");
    ui.click("mode/paths");
    auto timed = [&](int frames) {
      auto start = std::chrono::steady_clock::now();
      ui.frames(frames);
      return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / frames;
    };
    const double planning = timed(20);
    int frames = 20;
    while (ui.lastFrameAnimating() && frames < 200000) {
      ui.frames(1);
      ++frames;
    }
    const double planned = timed(60);
    ui.click("mode/pair");
    const double pair = timed(60);
    std::printf("%8d %16.3f %10d %16.3f %12.3f\n", roles, planning, frames, planned, pair);
  }
  printFill();
  return 0;
}

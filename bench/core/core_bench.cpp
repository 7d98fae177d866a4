// Native core benchmark: load+validate, score all roles, and plan, on synthetic data of
// 10 / 100 / 1,000 / 10,000 courses and 4 / 8 / 16 missing skills. Prints figures (median of
// several runs); never passes or fails on time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "data_loader.h"
#include "fit.h"
#include "plan.h"
#include "synthetic_data.h"

namespace {

double medianMs(int runs, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main() {
#ifdef __EMSCRIPTEN__
  std::printf("GenAI Career Explorer — core benchmark (WebAssembly in Node, median of runs)\n");
  std::printf("built like the widget: %s\n", CE_BENCH_FLAGS);
#else
  std::printf("GenAI Career Explorer — core benchmark (native, median of runs)\n");
#endif
  std::printf("targets: exact plan, 16 missing skills, 1,000 courses <= 20 ms; "
              "load+validate 10,000 courses <= 100 ms\n\n");
  std::printf("%8s %6s %10s %14s %10s %12s %10s %8s\n", "courses", "gap", "json KB",
              "load+valid ms", "score ms", "plan ms", "steps", "exact");
  for (int courses : {10, 100, 1000, 10000}) {
    for (int gap : {4, 8, 16}) {
      tools::SyntheticSpec spec;
      spec.courses = courses;
      spec.skillsPerRole = gap;
      spec.seed = 42;
      const std::string json = tools::syntheticCatalogJson(spec);
      core::LoadResult loaded;
      const int runs = courses >= 10000 ? 5 : 11;
      double loadMs = medianMs(runs, [&] { loaded = core::loadCatalog(json); });
      if (!loaded.report.ok()) {
        std::printf("synthetic data invalid: %s\n", loaded.report.text().c_str());
        return 1;
      }
      const core::Catalog& cat = loaded.catalog;
      core::Ratings none;  // nothing rated: the whole role is the gap
      std::vector<core::RoleFit> ranking;
      double scoreMs = medianMs(runs, [&] { ranking = core::rankRoles(cat, none); });
      core::Plan plan;
      double planMs = medianMs(runs, [&] {
        plan = core::planFor(cat, cat.roles[0], none, core::PlanGoal::LeastHours, {});
      });
      const std::size_t coverable = plan.gap.size() - plan.uncoverable.size();
      std::printf("%8d %3zu/%-2zu %10.1f %14.3f %10.4f %12.3f %10llu %8s\n", courses, coverable,
                  plan.gap.size(), json.size() / 1024.0, loadMs, scoreMs, planMs,
                  static_cast<unsigned long long>(plan.work), plan.optimal ? "yes" : "no");
    }
  }
  // A budget cap turns least-hours into a two-measure problem (Pareto fronts per subset).
  tools::SyntheticSpec spec;
  spec.courses = 1000;
  spec.skillsPerRole = 16;
  spec.seed = 42;
  core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
  core::PlanFilters capped;
  capped.budgetUsd = 300;
  core::Plan plan;
  double ms = medianMs(5, [&] {
    plan = core::planFor(loaded.catalog, loaded.catalog.roles[0], {}, core::PlanGoal::LeastHours, capped);
  });
  std::printf("\nleast hours with a $300 cap, 16 skills, 1,000 courses: %.3f ms, %llu steps, %s\n", ms,
              static_cast<unsigned long long>(plan.work), plan.overBudget ? "over budget" : "within budget");
  return 0;
}

// Native core benchmark: load+validate, score all roles, and plan, on synthetic data of
// 10 / 100 / 1,000 / 10,000 courses and 4 / 8 / 16 missing skills; then planning in slices (one
// per frame) for the worst cases: per-slice worst time, time to the first and to the final plan;
// and Compare's "From my job", every role planned in turn.
// Prints figures (median of several runs); never passes or fails on time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string_view>
#include <functional>
#include <string>
#include <optional>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#endif

#include "data_loader.h"
#include "derived.h"
#include "fit.h"
#include "plan.h"
#include "planner.h"
#include "role_paths.h"
#include "search.h"
#include "share_link.h"
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

// The process's CPU time for `work` (median of runs): on the shared machine a loaded core
// stretches wall time several-fold, CPU time hardly. In the wasm build it is Node's
// process.cpuUsage() (Emscripten's clock() counts wall time), which also counts V8's helper
// threads (garbage collection, compiling), so it is a little high there.
#ifdef __EMSCRIPTEN__
EM_JS(double, cpuNowMs, (), {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
});
#else
double cpuNowMs() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}
#endif

double medianCpuMs(int runs, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const double start = cpuNowMs();
    work();
    ms.push_back(cpuNowMs() - start);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

// `json` with `keys` unknown fields added to its "source" object.
std::string manyKeysCatalog(std::string json, int keys) {
  const std::string marker = "\"source\":{";
  std::string extra;
  for (int i = 0; i < keys; ++i) extra += "\"extra-" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  json.insert(json.find(marker) + marker.size(), extra);
  return json;
}

struct SlicedRun {
  int slices = 0, worstSlice = 0;
  double worstSliceMs = 0, p95SliceMs = 0, firstPlanMs = 0, totalMs = 0;
  core::Plan plan;
};

// Plans as the widget does: kSliceSteps per call, timing each call.
SlicedRun runSliced(const core::Catalog& cat, core::PlanGoal goal, const core::PlanFilters& filters) {
  SlicedRun run;
  std::vector<double> slices;
  core::Planner planner(cat, cat.roles[0], {}, goal, filters);
  bool done = false;
  while (!done) {
    auto start = std::chrono::steady_clock::now();
    done = planner.step(core::kSliceSteps);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (slices.empty() || ms > *std::max_element(slices.begin(), slices.end()))
      run.worstSlice = static_cast<int>(slices.size()) + 1;
    slices.push_back(ms);
    run.totalMs += ms;
    if (run.firstPlanMs == 0 && !planner.plan().courses.empty()) run.firstPlanMs = run.totalMs;
  }
  run.slices = static_cast<int>(slices.size());
  std::sort(slices.begin(), slices.end());
  run.worstSliceMs = slices.back();
  run.p95SliceMs = slices[slices.size() * 95 / 100];
  run.plan = planner.plan();
  return run;
}

void slicedPlanning() {
  std::printf("\nplanning in slices of %llu steps (one per frame; search budget %llu steps)\n",
              static_cast<unsigned long long>(core::kSliceSteps),
              static_cast<unsigned long long>(core::kSearchBudget));
  std::printf("aim: every slice a few ms natively; the widget draws between slices\n");
  std::printf("%-46s %7s %9s %6s %9s %10s %10s %8s %12s\n", "case", "slices", "worst ms", "(#)",
              "p95 ms", "first ms", "final ms", "optimal", "total/bound");
  struct Case {
    const char* name;
    int courses, gap, teaches;
    core::PlanGoal goal;
    std::optional<double> budget;
  };
  const Case cases[] = {
      {"100 courses, gap 20, least hours, cap $1,000", 100, 20, 0, core::PlanGoal::LeastHours, 1000},
      {"100 courses, gap 20, least hours, cap $100,000", 100, 20, 0, core::PlanGoal::LeastHours, 100000},
      {"100 courses, gap 20, least hours, cap $150", 100, 20, 0, core::PlanGoal::LeastHours, 150},
      {"10,000 courses, gap 20, 10 per course, hours", 10000, 20, 10, core::PlanGoal::LeastHours, {}},
      {"10,000 courses, gap 20, 10 per course, cost", 10000, 20, 10, core::PlanGoal::LeastCost, {}},
      {"10,000 courses, gap 20, 10 per course, $300", 10000, 20, 10, core::PlanGoal::LeastHours, 300},
      {"10,000 courses, gap 30, 10 per course (B&B)", 10000, 30, 10, core::PlanGoal::LeastHours, {}},
  };
  for (const Case& c : cases) {
    tools::SyntheticSpec spec;
    spec.courses = c.courses;
    spec.skills = 40;
    spec.skillsPerRole = c.gap;
    spec.teachesPerCourse = c.teaches;
    spec.seed = 42;
    const core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
    if (!loaded.report.ok()) {
      std::printf("synthetic data invalid: %s\n", loaded.report.text().c_str());
      return;
    }
    core::PlanFilters filters;
    filters.budgetUsd = c.budget;
    // Median of three runs, figure by figure (timings wander on a shared machine).
    std::vector<SlicedRun> runs;
    for (int i = 0; i < 3; ++i) runs.push_back(runSliced(loaded.catalog, c.goal, filters));
    auto median = [&](double SlicedRun::*field) {
      std::vector<double> v;
      for (const SlicedRun& r : runs) v.push_back(r.*field);
      std::sort(v.begin(), v.end());
      return v[1];
    };
    const core::Plan& plan = runs[0].plan;
    const bool hours = c.goal == core::PlanGoal::LeastHours;
    char totals[48];
    std::snprintf(totals, sizeof totals, "%.1f/%.1f%s", hours ? plan.totalHours : plan.totalUsd,
                  plan.lowerBound, plan.overBudget ? " over" : "");
    std::printf("%-46s %7d %9.2f %6d %9.2f %10.1f %10.1f %8s %12s\n", c.name, runs[0].slices,
                median(&SlicedRun::worstSliceMs), runs[1].worstSlice, median(&SlicedRun::p95SliceMs),
                median(&SlicedRun::firstPlanMs), median(&SlicedRun::totalMs),
                plan.optimal ? "yes" : "no", totals);
  }
}

}  // namespace

// Search (core/search.h) over catalogues at the loader's scale: building the index once, and the
// worst queries (long words with typos: every catalogue word is compared for edits) both whole
// and in slices of kSearchSliceWork, as the widget runs them, one per frame.
std::string randomWord(unsigned& seed, int length) {
  std::string w;
  for (int i = 0; i < length; ++i) {
    seed = seed * 1103515245u + 12345u;
    w += static_cast<char>('a' + (seed >> 16) % 26);
  }
  return w;
}

// Compare's "From my job": every role planned in turn, kSliceSteps per update (one per frame),
// from no ratings (the widest gaps). Worst update and the time until every row has its plan.
static void rolePathsPlanning() {
  std::printf("\nFrom my job: every role planned in slices of %llu steps (search budget %llu steps per role)\n",
              static_cast<unsigned long long>(core::kSliceSteps),
              static_cast<unsigned long long>(core::kPathSearchBudget));
  std::printf("aim: every update a few ms natively; the table fills in within seconds of frames\n");
  std::printf("%8s %6s %12s %8s %8s %14s %14s %12s\n", "courses", "roles", "skills/role", "ratings", "updates",
              "worst ms", "all rows ms", "steps");
  struct Case {
    int courses, roles, skillsPerRole, skills;
    bool rateAll;  // a job that rates every skill (basic): the loader's limits, 10,000 ratings
  };
  for (const Case c : {Case{1000, 8, 16, 120, false}, Case{10000, 30, 24, 120, false},
                       Case{2000, 1000, 64, 10000, true}}) {
    tools::SyntheticSpec spec;
    spec.courses = c.courses;
    spec.skills = c.skills;
    spec.roles = c.roles;
    spec.skillsPerRole = c.skillsPerRole;
    const core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
    if (!loaded.report.ok()) {
      std::printf("synthetic data invalid: %s\n", loaded.report.text().c_str());
      return;
    }
    core::Ratings ratings;
    if (c.rateAll) {
      std::vector<std::pair<std::string, int>> all;
      for (const core::Skill& k : loaded.catalog.skills) all.emplace_back(k.id, 1);
      ratings.assign(std::move(all));
    }
    const std::vector<core::RoleFit> ranking = core::rankRoles(loaded.catalog, ratings);
    core::RolePathsCache cache;
    int updates = 0;
    double worst = 0;
    const auto start = std::chrono::steady_clock::now();
    do {
      const auto t = std::chrono::steady_clock::now();
      cache.update(loaded.catalog, ranking, ratings, {}, core::kSliceSteps);
      worst = std::max(worst, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count());
      ++updates;
    } while (cache.planning());
    const double total = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("%8d %6d %12d %8zu %8d %14.2f %14.1f %12llu\n", c.courses, c.roles, c.skillsPerRole, ratings.size(),
                updates, worst, total, static_cast<unsigned long long>(cache.planSteps()));
  }
}

void searchBench() {
  std::printf("\nsearch (one query, %zu results at most; slices of %llu work units, one per frame)\n",
              core::kSearchMaxResults, static_cast<unsigned long long>(core::kSearchSliceWork));
  std::printf("aim: a slice well under 4 ms natively (the widget draws between slices)\n");
  std::printf("index: built once per catalogue, %llu entries a frame\n",
              static_cast<unsigned long long>(core::kSearchIndexSlice));
  std::printf("(slice columns: how many, and the median or worst of their times; on a busy machine the\n"
              " worst is mostly the scheduler's)\n");
  std::printf("%-31s %8s %8s %9s %7s %9s %9s %7s %9s %9s\n", "catalogue", "entries", "words", "index ms",
              "slices", "median", "query ms", "slices", "worst ms", "median");
  struct Case {
    const char* name;
    int courses;
    bool randomTitles;  // six random words of 5-12 letters a title: the most distinct words
  };
  for (const Case& c : {Case{"synthetic, 10,000 courses", 10000, false},
                        Case{"synthetic, 12,000 courses", 12000, false},
                        Case{"random titles, 10,000 courses", 10000, true},
                        Case{"random titles, 12,000 courses", 12000, true}}) {
    tools::SyntheticSpec spec;
    spec.courses = c.courses;
    core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
    if (c.randomTitles) {
      unsigned seed = 7;
      for (core::Course& course : loaded.catalog.courses) {
        course.title.clear();
        for (int w = 0; w < 6; ++w) course.title += randomWord(seed, 5 + static_cast<int>(seed % 8)) + " ";
      }
    }
    if (!loaded.report.ok()) {
      std::printf("synthetic data invalid: %s\n", loaded.report.text().c_str());
      return;
    }
    core::SearchIndex index;
    const double indexMs = medianMs(3, [&] { index = core::SearchIndex(loaded.catalog); });
    // The index as the widget builds it: a slice a frame.
    std::vector<double> indexSliceMs;
    index.start(loaded.catalog);
    for (bool done = false; !done;) {
      auto start = std::chrono::steady_clock::now();
      done = index.build(core::kSearchIndexSlice);
      indexSliceMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(indexSliceMs.begin(), indexSliceMs.end());
    // Six words of eight letters or more, none in the catalogue: every comparison runs the
    // edit distance with two edits allowed.
    const std::string worst = "enginerring specialistt foundationss deploymnet managment certificatte";
    std::vector<core::SearchResult> results;
    const double wholeMs = medianMs(3, [&] { results = core::search(index, worst); });
    std::vector<double> sliceMs;
    core::SearchRun run(index, worst);
    for (bool done = false; !done;) {
      auto start = std::chrono::steady_clock::now();
      done = run.step(core::kSearchSliceWork);
      sliceMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::vector<double> sorted = sliceMs;
    std::sort(sorted.begin(), sorted.end());
    std::printf("%-31s %8zu %8zu %9.2f %7d %9.3f %9.2f %7zu %9.3f %9.3f\n", c.name, index.entries(),
                index.vocabulary(), indexMs, static_cast<int>(indexSliceMs.size()), indexSliceMs[indexSliceMs.size() / 2], wholeMs, sliceMs.size(), sorted.back(),
                sorted[sorted.size() / 2]);
  }
}

namespace {

// The same file as Node's JSON.parse gets (bench/core/loader-vs-json-parse.sh): its bytes, read
// whole before timing. In the wasm build, which has no file system, Node reads it.
#ifdef __EMSCRIPTEN__
EM_JS(char*, readFileBytes, (const char* path, int* size), {
  const bytes = require('fs').readFileSync(UTF8ToString(path));
  const ptr = _malloc(bytes.length + 1);
  HEAPU8.set(bytes, ptr);
  HEAP32[size >> 2] = bytes.length;
  return ptr;
});
std::string readFile(const char* path) {
  int size = 0;
  char* bytes = readFileBytes(path, &size);
  std::string text(bytes, static_cast<std::size_t>(size));
  std::free(bytes);
  return text;
}
#else
std::string readFile(const char* path) {
  std::string text;
  if (std::FILE* f = std::fopen(path, "rb")) {
    char buffer[65536];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) text.append(buffer, n);
    std::fclose(f);
  }
  return text;
}
#endif

// --load-file FILE RUNS: loads and validates FILE RUNS times and prints one JSON line with the
// median wall and CPU time, for a comparison with another program reading the same file.
// Each read times loadCatalog alone: the previous read's catalogue is freed before the clocks
// start, as the JSON.parse reference leaves its previous result to the garbage collector, which
// spends nothing on the dead (freeing 10,000 courses here took ~7 ms inside the timed reads).
int loadFile(const char* path, int runs) {
  const std::string json = readFile(path);
  core::LoadResult loaded;
  std::vector<double> wallMs, cpuMs;
  for (int i = 0; i < 2 * runs; ++i) {
    loaded = core::LoadResult();
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuNowMs();
    loaded = core::loadCatalog(json);
    const double cpuTaken = cpuNowMs() - cpuStart;
    const double wallTaken = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    // As before: wall time from the first half of the reads, CPU time from the second.
    if (i < runs) wallMs.push_back(wallTaken);
    else cpuMs.push_back(cpuTaken);
  }
  std::sort(wallMs.begin(), wallMs.end());
  std::sort(cpuMs.begin(), cpuMs.end());
  const double wall = wallMs[wallMs.size() / 2];
  const double cpu = cpuMs[cpuMs.size() / 2];
  std::printf("{\"bytes\":%zu,\"courses\":%zu,\"valid\":%s,\"wallMs\":%.3f,\"cpuMs\":%.3f}\n", json.size(),
              loaded.catalog.courses.size(), loaded.report.ok() ? "true" : "false", wall, cpu);
  return loaded.report.ok() ? 0 : 1;
}


// A saved progress about as long as a catalogue allows (every one of 10,000 skills rated, every
// one of 10,000 courses done), decoded as the widget writes it (ids in order) and with both lists
// reversed, as a tampered copy could: the ratings and done courses are sorted vectors
// (sorted_ids.h), which a decoder putting ids in one at a time would make quadratic in that order.
// Interleaved rounds; the ratio is the figure to read.
void savedProgressBench() {
  tools::SyntheticSpec spec;
  spec.skills = static_cast<int>(core::kMaxSkillsInFile);
  spec.courses = 10000;  // with 10,000 skills, about the most an 8 MiB file holds
  spec.roles = 4;
  spec.profiles = 1;
  spec.seed = 3;
  const core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
  if (!loaded.report.ok()) {
    std::printf("synthetic data invalid: %s\n", loaded.report.text().c_str());
    return;
  }
  const core::Catalog& c = loaded.catalog;
  core::AppState s = core::initialState(c);
  for (std::size_t i = 0; i < c.skills.size(); ++i) core::rateSkill(s, c, c.skills[i].id, 1 + static_cast<int>(i % 3));
  for (const core::Course& course : c.courses) core::toggleDone(s, c, course.id);
  const std::string written = core::encodeFragment(s);
  // The same fields with each list's items in the opposite order.
  std::string reversed;
  std::string_view rest = written;
  while (!rest.empty()) {
    const std::size_t semi = rest.find(';');
    const std::string_view field = rest.substr(0, semi);
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    const std::size_t eq = field.find('=');
    if (!reversed.empty()) reversed += ';';
    if (eq == std::string_view::npos || field.find(',') == std::string_view::npos) {
      reversed += field;
      continue;
    }
    std::vector<std::string_view> items;
    for (std::string_view list = field.substr(eq + 1);;) {
      const std::size_t comma = list.find(',');
      items.push_back(list.substr(0, comma));
      if (comma == std::string_view::npos) break;
      list = list.substr(comma + 1);
    }
    reversed += field.substr(0, eq + 1);
    for (std::size_t i = items.size(); i-- > 0;) {
      reversed += items[i];
      if (i) reversed += ',';
    }
  }
  std::vector<double> inOrder, backwards;
  bool same = true;
  for (int round = 0; round < 7; ++round) {
    core::DecodedFragment a, b;
    inOrder.push_back(medianMs(1, [&] { a = core::decodeFragment(written, c, core::kMaxSavedLength); }));
    backwards.push_back(medianMs(1, [&] { b = core::decodeFragment(reversed, c, core::kMaxSavedLength); }));
    same = same && a.state == s && b.state == s;
  }
  std::sort(inOrder.begin(), inOrder.end());
  std::sort(backwards.begin(), backwards.end());
  const double x = inOrder[inOrder.size() / 2], y = backwards[backwards.size() / 2];
  std::printf("\nsaved progress at the limits (%zu ratings, %zu done, %.0f KB), decoded (7 interleaved rounds):\n",
              s.ratings.size(), s.done.size(), written.size() / 1000.0);
  std::printf("ids in order %.2f ms, reversed %.2f ms: ratio %.2f (aim: about 1, no order is slower)%s\n", x, y,
              x > 0 ? y / x : 0.0, same ? "" : "  -- DECODED STATE DIFFERS");
}

// Choosing a job ("I work as …") at the loader's limits: 1,000 roles of 64 skills out of 10,000,
// and a job that rates all 10,000. The frame after the choice does this work once; each part is
// timed apart (median of 7 choices, alternating two jobs so that each is a change): the ratings
// put in, the ranking and whether the ratings are the job's own, From my job's rows (fits only:
// no plan is wanted outside Compare), and the link written for the address bar.
static void jobChoice() {
  tools::SyntheticSpec spec;
  spec.courses = 1000;
  spec.skills = 10000;
  spec.roles = 1000;
  spec.skillsPerRole = 64;
  spec.profiles = 2;
  spec.seed = 42;
  core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
  if (!loaded.report.ok()) {
    std::printf("synthetic data invalid: %s\n", loaded.report.text().c_str());
    return;
  }
  core::Catalog& c = loaded.catalog;
  for (std::size_t p = 0; p < c.profiles.size(); ++p) {  // every skill rated, in id order as the loader leaves them
    std::vector<std::pair<std::string, int>> all;
    for (std::size_t k = 0; k < c.skills.size(); ++k) all.emplace_back(c.skills[k].id, 1 + static_cast<int>((k + p) % 3));
    c.profiles[p].ratings = std::move(all);
  }
  core::AppState state = core::initialState(c);
  core::DerivedCache derived;
  core::RolePathsCache paths;
  std::vector<double> apply, rank, rows, link, all;
  for (int round = 0; round < 7; ++round) {
    const std::string& job = c.profiles[round % 2].id;
    const auto t0 = std::chrono::steady_clock::now();
    core::applyProfile(state, c, job);
    const auto t1 = std::chrono::steady_clock::now();
    derived.update(c, state, 0, 0);
    const auto t2 = std::chrono::steady_clock::now();
    paths.update(c, derived.derived().ranking, state.ratings, state.filters, 0, {}, false);
    const auto t3 = std::chrono::steady_clock::now();
    const std::string written = core::encodeLink(state, c);
    const auto t4 = std::chrono::steady_clock::now();
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    apply.push_back(ms(t0, t1));
    rank.push_back(ms(t1, t2));
    rows.push_back(ms(t2, t3));
    link.push_back(ms(t3, t4));
    all.push_back(ms(t0, t4));
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  std::printf("\nchoosing a job at the loader's limits (1,000 roles of 64 skills, 10,000 ratings; median of 7):\n");
  std::printf("ratings put in %.2f ms, ranking and 'adjusted' %.2f ms, From my job's rows %.2f ms, link %.2f ms: "
              "%.2f ms in all\n", median(apply), median(rank), median(rows), median(link), median(all));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[1]) == "--load-file") return loadFile(argv[2], argc >= 4 ? std::atoi(argv[3]) : 5);
  if (argc >= 2 && std::string(argv[1]) == "--job-choice") return jobChoice(), 0;
#ifdef __EMSCRIPTEN__
  std::printf("GenAI Career Explorer — core benchmark (WebAssembly in Node, median of runs)\n");
  std::printf("built like the widget: %s\n", CE_BENCH_FLAGS);
#else
  std::printf("GenAI Career Explorer — core benchmark (native, median of runs)\n");
#endif
  std::printf("targets: exact plan, 16 missing skills, 1,000 courses <= 20 ms; "
              "load+validate 10,000 courses <= 60 ms\n\n");
  std::printf("%8s %6s %10s %14s %13s %10s %12s %10s %8s\n", "courses", "gap", "json KB",
              "load+valid ms", "load cpu ms", "score ms", "plan ms", "steps", "exact");
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
      double loadCpuMs = medianCpuMs(runs, [&] { loaded = core::loadCatalog(json); });
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
      std::printf("%8d %3zu/%-2zu %10.1f %14.3f %13.3f %10.4f %12.3f %10llu %8s\n", courses, coverable,
                  plan.gap.size(), json.size() / 1024.0, loadMs, loadCpuMs, scoreMs, planMs,
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

  rolePathsPlanning();
  searchBench();

  // One object of many keys (unknown fields: each is a warning) on top of 1,000 courses: the
  // loader must stay linear in the number of keys of one object.
  std::printf("\nload+validate, one object with many keys (1,000 courses besides):\n");
  std::printf("%8s %10s %14s %14s\n", "keys", "json KB", "load+valid ms", "steps");
  for (int keys : {1000, 10000, 100000}) {
    spec.courses = 1000;
    spec.skillsPerRole = 8;
    const std::string plain = tools::syntheticCatalogJson(spec);
    const std::string json = manyKeysCatalog(plain, keys);
    // The synthetic data may carry warnings of its own; the extra keys add one each.
    const std::size_t ownWarnings = core::loadCatalog(plain).report.warningCount();
    core::LoadResult r;
    double loadMs = medianMs(5, [&] { r = core::loadCatalog(json); });
    if (r.report.warningCount() != ownWarnings + static_cast<std::size_t>(keys) || !r.report.ok()) {
      std::printf("unexpected report: %s\n", r.report.text().c_str());
      return 1;
    }
    std::printf("%8d %10.1f %14.3f %14llu\n", keys, json.size() / 1024.0, loadMs,
                static_cast<unsigned long long>(r.work));
  }
  slicedPlanning();
  savedProgressBench();
  jobChoice();
  return 0;
}

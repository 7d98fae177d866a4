// libFuzzer target: the data loader must return a report for any bytes (no crash, hang,
// unbounded allocation or work that grows faster than the input), and a catalog it accepts must
// be consistent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "data_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  core::LoadResult r = core::loadCatalog(input);
  (void)r.report.text();
  // Work stays linear in the input (LoadResult::work; the seeds reach about 3 steps a byte, the
  // sort of repeated keys adds a log factor): far more is a cliff, found here without a timer.
  if (r.work > 64 * (size + 64)) std::abort();
  if (r.report.ok()) {
    // Accepted data holds together: every reference resolves.
    for (const core::Role& role : r.catalog.roles)
      for (const core::SkillNeed& n : role.skills)
        if (!r.catalog.findSkill(n.skill)) std::abort();
    for (const core::Course& c : r.catalog.courses)
      for (const core::SkillTaught& t : c.teaches)
        if (!r.catalog.findSkill(t.skill)) std::abort();
  }
  return 0;
}

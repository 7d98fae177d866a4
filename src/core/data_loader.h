// Loads and validates career data (docs/data-format.md) from untrusted bytes. Every problem is
// reported with its path and a plain reason; the result is usable only when report.ok().
// Any input, of any bytes, returns: no crash, no hang; time linear in the input, memory bounded by
// JsonLimits and the list limits of the format.
#pragma once

#include <cstdint>
#include <string_view>

#include "json_document.h"
#include "load_report.h"
#include "model.h"

namespace core {

struct LoadResult {
  Catalog catalog;  // complete and consistent only when report.ok()
  LoadReport report;
  // Steps the loader took (parser events, key comparisons, references checked). Deterministic,
  // so tests can check that loading stays linear in the input without timing it.
  std::uint64_t work = 0;
};

LoadResult loadCatalog(std::string_view text, const JsonLimits& limits = {});

// The longest lists of skills and courses a file may have (docs/data-format.md, "Limits"): what
// a saved state or link may list of them too.
inline constexpr std::size_t kMaxSkillsInFile = 10'000;
inline constexpr std::size_t kMaxCoursesInFile = 20'000;

// Rules shared with other inputs (share links, embed options).
bool isValidId(std::string_view id);    // [a-z0-9-]{1,48}
bool isHttpUrl(std::string_view url);   // http:// or https://, a host, no spaces or controls

}  // namespace core

// Turns untrusted bytes into a JSON document, or a plain reason why not. Bounded before any
// parsing: a size limit, and a nesting limit checked by a linear scan (so no recursion or
// allocation ever grows with hostile nesting). nlohmann/json is used without exceptions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// JSON_NOEXCEPTION is defined for every target that links ce_core (src/core/CMakeLists.txt).
#include <nlohmann/json.hpp>

#include "json_arena.h"

namespace core {

// Objects keep their members in a vector (nlohmann's ordered_map): far fewer allocations than a
// map for the small objects of our data, and messages follow file order. Objects and arrays take
// their memory from the loader's arena when one is active (json_arena.h).
using Json = nlohmann::basic_json<nlohmann::ordered_map, std::vector, std::string, bool,
                                  std::int64_t, std::uint64_t, double, ArenaAllocator>;

struct JsonLimits {
  std::size_t maxBytes = 8u << 20;  // 8 MiB: ample for 10,000 courses
  int maxDepth = 32;                // the data format needs 5
};

struct ParsedJson {
  std::optional<Json> value;  // empty on failure
  std::string error;          // e.g. "line 12, column 5: syntax error ..."
};

ParsedJson parseJson(std::string_view text, const JsonLimits& limits = {});

// A value shortened for an error message: printable ASCII kept, the rest escaped, at most
// `maxChars` characters (hostile keys can be megabytes long).
std::string quoteForMessage(std::string_view s, std::size_t maxChars = 40);

}  // namespace core

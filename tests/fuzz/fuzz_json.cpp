// libFuzzer target: the JSON reader and writer (json_parser.h, json_value.h). Any bytes are read
// without a crash; a value read is written as JSON that reads back as the same value, and writing
// that again gives the same text (escapes, UTF-8 and numbers survive the round trip).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "json_value.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const core::Json value = core::Json::parse(input);
  const std::string text = value.dump();
  const core::Json back = core::Json::parse(text);
  if (!(back == value)) std::abort();
  if (back.dump() != text) std::abort();
  return 0;
}

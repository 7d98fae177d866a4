// The limits a data file must keep before it is read, and how untrusted text is quoted in
// messages; with the JSON value type of the tests and tools (json_value.h). Reading data files
// does not build documents (json_sax_reader.h), nor does writing JSON (json_object_writer.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "json_value.h"

namespace core {

struct JsonLimits {
  std::size_t maxBytes = 8u << 20;  // 8 MiB: ample for 10,000 courses
  int maxDepth = 32;                // the data format needs 5
  // The text is only the file's start: its download stopped once past maxBytes (web/app.js: a
  // file of gigabytes is never held whole), so its size is not the file's.
  bool cutPastMax = false;
};

// "the file is 9,437,184 bytes (9.0 MiB); the limit is 8 MiB (8,388,608 bytes)"; of a file cut
// past the limit (its size unknown), "the file is larger than 8 MiB (8,388,608 bytes), the limit".
std::string fileTooLargeMessage(std::size_t size, std::size_t limit, bool cut = false);

// 10000 as "10,000".
std::string withThousands(std::size_t n);

// When the text is not UTF-8 but UTF-16 or UTF-32 (a byte-order mark, or the zero bytes such text
// has between ASCII characters), a plain sentence saying so; otherwise nothing.
std::optional<std::string> wrongEncoding(std::string_view text);

// A value shortened for an error message: printable ASCII kept (with \" and \\), every other
// character shown as <U+XXXX> and every malformed byte as <0xXX>, at most `maxChars` characters
// (hostile keys can be megabytes long). Never passes a control or escape character through.
std::string quoteForMessage(std::string_view s, std::size_t maxChars = 40);

}  // namespace core

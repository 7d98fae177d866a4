// Reading text as JSON at all: limits checked before parsing, the position of a syntax error, and
// how untrusted text is quoted in messages.
#include <doctest/doctest.h>

#include "data_loader.h"

namespace {

// The one error of a load, or "" when there is not exactly one.
std::string onlyError(std::string_view text, const core::JsonLimits& limits = {}) {
  auto r = core::loadCatalog(text, limits);
  return r.report.errorCount() == 1 ? r.report.errors()[0].text() : "";
}

}  // namespace

TEST_CASE("malformed text is reported with its line and column") {
  CHECK(onlyError("{\n  \"a\": [1, 2,]\n}").rfind("not valid JSON: line 2, column 14", 0) == 0);
}

TEST_CASE("oversized input is refused before parsing, stating the limit") {
  core::JsonLimits limits;
  limits.maxBytes = 10;
  CHECK(onlyError(R"({"a": "0123456789"})", limits) == "the file is 19 bytes; the limit is 10 bytes");
  CHECK(core::fileTooLargeMessage(9u << 20, 8u << 20) ==
        "the file is 9 MiB (9,437,184 bytes); the limit is 8 MiB (8,388,608 bytes)");
  CHECK(core::fileTooLargeMessage(8'400'000, 8u << 20) ==
        "the file is 8,400,000 bytes (8.0 MiB); the limit is 8 MiB (8,388,608 bytes)");
  // Only the start of the file was read (a download stopped past the limit): its size is not
  // known, and the bytes read are not said to be it.
  limits.cutPastMax = true;
  CHECK(onlyError(R"({"a": "0123456789"})", limits) == "the file is larger than 10 bytes, the limit");
  CHECK(core::fileTooLargeMessage((8u << 20) + 65536, 8u << 20, true) ==
        "the file is larger than 8 MiB (8,388,608 bytes), the limit");
  // Text within the limit is read as it is, whatever the flag says.
  CHECK(core::loadCatalog(R"({"a":1})", limits).report.errors()[0].text().find("larger") == std::string::npos);
}

TEST_CASE("deep nesting is refused without recursing into it") {
  CHECK(onlyError(std::string(100000, '[')) == "nesting is deeper than 32 levels");
  // 32 levels are allowed (the document is then wrong, but not for its depth); brackets inside
  // strings do not count.
  std::string deep = "{\"x\":" + std::string(31, '[') + std::string(31, ']') + "}";
  CHECK(core::loadCatalog(deep).report.text().find("nesting") == std::string::npos);
  CHECK(core::loadCatalog(R"({"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})")
            .report.text()
            .find("nesting") == std::string::npos);
}

TEST_CASE("an empty file is called empty") {
  CHECK(onlyError("") == "the file is empty");
  CHECK(onlyError(" \n\t") == "the file is empty");
}

TEST_CASE("invalid UTF-8 inside strings is malformed text") {
  CHECK(onlyError("{\"a\": \"\xff\xfe\"}").rfind("not valid JSON:", 0) == 0);
}

TEST_CASE("UTF-16 and UTF-32 files are named as such, with or without a byte-order mark") {
  const std::string advice = "; data files must be UTF-8: save it again with the encoding UTF-8";
  CHECK(onlyError(std::string("\xff\xfe{\0\"\0", 6)) ==
        "the file is encoded as UTF-16 (little-endian)" + advice);
  CHECK(onlyError(std::string("\xfe\xff\0{\0\"", 6)) ==
        "the file is encoded as UTF-16 (big-endian)" + advice);
  CHECK(onlyError(std::string("{\0\"\0f\0", 6)) ==
        "the file is encoded as UTF-16 (little-endian)" + advice);
  CHECK(onlyError(std::string("\0{\0\"", 4)) == "the file is encoded as UTF-16 (big-endian)" + advice);
  CHECK(onlyError(std::string("{\0\0\0\"\0\0\0", 8)) ==
        "the file is encoded as UTF-32 (little-endian)" + advice);
  CHECK(onlyError(std::string("\0\0\xfe\xff\0\0\0{", 8)) ==
        "the file is encoded as UTF-32 (big-endian)" + advice);
  // A UTF-8 byte-order mark is fine.
  CHECK(core::loadCatalog("\xef\xbb\xbf{}").report.text().find("encoded") == std::string::npos);
}

TEST_CASE("a number too large for a double is named in plain words") {
  CHECK(onlyError(R"({"format": 1e400})") ==
        "not valid JSON: line 1, column 16: the number 1e400 is too large (the largest is about "
        "1.8e308)");
  CHECK(onlyError(R"({"format": -2e999})").find("the number -2e999 is too large") !=
        std::string::npos);
  CHECK(onlyError(R"({"format": 1e400})").find("json.exception") == std::string::npos);
}

TEST_CASE("quoteForMessage escapes and shortens hostile text") {
  CHECK(core::quoteForMessage("abc") == "\"abc\"");
  CHECK(core::quoteForMessage("a\nb\"\\") == "\"a<U+000A>b\\\"\\\\\"");
  CHECK(core::quoteForMessage(std::string("a\0b\x1b[31m", 8)) == "\"a<U+0000>b<U+001B>[31m\"");
  CHECK(core::quoteForMessage("\xe2\x80\xae" "evil") == "\"<U+202E>evil\"");
  CHECK(core::quoteForMessage("\xc5\x81ukasz") == "\"<U+0141>ukasz\"");
  CHECK(core::quoteForMessage("\xff") == "\"<0xFF>\"");
  CHECK(core::quoteForMessage(std::string(100, 'x'), 5) == "\"xxxxx…\"");
}

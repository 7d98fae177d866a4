#include <doctest/doctest.h>

#include "json_document.h"

using core::parseJson;

TEST_CASE("parseJson accepts a document and reports malformed text with its line and column") {
  CHECK(parseJson(R"({"a": [1, 2]})").value.has_value());

  auto broken = parseJson("{\n  \"a\": [1, 2,]\n}");
  REQUIRE_FALSE(broken.value.has_value());
  CHECK(broken.error.rfind("not valid JSON: line 2, column 14", 0) == 0);
}

TEST_CASE("parseJson refuses oversized input before parsing it") {
  core::JsonLimits limits;
  limits.maxBytes = 10;
  auto r = parseJson(R"({"a": "0123456789"})", limits);
  CHECK_FALSE(r.value.has_value());
  CHECK(r.error == "the file is 19 bytes; the limit is 10");
}

TEST_CASE("parseJson refuses deep nesting without recursing into it") {
  std::string deep(100000, '[');
  auto r = parseJson(deep);
  CHECK_FALSE(r.value.has_value());
  CHECK(r.error == "nesting is deeper than 32 levels");

  // Brackets inside strings do not count.
  CHECK(parseJson(R"({"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})").value.has_value());
}

TEST_CASE("parseJson rejects invalid UTF-8 inside strings") {
  auto r = parseJson("{\"a\": \"\xff\xfe\"}");
  CHECK_FALSE(r.value.has_value());
  CHECK(r.error.rfind("not valid JSON:", 0) == 0);
}

TEST_CASE("quoteForMessage escapes and shortens hostile text") {
  CHECK(core::quoteForMessage("abc") == "\"abc\"");
  CHECK(core::quoteForMessage("a\nb\"") == "\"a\\x0ab\\x22\"");
  CHECK(core::quoteForMessage(std::string(100, 'x'), 5) == "\"xxxxx…\"");
}

// The JSON reader on its own (json_parser.h): the events it reports, and every way a text can fail
// to be JSON, with where.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "json_parser.h"

namespace {

// Writes the events as a compact trace: "{ k:a u:1 }", "[ s:x i:-2 d:0.5 n b:1 ]".
class Trace final : public core::JsonEvents {
 public:
  std::string text;
  double lastNumber = 0;
  std::string lastString;

  void null() override { add("n"); }
  void boolean(bool value) override { add(value ? "b:1" : "b:0"); }
  void integer(std::int64_t value) override { add("i:" + std::to_string(value)); }
  void unsignedInteger(std::uint64_t value) override { add("u:" + std::to_string(value)); }
  void number(double value) override {
    lastNumber = value;
    add("d");
  }
  void string(std::string& value) override {
    lastString = value;
    add("s:" + value);
  }
  void key(std::string& value) override { add("k:" + value); }
  void startObject() override { add("{"); }
  void endObject() override { add("}"); }
  void startArray() override { add("["); }
  void endArray() override { add("]"); }

 private:
  void add(const std::string& event) { text += (text.empty() ? "" : " ") + event; }
};

// "" when `text` is JSON, else the reader's reason.
std::string problem(std::string_view text, int maxDepth = 32) {
  Trace trace;
  return core::parseJson(text, maxDepth, trace);
}

std::string events(std::string_view text) {
  Trace trace;
  const std::string failure = core::parseJson(text, 32, trace);
  return failure.empty() ? trace.text : "FAILED: " + failure;
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("json reader: values become events in reading order") {
  CHECK(events(R"({"a": [1, -2, 0.5, "x", true, false, null], "b": {}})") ==
        "{ k:a [ u:1 i:-2 d s:x b:1 b:0 n ] k:b { } }");
  CHECK(events("[]") == "[ ]");
  CHECK(events(" \t\r\n[ [ ] , { } ]\n") == "[ [ ] { } ]");
  CHECK(events("\"top\"") == "s:top");
  CHECK(events("7") == "u:7");
  // A UTF-8 byte-order mark may open the text, nowhere else.
  CHECK(events("\xEF\xBB\xBF{}") == "{ }");
  CHECK(startsWith(problem("[\xEF\xBB\xBF]"), "not valid JSON: line 1, column 2: expected a value"));
}

TEST_CASE("json reader: empty text, and text after the value") {
  CHECK(problem("") == "not valid JSON: line 1, column 1: expected a value, found the end of the text");
  CHECK(problem(" \n ") == "not valid JSON: line 2, column 2: expected a value, found the end of the text");
  CHECK(problem("{} x") ==
        "not valid JSON: line 1, column 4: expected the end of the text after the value, found \"x\"");
  CHECK(startsWith(problem("1 2"), "not valid JSON: line 1, column 3: expected the end of the text"));
  CHECK(startsWith(problem("{}}"), "not valid JSON: line 1, column 3: expected the end of the text"));
  CHECK(startsWith(problem("[1,]"), "not valid JSON: line 1, column 4: expected a value, found \"]\""));
  CHECK(startsWith(problem(R"({"a":1,})"), "not valid JSON: line 1, column 8: expected a key"));
  CHECK(startsWith(problem("[1 2]"), "not valid JSON: line 1, column 4: expected ',' or ']'"));
  CHECK(startsWith(problem(R"({"a" 1})"), "not valid JSON: line 1, column 6: expected ':'"));
  CHECK(startsWith(problem(R"({"a":1 "b":2})"), "not valid JSON: line 1, column 8: expected ',' or '}'"));
  CHECK(startsWith(problem("[1"), "not valid JSON: line 1, column 3: expected ',' or ']' after an array's "
                                  "element, found the end of the text"));
  CHECK(startsWith(problem("{'a':1}"), "not valid JSON: line 1, column 2: expected a key"));
  CHECK(startsWith(problem("nul"), "not valid JSON: line 1, column 1: expected a value"));
  CHECK(startsWith(problem("truex"), "not valid JSON: line 1, column 5: expected the end of the text"));
  // Only space, tab, line feed and carriage return are whitespace.
  CHECK(startsWith(problem("\f1"), "not valid JSON: line 1, column 1: expected a value, found \"<U+000C>\""));
  CHECK(startsWith(problem("\xC2\xA0" "1"), "not valid JSON: line 1, column 1: expected a value, found \"<U+00A0>\""));
}

TEST_CASE("json reader: nesting is limited, without recursion") {
  std::string deep(32, '[');
  deep += std::string(32, ']');
  CHECK(problem(deep) == "");
  CHECK(problem("[" + deep + "]") == "nesting is deeper than 32 levels");
  CHECK(problem(std::string(1000000, '[')) == "nesting is deeper than 32 levels");
  CHECK(problem(std::string(5, '['), 4) == "nesting is deeper than 4 levels");
  CHECK(problem(R"({"a":{"b":{}}})", 2) == "nesting is deeper than 2 levels");
  // Events up to the limit have been delivered.
  Trace trace;
  core::parseJson("[[[", 2, trace);
  CHECK(trace.text == "[ [");
}

TEST_CASE("json reader: strings must be UTF-8, with no raw control character") {
  CHECK(events("\"caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80\"") == "s:caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80");
  CHECK(events("\"\xF4\x8F\xBF\xBF\"") == "s:\xF4\x8F\xBF\xBF");  // U+10FFFF, the last code point
  CHECK(problem("\"\xFF\"") == "not valid JSON: line 1, column 2: the text is not UTF-8 here (a string holds "
                               "the byte 0xFF, which begins no UTF-8 character here)");
  CHECK(startsWith(problem("\"ab\xC0\xAF\""), "not valid JSON: line 1, column 4: the text is not UTF-8"));  // overlong '/'
  CHECK(startsWith(problem("\"\xED\xA0\x80\""), "not valid JSON: line 1, column 2: the text is not UTF-8"));  // a surrogate
  CHECK(startsWith(problem("\"\xF4\x90\x80\x80\""), "not valid JSON: line 1, column 2: the text is not UTF-8"));  // > U+10FFFF
  CHECK(startsWith(problem("\"\xE2\x82\""), "not valid JSON: line 1, column 2: the text is not UTF-8"));  // cut short
  CHECK(startsWith(problem("\"\x80\""), "not valid JSON: line 1, column 2: the text is not UTF-8"));
  CHECK(startsWith(problem("[\xFF]"), "not valid JSON: line 1, column 2: expected a value, found \"<0xFF>\""));
  CHECK(problem("\"a\nb\"") == "not valid JSON: line 1, column 3: a string holds the control character "
                               "U+000A, which must be written as an escape (such as \\n or \\u001b)");
  CHECK(startsWith(problem(std::string("\"a\0\"", 4)), "not valid JSON: line 1, column 3: a string holds the "
                                                       "control character U+0000"));
  CHECK(events("\"\x7F\"") == "s:\x7F");  // DEL is not a JSON control character
  CHECK(problem("\"abc") == "not valid JSON: line 1, column 1: this string is not closed: its closing quote is missing");
}

TEST_CASE("json reader: escapes, and surrogate pairs in \\u escapes") {
  Trace t;
  REQUIRE(core::parseJson(R"("\"\\\/\b\f\n\r\t")", 32, t) == "");
  CHECK(t.lastString == "\"\\/\b\f\n\r\t");
  REQUIRE(core::parseJson(R"("\u0041\u00e9\u20AC\ud83d\ude00")", 32, t) == "");
  CHECK(t.lastString == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  REQUIRE(core::parseJson(R"("a\u0000b")", 32, t) == "");
  CHECK(t.lastString == std::string("a\0b", 3));
  CHECK(problem(R"("\ud83d")") == "not valid JSON: line 1, column 2: \\ud83d is the first half of a surrogate "
                                  "pair: it must be followed by the second half, \\uDC00 to \\uDFFF");
  CHECK(startsWith(problem(R"("\ud83dx")"), "not valid JSON: line 1, column 2: \\ud83d is the first half"));
  CHECK(startsWith(problem(R"("\ud83d\u0041")"), "not valid JSON: line 1, column 2: \\ud83d is the first half"));
  CHECK(startsWith(problem(R"("\ud83d\ud83d")"), "not valid JSON: line 1, column 2: \\ud83d is the first half"));
  CHECK(problem(R"(["\uDE00"])") == "not valid JSON: line 1, column 3: \\uDE00 is the second half of a "
                                    "surrogate pair, without the first half before it");
  CHECK(startsWith(problem(R"("\x")"), "not valid JSON: line 1, column 3: expected an escape"));
  CHECK(startsWith(problem(R"("\u12")"), "not valid JSON: line 1, column 6: \\u must be followed by four "
                                         "hexadecimal digits"));
  CHECK(startsWith(problem(R"("\u12g4")"), "not valid JSON: line 1, column 6: \\u must be followed"));
  CHECK(startsWith(problem("\"\\"), "not valid JSON: line 1, column 3: expected an escape"));
}

TEST_CASE("json reader: numbers") {
  CHECK(events("[0, -0, 7, -7, 18446744073709551615, -9223372036854775808]") ==
        "[ u:0 i:0 u:7 i:-7 u:18446744073709551615 i:-9223372036854775808 ]");
  Trace t;
  // Integers beyond 64 bits become doubles, as nlohmann/json made them.
  REQUIRE(core::parseJson("18446744073709551616", 32, t) == "");
  CHECK(t.text == "d");
  CHECK(t.lastNumber == 18446744073709551616.0);
  REQUIRE(core::parseJson("-9223372036854775809", 32, t) == "");
  CHECK(t.lastNumber == -9223372036854775808.0);
  REQUIRE(core::parseJson("-0.0", 32, t) == "");
  CHECK((t.lastNumber == 0 && std::signbit(t.lastNumber)));
  REQUIRE(core::parseJson("49.99", 32, t) == "");
  CHECK(t.lastNumber == 49.99);
  REQUIRE(core::parseJson("1E3", 32, t) == "");
  CHECK(t.lastNumber == 1000);
  REQUIRE(core::parseJson("25e-1", 32, t) == "");
  CHECK(t.lastNumber == 2.5);
  REQUIRE(core::parseJson("1e-400", 32, t) == "");  // below the smallest double: zero, as strtod
  CHECK(t.lastNumber == 0);
  REQUIRE(core::parseJson("1e-99999999999999999999", 32, t) == "");
  CHECK(t.lastNumber == 0);
  REQUIRE(core::parseJson("0." + std::string(5000, '0') + "1e5010", 32, t) == "");
  CHECK(t.lastNumber == 1e9);

  CHECK(problem("1e400") == "not valid JSON: line 1, column 5: the number 1e400 is too large (the largest "
                            "is about 1.8e308)");
  CHECK(startsWith(problem("[-1.5e99999999999999999999]"), "not valid JSON: line 1, column 26: the number "
                                                           "-1.5e99999999999999999999 is too large"));
  CHECK(startsWith(problem(std::string(400, '9')), "not valid JSON: line 1, column 400: the number " +
                                                       std::string(40, '9') + "... is too large"));
  CHECK(problem("01") == "not valid JSON: line 1, column 2: a number must not start with 0 (write 7, not 07)");
  CHECK(startsWith(problem("-01"), "not valid JSON: line 1, column 3: a number must not start with 0"));
  CHECK(startsWith(problem("[00]"), "not valid JSON: line 1, column 3: a number must not start with 0"));
  CHECK(startsWith(problem("1."), "not valid JSON: line 1, column 3: expected a digit after the decimal point"));
  CHECK(startsWith(problem("1.e5"), "not valid JSON: line 1, column 3: expected a digit after the decimal point"));
  CHECK(startsWith(problem(".5"), "not valid JSON: line 1, column 1: expected a value"));
  CHECK(startsWith(problem("+1"), "not valid JSON: line 1, column 1: expected a value"));
  CHECK(startsWith(problem("-"), "not valid JSON: line 1, column 2: expected a digit after the minus sign"));
  CHECK(startsWith(problem("-a"), "not valid JSON: line 1, column 2: expected a digit after the minus sign"));
  CHECK(startsWith(problem("1e"), "not valid JSON: line 1, column 3: expected a digit in the exponent"));
  CHECK(startsWith(problem("1e+"), "not valid JSON: line 1, column 4: expected a digit in the exponent"));
  CHECK(startsWith(problem("0x10"), "not valid JSON: line 1, column 2: expected the end of the text"));
  CHECK(startsWith(problem("NaN"), "not valid JSON: line 1, column 1: expected a value"));
  CHECK(startsWith(problem("-Infinity"), "not valid JSON: line 1, column 2: expected a digit"));
}

TEST_CASE("json reader: lines and columns count bytes from 1") {
  CHECK(startsWith(problem("{\n  \"a\": [1, 2,]\n}"), "not valid JSON: line 2, column 14: expected a value"));
  CHECK(startsWith(problem("[\r\n\"\xC3\xA9\", x]"), "not valid JSON: line 2, column 7: expected a value"));
}

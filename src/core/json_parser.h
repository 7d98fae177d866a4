// A strict JSON reader (RFC 8259) that reports what it reads as events and builds nothing: the
// data loader (json_sax_reader.h) fills the model from them, Json::parse (json_value.h) a
// document. It never recurses, so nesting costs no stack, and its work is linear in the text.
//
// Strict means: UTF-8 only (overlong forms, surrogates and bytes that begin no character are
// errors), a \u escape of half a surrogate pair must be followed by the other half, no control
// character inside a string, no leading zeros, no trailing commas, and nothing but whitespace
// after the value. A UTF-8 byte-order mark before the value is allowed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// What a JSON text holds, in reading order; an object member is key() followed by its value.
// Strings come as UTF-8, unescaped; the handler may move from them.
class JsonEvents {
 public:
  virtual void null() = 0;
  virtual void boolean(bool value) = 0;
  virtual void integer(std::int64_t value) = 0;            // a negative integer ("-0" is 0)
  virtual void unsignedInteger(std::uint64_t value) = 0;   // an integer >= 0
  // A number with a fraction or an exponent, or an integer beyond 64 bits.
  virtual void number(double value) = 0;
  virtual void string(std::string& value) = 0;
  virtual void key(std::string& value) = 0;
  virtual void startObject() = 0;
  virtual void endObject() = 0;
  virtual void startArray() = 0;
  virtual void endArray() = 0;

 protected:
  ~JsonEvents() = default;
};

// Reads `text` as one JSON value, calling `events` as it goes. Returns "" when it is one, or why
// not, in words for the person who wrote the file (plain ASCII: what the text holds is quoted with
// quoteForMessage):
//   "not valid JSON: line 2, column 14: expected a value, found \"]\""
//   "not valid JSON: line 1, column 16: the number 1e400 is too large (the largest is about 1.8e308)"
//   "nesting is deeper than 32 levels"   (more than maxDepth objects and arrays inside each other)
// Lines and columns count bytes from 1. Events delivered before a problem stand.
std::string parseJson(std::string_view text, int maxDepth, JsonEvents& events);

}  // namespace core

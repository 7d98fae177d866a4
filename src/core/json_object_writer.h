// Writes JSON objects and arrays straight into a string, member by member, in the same compact
// form as Json::dump: for text made every frame (ui::SemanticLayer's description of the page's
// layer), where building Json values first costs more than the writing itself, and for the JS
// API's state, where building them took several kilobytes of code for each shape.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sorted_ids.h"

namespace core {

// Appends `s` quoted as a JSON string, as Json::dump quotes strings: '"', '\' and control
// characters escaped, a byte that begins no UTF-8 character replaced by U+FFFD.
void appendJsonString(std::string& out, std::string_view s);

// One value, by its C++ type. Overloads rather than a template, so that a string literal is not
// taken for a bool and a size for a double. A null `const char*` is null.
void appendJsonValue(std::string& out, std::nullptr_t);
void appendJsonValue(std::string& out, bool b);
void appendJsonValue(std::string& out, int n);
void appendJsonValue(std::string& out, long long n);
void appendJsonValue(std::string& out, unsigned long n);
void appendJsonValue(std::string& out, unsigned long long n);
void appendJsonValue(std::string& out, double d);
void appendJsonValue(std::string& out, const char* s);
void appendJsonValue(std::string& out, std::string_view s);
void appendJsonValue(std::string& out, const std::string& s);
void appendJsonValue(std::string& out, const std::optional<double>& d);  // none: null
void appendJsonValue(std::string& out, const std::vector<std::string>& list);
void appendJsonValue(std::string& out, const SortedIds& list);
void appendJsonValue(std::string& out, const SortedIdMap<int>& map);  // an object

class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

  void text(std::string_view key, std::string_view value);
  void number(std::string_view key, long long value);
  void boolean(std::string_view key, bool value);
  template <class T>
  void put(std::string_view key, const T& value) { appendJsonValue(member(key), value); }
  // A [min, max] pair (a Span's hours, a range of whole weeks).
  template <class T>
  void range(std::string_view key, T min, T max) {
    std::string& out = member(key);
    out += '[';
    appendJsonValue(out, min);
    out += ',';
    appendJsonValue(out, max);
    out += ']';
  }
  // Starts a member whose value the caller appends to the returned string itself.
  std::string& member(std::string_view key);
  // Ends the object: call once, after the last member.
  void close() { out_ += '}'; }

 private:
  std::string& out_;
  bool first_ = true;
};

class JsonArrayWriter {
 public:
  explicit JsonArrayWriter(std::string& out) : out_(out) { out_ += '['; }
  JsonArrayWriter(const JsonArrayWriter&) = delete;
  JsonArrayWriter& operator=(const JsonArrayWriter&) = delete;

  // Starts an element, which the caller appends to the returned string.
  std::string& item() {
    if (!first_) out_ += ',';
    first_ = false;
    return out_;
  }
  // Ends the array: call once, after the last element.
  void close() { out_ += ']'; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace core

// Writes a JSON object straight into a string, member by member, in the same compact form as
// Json::dump: for text made every frame (ui::SemanticLayer's description of the page's layer),
// where building Json values first costs more than the writing itself.
#pragma once

#include <string>
#include <string_view>

namespace core {

// Appends `s` quoted as a JSON string, as Json::dump quotes strings: '"', '\' and control
// characters escaped, a byte that begins no UTF-8 character replaced by U+FFFD.
void appendJsonString(std::string& out, std::string_view s);

class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

  void text(std::string_view key, std::string_view value);
  void number(std::string_view key, long long value);
  void boolean(std::string_view key, bool value);
  // Starts a member whose value the caller appends to the returned string itself.
  std::string& member(std::string_view key);
  // Ends the object: call once, after the last member.
  void close() { out_ += '}'; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace core

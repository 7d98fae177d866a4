// Json::dump: compact JSON text, as JSON.parse in the page reads it.
#include "json_number.h"
#include "json_value.h"
#include "text_check.h"

namespace core {

// Quotes a string: '"' and '\' escaped, control characters below U+0020 as \n, \t (...) or
// \u00XX, everything else as it is (JSON text is UTF-8). A byte that begins no UTF-8 character
// (strings typed in the page are UTF-8, but a hostile one need not be) becomes U+FFFD, so that
// the text is always valid UTF-8.
void appendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t run = i;
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++i;
    }
    out.append(s.substr(run, i - run));
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t next = i;
      char32_t decoded = 0;
      if (decodeUtf8(s, next, decoded)) out.append(s.substr(i, next - i));
      else out += "\xEF\xBF\xBD";  // decodeUtf8 stepped over one byte
      i = next;
      continue;
    }
    out += '\\';
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '\b': out += 'b'; break;
      case '\f': out += 'f'; break;
      case '\n': out += 'n'; break;
      case '\r': out += 'r'; break;
      case '\t': out += 't'; break;
      default:
        out += "u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    ++i;
  }
  out += '"';
}

void Json::dumpTo(std::string& out) const {
  switch (type_) {
    case Type::Null: out += "null"; break;
    case Type::Boolean: out += b_ ? "true" : "false"; break;
    case Type::Integer: out += std::to_string(i_); break;
    case Type::Unsigned: out += std::to_string(u_); break;
    case Type::Float: appendJsonDouble(out, d_); break;
    case Type::String: appendJsonString(out, s_); break;
    case Type::Array:
      out += '[';
      for (std::size_t i = 0; i < elements_.size(); ++i) {
        if (i) out += ',';
        elements_[i].dumpTo(out);
      }
      out += ']';
      break;
    case Type::Object:
      out += '{';
      for (std::size_t i = 0; i < members_.size(); ++i) {
        if (i) out += ',';
        appendJsonString(out, members_[i].first);
        out += ':';
        members_[i].second.dumpTo(out);
      }
      out += '}';
      break;
  }
}

std::string Json::dump() const {
  std::string out;
  dumpTo(out);
  return out;
}

}  // namespace core

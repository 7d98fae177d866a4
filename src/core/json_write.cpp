// Json::dump: compact JSON text, as JSON.parse in the page reads it.
#include "decimal.h"
#include "json_number.h"
#include "json_object_writer.h"
#include "json_value.h"
#include "text_check.h"

namespace core {

// Control characters below U+0020 are written as \n, \t (...) or \u00XX, everything else as it
// is (JSON text is UTF-8). A byte that begins no UTF-8 character (strings typed in the page are
// UTF-8, but a hostile one need not be) becomes U+FFFD, so that the text is always valid UTF-8.
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
    out.append(s, run, i - run);
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t next = i;
      char32_t decoded = 0;
      if (decodeUtf8(s, next, decoded)) out.append(s, i, next - i);
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

void appendJsonValue(std::string& out, std::nullptr_t) { out += "null"; }
void appendJsonValue(std::string& out, bool b) { out += b ? "true" : "false"; }
void appendJsonValue(std::string& out, int n) { out += decimal(n); }
void appendJsonValue(std::string& out, long long n) { out += decimal(n); }
void appendJsonValue(std::string& out, unsigned long n) { out += decimal(n); }
void appendJsonValue(std::string& out, unsigned long long n) { out += decimal(n); }
void appendJsonValue(std::string& out, double d) { appendJsonDouble(out, d); }
void appendJsonValue(std::string& out, const char* s) {
  if (s) appendJsonString(out, s);
  else out += "null";
}
void appendJsonValue(std::string& out, std::string_view s) { appendJsonString(out, s); }
void appendJsonValue(std::string& out, const std::string& s) { appendJsonString(out, s); }
void appendJsonValue(std::string& out, const std::optional<double>& d) {
  if (d) appendJsonDouble(out, *d);
  else out += "null";
}

namespace {
template <class List>
void appendStrings(std::string& out, const List& list) {
  JsonArrayWriter a(out);
  for (const std::string& s : list) appendJsonString(a.item(), s);
  a.close();
}
}  // namespace

void appendJsonValue(std::string& out, const std::vector<std::string>& list) { appendStrings(out, list); }
void appendJsonValue(std::string& out, const SortedIds& list) { appendStrings(out, list); }
void appendJsonValue(std::string& out, const SortedIdMap<int>& map) {
  JsonObjectWriter o(out);
  for (const auto& [key, n] : map) o.number(key, n);
  o.close();
}

void JsonObjectWriter::text(std::string_view key, std::string_view value) {
  appendJsonString(member(key), value);
}

void JsonObjectWriter::number(std::string_view key, long long value) { member(key) += decimal(value); }

void JsonObjectWriter::boolean(std::string_view key, bool value) { member(key) += value ? "true" : "false"; }

std::string& JsonObjectWriter::member(std::string_view key) {
  if (!first_) out_ += ',';
  first_ = false;
  appendJsonString(out_, key);
  out_ += ':';
  return out_;
}

void Json::dumpTo(std::string& out) const {
  switch (type_) {
    case Type::Null: out += "null"; break;
    case Type::Boolean: out += b_ ? "true" : "false"; break;
    case Type::Integer: out += decimal(i_); break;
    case Type::Unsigned: out += decimal(u_); break;
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

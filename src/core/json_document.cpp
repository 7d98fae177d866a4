#include "json_document.h"

#include <cstdio>
#include <vector>

namespace core {

namespace {

// The deepest nesting of arrays/objects in the text, stopping early past `limit`. Brackets inside
// strings are skipped; malformed text is left for the parser to report.
int nestingDepth(std::string_view text, int limit) {
  int depth = 0, deepest = 0;
  bool inString = false, escaped = false;
  for (char c : text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') inString = false;
      continue;
    }
    if (c == '"') inString = true;
    else if (c == '[' || c == '{') {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return deepest;
}

// Builds the document and, on failure, records where and why — in one pass and one instantiation
// of nlohmann's parser (json::parse would also instantiate its callback parser: dead weight in
// the wasm). The parser calls parse_error on this static type, so the member below is the one used.
class DomBuilder : public nlohmann::detail::json_sax_dom_parser<Json> {
 public:
  explicit DomBuilder(Json& result)
      : nlohmann::detail::json_sax_dom_parser<Json>(result, /*allow_exceptions=*/false) {}

  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
    failed = true;
    position = pos;
    reason = ex.what();
    return false;
  }

  bool failed = false;
  std::size_t position = 0;
  std::string reason;
};

std::string lineAndColumn(std::string_view text, std::size_t bytePos) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < bytePos && i < text.size(); ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else ++column;
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep only the part after the last ": " prefix that names the position.
// The reason can quote the offending input: keep it short and printable.
std::string plainReason(const std::string& what) {
  auto at = what.find(": ");
  std::string reason = at == std::string::npos ? what : what.substr(at + 2);
  if (reason.size() > 160) reason = reason.substr(0, 160) + "...";
  for (char& c : reason)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  return reason;
}

}  // namespace

ParsedJson parseJson(std::string_view text, const JsonLimits& limits) {
  ParsedJson out;
  if (text.size() > limits.maxBytes) {
    out.error = "the file is " + std::to_string(text.size()) + " bytes; the limit is " +
                std::to_string(limits.maxBytes);
    return out;
  }
  if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
    out.error = "nesting is deeper than " + std::to_string(limits.maxDepth) + " levels";
    return out;
  }
  Json value;
  DomBuilder builder(value);
  const bool parsed = Json::sax_parse(text.begin(), text.end(), &builder);
  if (!parsed || builder.failed) {
    out.error = "not valid JSON: " +
                lineAndColumn(text, builder.position ? builder.position - 1 : 0) + ": " +
                plainReason(builder.reason);
    return out;
  }
  out.value = std::move(value);
  return out;
}

std::string quoteForMessage(std::string_view s, std::size_t maxChars) {
  std::string out = "\"";
  std::size_t shown = 0;
  for (unsigned char c : s) {
    if (shown == maxChars) {
      out += "…";
      break;
    }
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') out += static_cast<char>(c);
    else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
    ++shown;
  }
  return out + "\"";
}

}  // namespace core

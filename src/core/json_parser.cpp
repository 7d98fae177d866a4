#include "json_parser.h"

#include <array>
#include <cmath>
#include <vector>

#include "decimal.h"
#include "json_document.h"  // quoteForMessage
#include "json_number.h"
#include "text_check.h"

namespace core {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Parser {
 public:
  Parser(std::string_view text, int maxDepth, JsonEvents& events)
      : text_(text), maxDepth_(maxDepth), events_(events) {}

  std::string run();

 private:
  enum : char { kObject = '}', kArray = ']' };  // what closes each open container

  bool fail(std::size_t at, const std::string& reason);
  bool failFound(std::size_t at, const char* expected);
  void skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }
  bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
  bool value(bool& more);
  bool open(char closer);
  bool key();
  bool afterValue(bool& done);
  bool string(std::string& out);
  bool escape(std::size_t& i, std::string& out);
  bool hex4(std::size_t i, char32_t& out);
  bool number();
  bool literal(std::string_view word);

  std::string_view text_;
  int maxDepth_;
  JsonEvents& events_;
  std::size_t pos_ = 0;
  std::string open_;    // the closers of the containers open now, innermost last
  std::string buffer_;  // the string being read; reused, so that it keeps its memory
  std::string failure_;
};

bool Parser::fail(std::size_t at, const std::string& reason) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < at && i < text_.size(); ++i) {
    if (text_[i] == '\n') ++line, column = 1;
    else ++column;
  }
  failure_ = "not valid JSON: line " + decimal(line) + ", column " + decimal(column) +
             ": " + reason;
  return false;
}

// "expected a value, found \"]\"": one character of the text, quoted safely.
bool Parser::failFound(std::size_t at, const char* expected) {
  if (at >= text_.size()) return fail(at, std::string(expected) + ", found the end of the text");
  std::size_t next = at;
  char32_t c = 0;
  decodeUtf8(text_, next, c);
  return fail(at, std::string(expected) + ", found " + quoteForMessage(text_.substr(at, next - at)));
}

bool Parser::hex4(std::size_t i, char32_t& out) {
  out = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int h = i + k < text_.size() ? hexValue(text_[i + k]) : -1;
    if (h < 0) return fail(i + k, "\\u must be followed by four hexadecimal digits");
    out = (out << 4) | static_cast<char32_t>(h);
  }
  return true;
}

// At the backslash of an escape in a string; appends what it stands for.
bool Parser::escape(std::size_t& i, std::string& out) {
  const char kind = i + 1 < text_.size() ? text_[i + 1] : '\0';
  const char* simple = nullptr;
  switch (kind) {
    case '"': simple = "\""; break;
    case '\\': simple = "\\"; break;
    case '/': simple = "/"; break;
    case 'b': simple = "\b"; break;
    case 'f': simple = "\f"; break;
    case 'n': simple = "\n"; break;
    case 'r': simple = "\r"; break;
    case 't': simple = "\t"; break;
    case 'u': break;
    default: return failFound(i + 1, "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u) after a backslash");
  }
  if (simple) {
    out += *simple;
    i += 2;
    return true;
  }
  char32_t c = 0;
  if (!hex4(i + 2, c)) return false;
  if (c >= 0xDC00 && c <= 0xDFFF)
    return fail(i, "\\u" + std::string(text_.substr(i + 2, 4)) +
                       " is the second half of a surrogate pair, without the first half before it");
  if (c >= 0xD800 && c <= 0xDBFF) {
    char32_t low = 0;
    const bool paired = i + 7 < text_.size() && text_[i + 6] == '\\' && text_[i + 7] == 'u';
    if (!paired || !hex4(i + 8, low) || low < 0xDC00 || low > 0xDFFF)
      return fail(i, "\\u" + std::string(text_.substr(i + 2, 4)) +
                         " is the first half of a surrogate pair: it must be followed by the "
                         "second half, \\uDC00 to \\uDFFF");
    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    i += 6;
  }
  appendUtf8(out, c);
  i += 6;
  return true;
}

// At the opening quote.
// The bytes that end a run of plain ASCII in a string: the quote, the backslash, control
// characters (an error) and the first byte of anything not ASCII (checked as UTF-8). One table
// load per byte: most of a data file is string text, read here.
constexpr auto kEndsPlainRun = [] {
  std::array<bool, 256> ends{};
  for (int c = 0; c < 256; ++c) ends[c] = c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
  return ends;
}();

bool Parser::string(std::string& out) {
  out.clear();
  const char* p = text_.data();
  const std::size_t n = text_.size();
  std::size_t i = pos_ + 1;
  for (;;) {
    const std::size_t run = i;
    while (i < n && !kEndsPlainRun[static_cast<unsigned char>(p[i])]) ++i;
    out.append(p + run, i - run);
    if (i >= n) return fail(pos_, "this string is not closed: its closing quote is missing");
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '"') {
      pos_ = i + 1;
      return true;
    }
    if (c == '\\') {
      if (!escape(i, out)) return false;
    } else if (c < 0x20) {
      return fail(i, "a string holds the control character " + codePointName(c) +
                         ", which must be written as an escape (such as \\n or \\u001b)");
    } else {
      std::size_t next = i;
      char32_t decoded = 0;
      if (!decodeUtf8(text_, next, decoded)) {
        char byte[5];
        const char* hex = "0123456789ABCDEF";
        byte[0] = '0', byte[1] = 'x', byte[2] = hex[c >> 4], byte[3] = hex[c & 15], byte[4] = 0;
        return fail(i, std::string("the text is not UTF-8 here (a string holds the byte ") + byte +
                           ", which begins no UTF-8 character here)");
      }
      out.append(p + i, next - i);
      i = next;
    }
  }
}

bool Parser::number() {
  const std::size_t start = pos_;
  const std::size_t n = text_.size();
  std::size_t i = pos_;
  const bool negative = text_[i] == '-';
  if (negative) ++i;
  if (i >= n || !isDigit(text_[i])) return failFound(i, "expected a digit after the minus sign");
  const std::size_t intStart = i;
  if (text_[i] == '0') {
    ++i;
    if (i < n && isDigit(text_[i])) return fail(i, "a number must not start with 0 (write 7, not 07)");
  } else {
    while (i < n && isDigit(text_[i])) ++i;
  }
  const std::string_view intDigits = text_.substr(intStart, i - intStart);
  std::string_view fracDigits;
  bool integer = true;
  if (i < n && text_[i] == '.') {
    const std::size_t fracStart = ++i;
    while (i < n && isDigit(text_[i])) ++i;
    if (i == fracStart) return failFound(i, "expected a digit after the decimal point");
    fracDigits = text_.substr(fracStart, i - fracStart);
    integer = false;
  }
  std::int64_t exponent = 0;
  if (i < n && (text_[i] == 'e' || text_[i] == 'E')) {
    ++i;
    const bool negativeExponent = i < n && text_[i] == '-';
    if (i < n && (text_[i] == '-' || text_[i] == '+')) ++i;
    const std::size_t expStart = i;
    for (; i < n && isDigit(text_[i]); ++i)
      if (exponent < 1000000000) exponent = exponent * 10 + (text_[i] - '0');
    if (i == expStart) return failFound(i, "expected a digit in the exponent");
    if (negativeExponent) exponent = -exponent;
    integer = false;
  }
  pos_ = i;
  if (integer && intDigits.size() <= 20) {
    std::uint64_t v = 0;
    bool fits = true;
    for (char c : intDigits) {
      const auto digit = static_cast<std::uint64_t>(c - '0');
      if (v > (UINT64_MAX - digit) / 10) fits = false;
      v = v * 10 + digit;
    }
    if (fits && !negative) {
      events_.unsignedInteger(v);
      return true;
    }
    if (fits && v <= std::uint64_t{1} << 63) {
      events_.integer(v == std::uint64_t{1} << 63 ? INT64_MIN : -static_cast<std::int64_t>(v));
      return true;
    }
  }
  const double magnitude = decimalToDouble(intDigits, fracDigits, exponent);
  if (std::isinf(magnitude)) {
    // Reported at its last character: the number has been read whole when it is found too large.
    const std::string_view shown = text_.substr(start, i - start > 40 ? 40 : i - start);
    return fail(i - 1, "the number " + std::string(shown) +
                           (i - start > 40 ? "..." : "") + " is too large (the largest is about 1.8e308)");
  }
  events_.number(negative ? -magnitude : magnitude);
  return true;
}

bool Parser::literal(std::string_view word) {
  if (text_.substr(pos_, word.size()) != word) return failFound(pos_, "expected a value");
  pos_ += word.size();
  return true;
}

bool Parser::open(char closer) {
  if (open_.size() >= static_cast<std::size_t>(maxDepth_)) {
    failure_ = "nesting is deeper than " + decimal(maxDepth_) + " levels";
    return false;
  }
  open_ += closer;
  if (closer == kObject) events_.startObject();
  else events_.startArray();
  ++pos_;
  return true;
}

// A key and its colon, after "{" or ",".
bool Parser::key() {
  skipSpace();
  if (!at('"')) return failFound(pos_, "expected a key (a string in double quotes)");
  if (!string(buffer_)) return false;
  events_.key(buffer_);
  skipSpace();
  if (!at(':')) return failFound(pos_, "expected ':' after the key");
  ++pos_;
  return true;
}

// One value; or the opening of an object (with its first key) or of an array, when `more` tells
// that a value comes next.
bool Parser::value(bool& more) {
  more = false;
  skipSpace();
  if (pos_ >= text_.size()) return failFound(pos_, "expected a value");
  switch (text_[pos_]) {
    case '{':
      if (!open(kObject)) return false;
      skipSpace();
      if (at('}')) return true;  // afterValue() closes it
      more = true;
      return key();
    case '[':
      if (!open(kArray)) return false;
      skipSpace();
      more = !at(']');
      return true;
    case '"':
      if (!string(buffer_)) return false;
      events_.string(buffer_);
      return true;
    case 't':
      if (!literal("true")) return false;
      events_.boolean(true);
      return true;
    case 'f':
      if (!literal("false")) return false;
      events_.boolean(false);
      return true;
    case 'n':
      if (!literal("null")) return false;
      events_.null();
      return true;
    default:
      if (text_[pos_] == '-' || isDigit(text_[pos_])) return number();
      return failFound(pos_, "expected a value");
  }
}

// After a value, or inside an empty object or array: closes what ends here, reads the separator
// before the next value. `done` when the top-level value is complete.
bool Parser::afterValue(bool& done) {
  for (;;) {
    skipSpace();
    if (open_.empty()) {
      if (pos_ < text_.size()) return failFound(pos_, "expected the end of the text after the value");
      done = true;
      return true;
    }
    const char closer = open_.back();
    if (at(closer)) {
      ++pos_;
      open_.pop_back();
      if (closer == kObject) events_.endObject();
      else events_.endArray();
      continue;
    }
    if (at(',')) {
      ++pos_;
      return closer == kObject ? key() : true;
    }
    return failFound(pos_, closer == kObject ? "expected ',' or '}' after an object's member"
                                             : "expected ',' or ']' after an array's element");
  }
}

std::string Parser::run() {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  bool done = false, more = false;
  while (!done) {
    if (!value(more)) return failure_;
    if (!more && !afterValue(done)) return failure_;
  }
  return std::string();
}

}  // namespace

std::string parseJson(std::string_view text, int maxDepth, JsonEvents& events) {
  return Parser(text, maxDepth, events).run();
}

}  // namespace core

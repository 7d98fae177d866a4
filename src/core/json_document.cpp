#include "json_document.h"

#include <cstdio>

#include "decimal.h"
#include "text_check.h"

namespace core {

namespace {


std::string bytesInWords(std::size_t n) {
  constexpr std::size_t kMiB = 1u << 20;
  if (n < kMiB) return withThousands(n) + (n == 1 ? " byte" : " bytes");
  char mib[32];
  if (n % kMiB == 0) std::snprintf(mib, sizeof mib, "%zu MiB", n / kMiB);
  else std::snprintf(mib, sizeof mib, "%.1f MiB", static_cast<double>(n) / kMiB);
  return n % kMiB == 0 ? std::string(mib) + " (" + withThousands(n) + " bytes)"
                       : withThousands(n) + " bytes (" + mib + ")";
}

}  // namespace

std::string withThousands(std::size_t n) {
  std::string digits = decimal(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string fileTooLargeMessage(std::size_t size, std::size_t limit, bool cut) {
  if (cut) return "the file is larger than " + bytesInWords(limit) + ", the limit";
  return "the file is " + bytesInWords(size) + "; the limit is " + bytesInWords(limit);
}

std::optional<std::string> wrongEncoding(std::string_view t) {
  auto at = [&](std::size_t i) { return i < t.size() ? static_cast<unsigned char>(t[i]) : -1; };
  const char* found = nullptr;
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) found = "UTF-32 (big-endian)";
  else if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) found = "UTF-32 (little-endian)";
  else if (at(0) == 0xFE && at(1) == 0xFF) found = "UTF-16 (big-endian)";
  else if (at(0) == 0xFF && at(1) == 0xFE) found = "UTF-16 (little-endian)";
  // JSON text starts with an ASCII character; UTF-16 puts one zero byte beside it, UTF-32 three.
  else if (at(0) > 0 && at(1) == 0 && at(2) == 0 && at(3) == 0) found = "UTF-32 (little-endian)";
  else if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) > 0) found = "UTF-32 (big-endian)";
  else if (at(0) > 0 && at(1) == 0) found = "UTF-16 (little-endian)";
  else if (at(0) == 0 && at(1) > 0) found = "UTF-16 (big-endian)";
  if (!found) return std::nullopt;
  return std::string("the file is encoded as ") + found +
         "; data files must be UTF-8: save it again with the encoding UTF-8";
}

std::string quoteForMessage(std::string_view s, std::size_t maxChars) {
  std::string out = "\"";
  std::size_t shown = 0, i = 0;
  while (i < s.size()) {
    if (shown == maxChars) {
      out += "…";
      break;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    char32_t c = 0;
    if (b >= 0x20 && b < 0x7F) {
      if (b == '"' || b == '\\') out += '\\';
      out += static_cast<char>(b);
      ++i;
    } else if (decodeUtf8(s, i, c)) {
      out += "<" + codePointName(c) + ">";
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "<0x%02X>", b);
      out += buf;
    }
    ++shown;
  }
  return out + "\"";
}

}  // namespace core

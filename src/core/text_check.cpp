#include "text_check.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace core {

namespace {

struct Range {
  char32_t first, last;
};

constexpr Range kFontRanges[] = {
#define CE_FONT_RANGE(first, last) {first, last},
#include "font_ranges.def"
#undef CE_FONT_RANGE
};

// Sorted, non-overlapping: whitespace and characters with no visible mark.
constexpr Range kInvisible[] = {
    {0x0009, 0x000D}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00A0, 0x00A0}, {0x00AD, 0x00AD},
    {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160}, {0x1680, 0x1680}, {0x17B4, 0x17B5},
    {0x180B, 0x180F}, {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F}, {0x3000, 0x3000},
    {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xE0000, 0xE007F},
    {0xE0100, 0xE01EF}};

template <std::size_t N>
bool inRanges(const Range (&ranges)[N], char32_t c) {
  auto it = std::upper_bound(std::begin(ranges), std::end(ranges), c,
                             [](char32_t v, const Range& r) { return v < r.first; });
  return it != std::begin(ranges) && c <= std::prev(it)->last;
}

}  // namespace

bool isControlCharacter(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isInvisibleCharacter(char32_t c) { return inRanges(kInvisible, c); }

bool isZeroWidthCharacter(char32_t c) {
  return c == 0x00AD || c == 0x180E || c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x2060 && c <= 0x2064) ||
         c == 0xFEFF;
}

bool fontCovers(char32_t c) { return inRanges(kFontRanges, c); }

std::string codePointName(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool decodeUtf8(std::string_view s, std::size_t& i, char32_t& out) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    out = b0;
    ++i;
    return true;
  }
  int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : -1;
  if (extra < 0 || b0 > 0xF4 || i + static_cast<std::size_t>(extra) >= s.size()) {
    ++i;
    return false;
  }
  char32_t c = b0 & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return false;
    }
    c = (c << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
  if (c < kMin[extra] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++i;
    return false;
  }
  out = c;
  i += static_cast<std::size_t>(extra) + 1;
  return true;
}

TextFindings inspectText(std::string_view s, TextKind kind) {
  TextFindings f;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b > 0x20 && b < 0x7F) {  // the common case: printable ASCII
      f.hasVisible = true;
      ++i;
      continue;
    }
    char32_t c = 0;
    if (!decodeUtf8(s, i, c)) {
      f.valid = false;
      continue;
    }
    if (isControlCharacter(c) && !(kind == TextKind::Prose && c == U'\n')) {
      if (!f.hasControl) f.firstControl = c;
      f.hasControl = true;
      continue;
    }
    if (!isInvisibleCharacter(c)) f.hasVisible = true;
    if (c != U'\n' && !fontCovers(c)) {
      ++f.undrawable;
      const auto shownEnd = f.undrawableShown + f.undrawableDistinctShown;
      if (f.undrawableDistinctShown < std::size(f.undrawableShown) &&
          std::find(f.undrawableShown, shownEnd, c) == shownEnd)
        f.undrawableShown[f.undrawableDistinctShown++] = c;
    }
  }
  return f;
}

std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes) {
  if (s.size() <= maxBytes) return s;
  std::size_t end = maxBytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // a continuation byte
  return s.substr(0, end);
}

std::size_t characterCount(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace core

// Rules for text that comes from a data file (docs/data-format.md, "Text"): which characters are
// control characters (rejected), which are invisible (text made only of them counts as empty), and
// which the widget is sure to draw (font_ranges.def; the others are a warning). Text is UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace core {

// Single-line fields (titles, names, list items) allow no control character; prose fields
// (summaries, descriptions, notes) allow line feeds (U+000A) between lines.
enum class TextKind { Line, Prose };

struct TextFindings {
  bool valid = true;             // well-formed UTF-8
  bool hasControl = false;
  char32_t firstControl = 0;     // the first control character, when hasControl
  bool hasVisible = false;       // at least one character that is neither space nor invisible
  std::size_t undrawable = 0;    // characters the font has no glyph for (count)
  char32_t undrawableShown[4] = {};  // the first few distinct ones
  std::size_t undrawableDistinctShown = 0;
};

TextFindings inspectText(std::string_view utf8, TextKind kind);

// The longest text a data file may put in a field, in characters: one line (a title, a name),
// prose (a summary, a note) and an address.
inline constexpr std::size_t kMaxLineChars = 1000;
inline constexpr std::size_t kMaxProseChars = 5000;
inline constexpr std::size_t kMaxUrlChars = 2000;

// How many characters (code points) UTF-8 text holds: its bytes that do not continue one.
std::size_t characterCount(std::string_view utf8);

// C0 controls, DEL, C1 controls, the line and paragraph separators and the bidirectional
// embedding, override and isolate controls (they reorder how text around them is displayed).
bool isControlCharacter(char32_t c);
// Spaces of every width and characters that draw nothing (zero-width space, joiners, soft
// hyphen, byte-order mark, variation selectors, Hangul fillers, tags).
bool isInvisibleCharacter(char32_t c);
// Of those, the ones that take no room at all and mean nothing in a name: the zero-width space,
// the left-to-right and right-to-left marks, the word joiner and invisible operators, the soft
// hyphen and the byte-order mark. (The zero-width joiner and non-joiner are left: some scripts
// need them.) Two plan names that differ only by them look the same.
bool isZeroWidthCharacter(char32_t c);
// In the ranges of font_ranges.def.
bool fontCovers(char32_t c);

// "U+0041", "U+1F600".
std::string codePointName(char32_t c);

// Decodes one UTF-8 sequence at s[i]; advances i. Returns false (and advances by one byte) on a
// malformed sequence.
bool decodeUtf8(std::string_view s, std::size_t& i, char32_t& out);

// Appends the code point c (at most U+10FFFF) as UTF-8.
void appendUtf8(std::string& out, char32_t c);

// The longest start of `s` of at most `maxBytes` bytes that ends between two characters: text
// cut to a byte budget, never inside a character.
std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes);

}  // namespace core

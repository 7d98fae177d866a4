// A small vsnprintf for the wasm build (small_printf_libc.cpp puts it in libc's place).
//
// Why: Dear ImGui formats every label through vsnprintf and core formats a few numbers with
// snprintf, so musl's whole printf was linked: its float printer works in long double (128-bit
// soft float in wasm), ~8 KB of the wasm with its helpers. This one prints the same characters
// with a decimal expansion of the double itself (exact, as musl's and glibc's are: a double is a
// binary fraction, so its decimal digits end, at most ~770 of them).
//
// What it does, as C's vsnprintf does: flags - + space # 0; a width and a precision, either of
// them `*`; the length modifiers hh, h, l, ll, j, z, t; the conversions d, i, u, o, x, X, c, s,
// p, f, F, e, E, g, G and %%. Floats are rounded to nearest, a tie to even, on the exact value.
// Writes at most size - 1 characters and a '\0' (when size > 0) and returns how many characters
// the whole text has.
//
// What it does not do, and how it stops instead: any other conversion or modifier (n, a, A, L,
// positional arguments "%1$") ends the text there: it never reads an argument whose type it
// does not know, and never writes through one (%n).
#pragma once

#include <cstdarg>
#include <cstddef>

namespace web {

int printFormatted(char* buffer, std::size_t size, const char* format, va_list args);

}  // namespace web

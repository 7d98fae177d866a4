// A small sscanf for the wasm build (small_scanf_libc.cpp puts it in libc's place).
//
// Why: the only sscanf calls in the widget are Dear ImGui's .ini reader's ("Pos=%i,%i"; we have
// no .ini, but the reader is linked), and musl's full sscanf is ~6.6 KB of the wasm (~2.4 KB
// brotli). (Dear ImGui's sliders also read typed numbers with it after a Ctrl+click; the widget
// draws its own sliders, src/ui/slider.h, so that path is not linked.)
//
// What it does, as C's sscanf does: white space in the format matches any white space in the
// input (none too); other characters must match exactly; `%%` matches '%'. Conversions: d, i, u,
// x, X (an int, or `long long` with `ll`), f, e, g (a float, or a double with `l`; decimal
// notation only, correctly rounded without strtod: infinity, NaN and hexadecimal floats stop
// the scan), each with an optional width. Returns how many values
// were stored, or -1 when the input ends before the first conversion.
//
// What it does not do, and how it stops instead: any other conversion or modifier (s, c, [, n,
// p, `*`, h, hh, j, z, t, L) ends the scan there, as a matching failure would: it never stores
// into an argument whose type it does not know.
#pragma once

#include <cstdarg>

namespace web {

int scanFormatted(const char* input, const char* format, va_list args);

}  // namespace web

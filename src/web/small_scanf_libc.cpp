// The wasm build's sscanf: libc's is replaced by web::scanFormatted (small_scanf.h says what it
// reads and why). Defined here, sscanf is found before the linker looks in libc, so musl's
// scanner is never linked: -5.2 KB of wasm, -1.7 KB brotli (measured). Only in the browser build; the
// native build and its tests keep the system's sscanf (tests/unit/small_scanf_test.cpp compares
// the two).
#include <cstdarg>
#include <cstdio>

#include "small_scanf.h"

extern "C" int sscanf(const char* __restrict input, const char* __restrict format, ...) {
  va_list args;
  va_start(args, format);
  const int stored = web::scanFormatted(input, format, args);
  va_end(args);
  return stored;
}

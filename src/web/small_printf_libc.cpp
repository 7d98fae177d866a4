// The wasm build's snprintf and vsnprintf: libc's are replaced by web::printFormatted
// (small_printf.h says what it prints and why). Defined here, they are found before the linker
// looks in libc, so musl's printf and its long-double float printer are never linked. Only in the
// browser build; the native build and its tests keep the system's (tests/unit/small_printf_test.cpp
// compares the two).
#include <cstdarg>
#include <cstddef>
#include <cstdio>

#include "small_printf.h"

extern "C" int vsnprintf(char* __restrict buffer, std::size_t size, const char* __restrict format, va_list args) {
  return web::printFormatted(buffer, size, format, args);
}

extern "C" int snprintf(char* __restrict buffer, std::size_t size, const char* __restrict format, ...) {
  va_list args;
  va_start(args, format);
  const int written = web::printFormatted(buffer, size, format, args);
  va_end(args);
  return written;
}

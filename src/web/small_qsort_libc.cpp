// The wasm build's qsort: libc's is replaced by web::sortElements (small_qsort.h says why).
// Defined here, qsort is found before the linker looks in libc, so musl's smoothsort is never
// linked. Only in the browser build: the native build and its tests keep the system's qsort
// (tests/unit/small_qsort_test.cpp compares the two).
#include <cstdlib>

#include "small_qsort.h"

extern "C" void qsort(void* base, std::size_t count, std::size_t size, int (*compare)(const void*, const void*)) {
  web::sortElements(base, count, size, compare);
}

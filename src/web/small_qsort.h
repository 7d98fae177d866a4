// A small qsort for the wasm build (small_qsort_libc.cpp puts it in libc's place).
//
// Why: Dear ImGui sorts with qsort (a window's child windows each frame, its shrinking widths, and
// stb_rectpack's rectangles when new glyphs join the font atlas), and musl's qsort is a smoothsort
// of ~1.4 KB of wasm. This is a heapsort: as qsort, it sorts in place, allocates nothing and is not
// stable; at most about 2 n log2 n comparisons for n elements, whatever their order.
#pragma once

#include <cstddef>

namespace web {

using ElementCompare = int (*)(const void*, const void*);

void sortElements(void* base, std::size_t count, std::size_t size, ElementCompare compare);

}  // namespace web

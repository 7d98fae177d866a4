#include "small_qsort.h"

namespace web {
namespace {

void swapBytes(unsigned char* a, unsigned char* b, std::size_t size) {
  while (size-- > 0) {
    const unsigned char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

// Moves the element at `root` down the heap of the first `count` elements until neither child
// is greater. A node has a child while root <= (count - 2) / 2, a test that cannot overflow as
// 2 * root + 1 could for one-byte elements.
void siftDown(unsigned char* base, std::size_t root, std::size_t count, std::size_t size, ElementCompare compare) {
  while (count >= 2 && root <= (count - 2) / 2) {
    std::size_t child = 2 * root + 1;
    if (child + 1 < count && compare(base + child * size, base + (child + 1) * size) < 0) ++child;
    if (compare(base + root * size, base + child * size) >= 0) return;
    swapBytes(base + root * size, base + child * size, size);
    root = child;
  }
}

}  // namespace

void sortElements(void* base, std::size_t count, std::size_t size, ElementCompare compare) {
  if (count < 2 || size == 0) return;
  auto* bytes = static_cast<unsigned char*>(base);
  for (std::size_t i = count / 2; i-- > 0;) siftDown(bytes, i, count, size, compare);
  for (std::size_t end = count - 1; end > 0; --end) {
    swapBytes(bytes, bytes + end * size, size);
    siftDown(bytes, 0, end, size, compare);
  }
}

}  // namespace web

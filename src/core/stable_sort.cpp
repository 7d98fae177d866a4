#include "stable_sort.h"

#include <algorithm>

namespace core {

void stableOrder(std::vector<std::uint32_t>& order, FunctionRef<bool(std::uint32_t, std::uint32_t)> less) {
  const std::size_t n = order.size();
  // Short runs sorted in place first (insertion: few moves on small inputs), then merged in
  // pairs. An element moves ahead of another only when it is strictly less: that keeps equal
  // elements in their order.
  constexpr std::size_t kRun = 8;
  for (std::size_t start = 0; start < n; start += kRun) {
    const std::size_t end = std::min(n, start + kRun);
    for (std::size_t i = start + 1; i < end; ++i) {
      const std::uint32_t v = order[i];
      std::size_t j = i;
      for (; j > start && less(v, order[j - 1]); --j) order[j] = order[j - 1];
      order[j] = v;
    }
  }
  if (n <= kRun) return;
  std::vector<std::uint32_t> merged(n);
  for (std::size_t width = kRun; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      std::size_t a = lo, b = mid, k = lo;
      // Two runs already in order (input sorted, or nearly: a link, saved progress, a job's
      // ratings) are copied whole: one comparison instead of one per element.
      const bool inOrder = mid < hi && !less(order[mid], order[mid - 1]);
      while (!inOrder && a < mid && b < hi) merged[k++] = less(order[b], order[a]) ? order[b++] : order[a++];
      while (a < mid) merged[k++] = order[a++];
      while (b < hi) merged[k++] = order[b++];
    }
    order.swap(merged);
  }
}

}  // namespace core

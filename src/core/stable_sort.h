// core::stableSort: what std::stable_sort does (sorted by `less`, equal elements in their old
// order), from one merge sort that every caller shares. std::stable_sort is a template: each of
// its callers' lambdas brought its own ~2.8 KB of merge code into the wasm.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "function_ref.h"

namespace core {

// Reorders `order` (indices) stably by `less`, which compares two of its indices.
void stableOrder(std::vector<std::uint32_t>& order, FunctionRef<bool(std::uint32_t, std::uint32_t)> less);

template <class T, class Less>
void stableSort(std::vector<T>& items, Less less) {
  std::vector<std::uint32_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  stableOrder(order, [&](std::uint32_t a, std::uint32_t b) { return less(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace core

#include "hash_map.h"

#include <algorithm>

namespace core {
namespace {

// A 64-bit finaliser (splitmix64's): every input bit moves every output bit, so the low bits
// that pick a slot are as good as the high ones.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

std::uint64_t hashKey(std::string_view key) {
  WordHasher h;
  h.bytes(key.data(), key.size());
  return mix(h.result());
}

std::uint64_t hashKey(std::uint64_t key) { return mix(key); }

std::uint32_t HashIndex::find(std::uint64_t hash, FunctionRef<bool(std::uint32_t)> same) const {
  if (slots_.empty()) return kNone;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = slots_[i];
    if (slot == 0) return kNone;
    if (hashes_[slot - 1] == hash && same(slot - 1)) return slot - 1;
  }
}

void HashIndex::add(std::uint64_t hash) {
  hashes_.push_back(hash);
  if (hashes_.size() * 4 > slots_.size() * 3) rebuild(std::max<std::size_t>(16, slots_.size() * 2));
  else place(static_cast<std::uint32_t>(hashes_.size() - 1));
}

void HashIndex::removeSwapLast(std::uint32_t entry) {
  const std::size_t mask = slots_.size() - 1;
  // Empty the entry's slot, moving back each later entry of the run that may not stay after a
  // hole (its home slot is not between the hole and where it is), so that no search stops early.
  std::size_t hole = slotOf(entry);
  for (std::size_t j = (hole + 1) & mask; slots_[j] != 0; j = (j + 1) & mask) {
    const std::size_t home = hashes_[slots_[j] - 1] & mask;
    const bool staysPut = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
    if (!staysPut) {
      slots_[hole] = slots_[j];
      hole = j;
    }
  }
  slots_[hole] = 0;
  const std::uint32_t last = static_cast<std::uint32_t>(hashes_.size() - 1);
  if (entry != last) {
    slots_[slotOf(last)] = entry + 1;
    hashes_[entry] = hashes_[last];
  }
  hashes_.pop_back();
}

void HashIndex::clear() {
  std::fill(slots_.begin(), slots_.end(), 0u);  // keeps its room: the per-frame maps refill it
  hashes_.clear();
}

void HashIndex::reserve(std::size_t entries) {
  hashes_.reserve(entries);
  std::size_t slots = 16;
  while (slots * 3 < entries * 4) slots *= 2;
  if (slots > slots_.size()) rebuild(slots);
}

void HashIndex::rebuild(std::size_t slots) {
  slots_.assign(slots, 0u);
  for (std::uint32_t e = 0; e < hashes_.size(); ++e) place(e);
}

void HashIndex::place(std::uint32_t entry) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hashes_[entry] & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = entry + 1;
}

std::size_t HashIndex::slotOf(std::uint32_t entry) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hashes_[entry] & mask;
  while (slots_[i] != entry + 1) i = (i + 1) & mask;
  return i;
}

}  // namespace core

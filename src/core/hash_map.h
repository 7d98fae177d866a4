// core::HashMap: a hash map whose probing code exists once, for every key and value type.
//
// Why not std::unordered_map: each of its instantiations brings its own node allocation,
// rehashing and prime-number growth into the wasm (~12 KB over the eleven the code had), and it
// allocates a node per entry, which the widget's per-frame maps (items drawn, layer nodes)
// did every frame. Here the entries sit in one vector, in the order they were added (an erase
// moves the last entry into the hole), and a HashIndex of slots finds them by hash; only the
// small typed shell below is instantiated per type.
//
// What it offers is what the code uses of std::unordered_map: find, count, emplace, operator[],
// erase (returning the position to look at next), clear, reserve, swap, size, and iteration
// over std::pair<K, V>. Keys are strings (looked up by anything convertible to
// std::string_view) or 64-bit integers. Adding or erasing moves entries: iterators and
// references do not survive them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "function_ref.h"

namespace core {

// A 64-bit hash of bytes fed in pieces, a multiply-xorshift mix per 8-byte word (the constants
// are the 64-bit golden ratio and an odd multiplier with good avalanche): fast in wasm, where the
// widget digests every frame's draw data with it (src/web/frame_digest.cpp), and a collision
// between two different inputs is a 2^-64 event, not a pattern real data can hit.
class WordHasher {
 public:
  void word(std::uint64_t w) {
    h_ = (h_ ^ w) * 0x9E3779B97F4A7C15ull;
    h_ ^= h_ >> 29;
  }
  void bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; p && i + 8 <= size; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      word(w);
    }
    std::uint64_t tail = 0;
    if (size > i) std::memcpy(&tail, p + i, size - i);
    word(tail ^ (static_cast<std::uint64_t>(size) << 56));
  }
  template <typename T>
  void value(const T& v) {
    bytes(&v, sizeof v);
  }
  std::uint64_t result() const { return h_ * 0xBF58476D1CE4E5B9ull; }

 private:
  std::uint64_t h_ = 0xCBF29CE484222325ull;
};

// For a HashMap's slots: the hash above, then finalised so that its low bits (which pick the
// slot) depend on every bit of the key.
std::uint64_t hashKey(std::string_view key);
std::uint64_t hashKey(std::uint64_t key);

// Entry numbers by hash: open addressing, linear probing, at most 3/4 full. The entries and
// their keys are the caller's; this keeps each entry's hash.
class HashIndex {
 public:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  // The entry with `hash` that `same` accepts, or kNone.
  std::uint32_t find(std::uint64_t hash, FunctionRef<bool(std::uint32_t)> same) const;
  // The caller has added entry number size() with `hash`.
  void add(std::uint64_t hash);
  // The caller removes entry `entry` by moving its last entry there.
  void removeSwapLast(std::uint32_t entry);
  void clear();
  void reserve(std::size_t entries);
  void swap(HashIndex& other) noexcept {
    slots_.swap(other.slots_);
    hashes_.swap(other.hashes_);
  }

 private:
  void rebuild(std::size_t slots);
  void place(std::uint32_t entry);
  std::size_t slotOf(std::uint32_t entry) const;
  std::vector<std::uint32_t> slots_;   // entry + 1, 0 when empty; a power of two long
  std::vector<std::uint64_t> hashes_;  // each entry's hash
};

template <class K, class V>
class HashMap {
 public:
  using value_type = std::pair<K, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  template <class Q>
  iterator find(const Q& key) {
    return entries_.begin() + static_cast<std::ptrdiff_t>(indexOf(key));
  }
  template <class Q>
  const_iterator find(const Q& key) const {
    return entries_.begin() + static_cast<std::ptrdiff_t>(indexOf(key));
  }
  template <class Q>
  std::size_t count(const Q& key) const {
    return indexOf(key) < entries_.size() ? 1 : 0;
  }
  // Adds (key, value) unless the key is there; says where the key's entry is, and whether it is new.
  template <class Q>
  std::pair<iterator, bool> emplace(Q&& key, V value) {
    const std::size_t at = indexOf(key);
    if (at < entries_.size()) return {entries_.begin() + static_cast<std::ptrdiff_t>(at), false};
    entries_.emplace_back(K(std::forward<Q>(key)), std::move(value));
    index_.add(hashKey(entries_.back().first));
    return {entries_.end() - 1, true};
  }
  template <class Q>
  V& operator[](Q&& key) {
    return emplace(std::forward<Q>(key), V{}).first->second;
  }
  // Erases the entry at `it`; returns `it`, which now holds the entry that was last (or end()).
  iterator erase(iterator it) {
    const std::size_t at = static_cast<std::size_t>(it - entries_.begin());
    index_.removeSwapLast(static_cast<std::uint32_t>(at));
    if (at + 1 != entries_.size()) *it = std::move(entries_.back());
    entries_.pop_back();
    return entries_.begin() + static_cast<std::ptrdiff_t>(at);
  }
  void clear() {
    entries_.clear();
    index_.clear();
  }
  void reserve(std::size_t n) {
    entries_.reserve(n);
    index_.reserve(n);
  }
  void swap(HashMap& other) noexcept {
    entries_.swap(other.entries_);
    index_.swap(other.index_);
  }

 private:
  template <class Q>
  std::size_t indexOf(const Q& key) const {  // size() when absent
    const std::uint32_t at =
        index_.find(hashKey(key), [&](std::uint32_t i) { return entries_[i].first == key; });
    return at == HashIndex::kNone ? entries_.size() : at;
  }
  std::vector<value_type> entries_;
  HashIndex index_;
};

}  // namespace core

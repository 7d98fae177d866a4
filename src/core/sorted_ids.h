// Ordered containers keyed by a string id, each one sorted vector: a set of ids (SortedIds) and
// a map from ids to values (SortedIdMap). They hold the reader's ratings and done courses, which
// must iterate in id order (links and saved progress are written in that order, so that the
// same state always makes the same text). A red-black tree (std::map, std::set) did that too,
// with an allocation per entry and ~1 KB (brotli) more of the first load.
//
// Inserting in the middle moves the entries after it. Input in any order, as large as a
// catalogue may be (a link, a job's profile), is therefore put in with assign(), which sorts
// once, never one entry at a time.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stable_sort.h"

namespace core {

namespace detail {
inline std::string_view idOf(const std::string& id) { return id; }
template <class Value>
std::string_view idOf(const std::pair<std::string, Value>& entry) { return entry.first; }
}  // namespace detail

template <class Entry>
class SortedById {
 public:
  using value_type = Entry;
  using iterator = typename std::vector<Entry>::iterator;
  using const_iterator = typename std::vector<Entry>::const_iterator;

  SortedById() = default;
  SortedById(std::initializer_list<Entry> entries) { assign(std::vector<Entry>(entries)); }

  // Replaces the contents with `entries`, in any order; of entries with the same id, the last
  // one counts (as if each were put in after the one before).
  void assign(std::vector<Entry> entries) {
    stableSort(entries, [](const Entry& a, const Entry& b) { return detail::idOf(a) < detail::idOf(b); });
    entries_.clear();
    entries_.reserve(entries.size());
    for (Entry& e : entries) {
      if (!entries_.empty() && detail::idOf(entries_.back()) == detail::idOf(e)) entries_.back() = std::move(e);
      else entries_.push_back(std::move(e));
    }
  }

  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() { entries_.clear(); }

  const_iterator find(std::string_view id) const {
    const std::size_t at = lowerBound(id);
    return at < entries_.size() && detail::idOf(entries_[at]) == id ? begin() + at : end();
  }
  iterator find(std::string_view id) {
    const std::size_t at = lowerBound(id);
    return at < entries_.size() && detail::idOf(entries_[at]) == id ? begin() + at : end();
  }
  std::size_t count(std::string_view id) const { return find(id) != end() ? 1 : 0; }

  // Puts `entry` in unless its id is there already; where it is, and whether it was put in.
  std::pair<iterator, bool> insert(Entry entry) {
    const std::size_t at = lowerBound(detail::idOf(entry));
    if (at < entries_.size() && detail::idOf(entries_[at]) == detail::idOf(entry)) return {begin() + at, false};
    return {entries_.insert(begin() + at, std::move(entry)), true};
  }

  iterator erase(const_iterator at) { return entries_.erase(at); }

  // Removes every entry `drop` says yes to, in one pass.
  template <class Drop>
  void eraseIf(Drop drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      if (drop(static_cast<const Entry&>(entries_[i]))) continue;
      if (kept != i) entries_[kept] = std::move(entries_[i]);  // (never a self-move)
      ++kept;
    }
    entries_.resize(kept);
  }

  bool operator==(const SortedById& other) const { return entries_ == other.entries_; }
  bool operator!=(const SortedById& other) const { return entries_ != other.entries_; }

 private:
  std::size_t lowerBound(std::string_view id) const {
    std::size_t low = 0, high = entries_.size();
    while (low < high) {
      const std::size_t mid = low + (high - low) / 2;
      if (detail::idOf(entries_[mid]) < id) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  std::vector<Entry> entries_;
};

using SortedIds = SortedById<std::string>;

template <class Value>
class SortedIdMap : public SortedById<std::pair<std::string, Value>> {
 public:
  using SortedById<std::pair<std::string, Value>>::SortedById;

  // The value for `id`, put in as Value{} if it is not there.
  Value& operator[](std::string_view id) { return this->insert({std::string(id), Value{}}).first->second; }
};

}  // namespace core

// Where the nodes of a JSON document live while the loader reads it. Parsing 10,000 courses makes
// hundreds of thousands of small objects; taking them from a few large blocks and dropping the
// blocks at once (instead of freeing each node) makes loading about twice as fast.
//
// JsonArenaScope makes an arena current for its lifetime; ArenaAllocator (the allocator of
// core::Json's objects and arrays) takes from the current arena, or from the heap when there is
// none. Rule: a Json made while a scope is active must be destroyed before the scope ends, and a
// Json made outside any scope must not be destroyed inside one — loadCatalog() keeps both.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace core {

class JsonArena {
 public:
  void* allocate(std::size_t bytes, std::size_t align) {
    std::size_t offset = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || offset + bytes > capacity_) {
      capacity_ = bytes > kBlock ? bytes : kBlock;
      blocks_.push_back(std::make_unique<unsigned char[]>(capacity_));
      offset = 0;
    }
    used_ = offset + bytes;
    return blocks_.back().get() + offset;
  }

 private:
  static constexpr std::size_t kBlock = 1u << 20;
  std::vector<std::unique_ptr<unsigned char[]>> blocks_;
  std::size_t used_ = 0, capacity_ = 0;
};

// The one current arena (the loader is synchronous; the widget has one thread).
inline JsonArena*& currentJsonArena() {
  static JsonArena* current = nullptr;
  return current;
}

class JsonArenaScope {
 public:
  JsonArenaScope() : previous_(currentJsonArena()) { currentJsonArena() = &arena_; }
  ~JsonArenaScope() { currentJsonArena() = previous_; }
  JsonArenaScope(const JsonArenaScope&) = delete;
  JsonArenaScope& operator=(const JsonArenaScope&) = delete;

 private:
  JsonArena arena_;
  JsonArena* previous_;
};

template <class T>
struct ArenaAllocator {
  using value_type = T;
  ArenaAllocator() noexcept = default;
  template <class U>
  ArenaAllocator(const ArenaAllocator<U>&) noexcept {}

  T* allocate(std::size_t n) {
    if (JsonArena* arena = currentJsonArena())
      return static_cast<T*>(arena->allocate(n * sizeof(T), alignof(T)));
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if (!currentJsonArena()) std::allocator<T>().deallocate(p, n);  // arena memory goes at once
  }
  template <class U>
  bool operator==(const ArenaAllocator<U>&) const noexcept { return true; }
  template <class U>
  bool operator!=(const ArenaAllocator<U>&) const noexcept { return false; }
};

}  // namespace core

// A reference to something callable, for a parameter that is called before the function returns
// and never kept: two pointers, nothing allocated or copied. std::function would do the same job,
// but each lambda given to one adds a class with six virtual functions to the wasm (~15 KB over
// the views' tooltips and headers); this adds one small function per lambda.
// The referenced callable must outlive the FunctionRef: bind it to a named lambda, not a
// temporary, when the FunctionRef is kept in a struct.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace core {

template <class Signature>
class FunctionRef;

template <class R, class... Args>
class FunctionRef<R(Args...)> {
 public:
  FunctionRef() = default;  // refers to nothing: false, and must not be called
  template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, FunctionRef> &&
                                              std::is_invocable_r_v<R, F&, Args...>>>
  FunctionRef(F&& f) noexcept  // NOLINT: converts implicitly, as std::function does
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_(&callAs<std::remove_reference_t<F>>) {}

  explicit operator bool() const { return call_ != nullptr; }
  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  template <class F>
  static R callAs(void* object, Args... args) {
    return (*static_cast<F*>(object))(std::forward<Args>(args)...);
  }

  void* object_ = nullptr;
  R (*call_)(void*, Args...) = nullptr;
};

}  // namespace core

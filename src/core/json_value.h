// A JSON value, for the tests and tools: built, read with parse(), compared and dumped. The
// program itself writes its JSON member by member (json_object_writer.h), which costs far less
// code in the wasm. Objects keep their members in insertion order, so what is written reads in a
// stable, meaningful order.
//
// The calls are those of nlohmann/json, which this replaces, and only the few the program and its
// tests use: a value built with initializer lists ({{"key", value}, ...} is an object, any other
// list an array), read with operator[], compared with ==, written with dump(), read with parse().
// Nothing throws: reading a missing member or element of a const value gives null, and get<T>()
// of the wrong kind gives T's zero value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace core {

class Json {
 public:
  enum class Type : unsigned char { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };
  using Member = std::pair<std::string, Json>;

  Json() = default;
  Json(std::nullptr_t) {}
  Json(bool b) : type_(Type::Boolean), b_(b) {}
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Json(T n) {
    if constexpr (std::is_signed_v<T>) type_ = Type::Integer, i_ = n;
    else type_ = Type::Unsigned, u_ = n;
  }
  Json(double d) : type_(Type::Float), d_(d) {}
  Json(const char* s) : type_(Type::String), s_(s) {}
  Json(std::string s) : type_(Type::String), s_(std::move(s)) {}
  Json(std::string_view s) : type_(Type::String), s_(s) {}
  // An array of a container's elements (std::vector<std::string>, std::set<int>, ...).
  template <class C, class = decltype(std::declval<const C&>().begin()),
            std::enable_if_t<!std::is_same_v<C, Json> && !std::is_convertible_v<const C&, std::string_view>, int> = 0>
  Json(const C& elements) : type_(Type::Array) {
    for (const auto& e : elements) elements_.emplace_back(e);
  }
  // An object when every element is a two-element array whose first element is a string (a
  // {"key", value} pair), otherwise an array.
  Json(std::initializer_list<Json> list);

  static Json array(std::initializer_list<Json> elements = {});
  static Json object() { return Json(Type::Object); }
  // The value `text` holds; null when it is not JSON (nesting deeper than 512 levels included).
  static Json parse(std::string_view text);

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::Null; }
  bool is_boolean() const { return type_ == Type::Boolean; }
  bool is_number() const { return type_ == Type::Integer || type_ == Type::Unsigned || type_ == Type::Float; }
  bool is_string() const { return type_ == Type::String; }
  bool is_array() const { return type_ == Type::Array; }
  bool is_object() const { return type_ == Type::Object; }

  // Members and elements: 0 for null, 1 for any other scalar.
  std::size_t size() const;
  bool empty() const { return size() == 0; }

  // Objects. The non-const forms add a missing member (null); on a value that is not an object
  // (null, as nlohmann/json allowed, or anything else) they first make it an empty object.
  Json& operator[](std::string_view key);
  Json& operator[](const char* key) { return (*this)[std::string_view(key)]; }
  Json& operator[](const std::string& key) { return (*this)[std::string_view(key)]; }
  const Json& operator[](std::string_view key) const;
  const Json& operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  const Json& operator[](const std::string& key) const { return (*this)[std::string_view(key)]; }
  bool contains(std::string_view key) const;
  void erase(std::string_view key);
  // Sets each of other's members here (replacing those with the same key).
  void update(const Json& other);
  const std::vector<Member>& items() const { return members_; }

  // Arrays. The non-const forms extend the array with nulls up to index; on a value that is not an
  // array they first make it an empty array. insert() and erase() act on arrays only.
  Json& operator[](std::size_t index);
  Json& operator[](int index) { return (*this)[static_cast<std::size_t>(index)]; }
  const Json& operator[](std::size_t index) const;
  const Json& operator[](int index) const { return (*this)[static_cast<std::size_t>(index)]; }
  void push_back(Json value);
  void erase(std::size_t index);
  void erase(int index) { erase(static_cast<std::size_t>(index)); }
  std::vector<Json>::iterator insert(std::vector<Json>::const_iterator at, Json value);
  // The elements of an array (nothing for any other value).
  std::vector<Json>::iterator begin() { return elements_.begin(); }
  std::vector<Json>::iterator end() { return elements_.end(); }
  std::vector<Json>::const_iterator begin() const { return elements_.begin(); }
  std::vector<Json>::const_iterator end() const { return elements_.end(); }

  // Scalars: bool, any integer or floating type, std::string.
  template <class T>
  T get() const {
    if constexpr (std::is_same_v<T, std::string>) return type_ == Type::String ? s_ : std::string();
    else if constexpr (std::is_same_v<T, bool>) return type_ == Type::Boolean && b_;
    else if constexpr (std::is_floating_point_v<T>) return static_cast<T>(asDouble());
    else return type_ == Type::Integer ? static_cast<T>(i_)
              : type_ == Type::Unsigned ? static_cast<T>(u_)
              : type_ == Type::Float ? static_cast<T>(d_) : T();
  }

  // Compact JSON text ("{"a":[1,2.5,"x"]}"): members in insertion order, non-ASCII characters
  // as they are, '"', '\' and control characters escaped; a malformed UTF-8 byte in a string
  // becomes U+FFFD.
  std::string dump() const;

  // Numbers compare by value whatever their kind (1 == 1.0); arrays and objects element by
  // element, in order.
  friend bool operator==(const Json& a, const Json& b);
  friend bool operator!=(const Json& a, const Json& b) { return !(a == b); }
  // Numbers by value, strings byte by byte; values of different kinds by kind.
  friend bool operator<(const Json& a, const Json& b);
  friend bool operator>(const Json& a, const Json& b) { return b < a; }
  friend bool operator<=(const Json& a, const Json& b) { return !(b < a); }
  friend bool operator>=(const Json& a, const Json& b) { return !(a < b); }

 private:
  friend class JsonDocumentBuilder;  // json_parse.cpp: adds members without looking for their key
  explicit Json(Type type) : type_(type) {}
  double asDouble() const;
  void dumpTo(std::string& out) const;

  Type type_ = Type::Null;
  union {
    bool b_;
    std::int64_t i_;
    std::uint64_t u_ = 0;
    double d_;
  };
  std::string s_;
  std::vector<Json> elements_;
  std::vector<Member> members_;
};

}  // namespace core

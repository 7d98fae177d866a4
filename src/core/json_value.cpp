#include "json_value.h"

namespace core {

namespace {

const Json& nullValue() {
  static const Json kNull(nullptr);  // not {nullptr}: that is a list, [null]
  return kNull;
}

bool isPair(const Json& j) { return j.is_array() && j.size() == 2 && j[0].is_string(); }

}  // namespace

Json::Json(std::initializer_list<Json> list) {
  bool object = true;
  for (const Json& j : list) object = object && isPair(j);
  if (object) {
    type_ = Type::Object;
    for (const Json& j : list) (*this)[j.elements_[0].s_] = j.elements_[1];
  } else {
    type_ = Type::Array;
    elements_.assign(list.begin(), list.end());
  }
}

Json Json::array(std::initializer_list<Json> elements) {
  Json j(Type::Array);
  j.elements_.assign(elements.begin(), elements.end());
  return j;
}

std::size_t Json::size() const {
  switch (type_) {
    case Type::Null: return 0;
    case Type::Array: return elements_.size();
    case Type::Object: return members_.size();
    default: return 1;
  }
}

Json& Json::operator[](std::string_view key) {
  if (type_ != Type::Object) *this = object();
  for (Member& m : members_)
    if (m.first == key) return m.second;
  members_.emplace_back(std::string(key), Json());
  return members_.back().second;
}

const Json& Json::operator[](std::string_view key) const {
  for (const Member& m : members_)
    if (m.first == key) return m.second;
  return nullValue();
}

bool Json::contains(std::string_view key) const {
  for (const Member& m : members_)
    if (m.first == key) return true;
  return false;
}

void Json::erase(std::string_view key) {
  for (auto it = members_.begin(); it != members_.end(); ++it)
    if (it->first == key) {
      members_.erase(it);
      return;
    }
}

void Json::update(const Json& other) {
  for (const Member& m : other.members_) (*this)[m.first] = m.second;
}

Json& Json::operator[](std::size_t index) {
  if (type_ != Type::Array) *this = array();
  if (index >= elements_.size()) elements_.resize(index + 1);
  return elements_[index];
}

const Json& Json::operator[](std::size_t index) const {
  return index < elements_.size() ? elements_[index] : nullValue();
}

void Json::push_back(Json value) {
  if (type_ != Type::Array) *this = array();
  elements_.push_back(std::move(value));
}

void Json::erase(std::size_t index) {
  if (index < elements_.size()) elements_.erase(elements_.begin() + static_cast<std::ptrdiff_t>(index));
}

std::vector<Json>::iterator Json::insert(std::vector<Json>::const_iterator at, Json value) {
  return elements_.insert(at, std::move(value));
}

double Json::asDouble() const {
  switch (type_) {
    case Type::Integer: return static_cast<double>(i_);
    case Type::Unsigned: return static_cast<double>(u_);
    case Type::Float: return d_;
    default: return 0;
  }
}

bool operator==(const Json& a, const Json& b) {
  using Type = Json::Type;
  if (a.is_number() && b.is_number()) {
    if (a.type_ == Type::Float || b.type_ == Type::Float) return a.asDouble() == b.asDouble();
    if (a.type_ == b.type_) return a.u_ == b.u_;  // same bits, same integer
    const Json& s = a.type_ == Type::Integer ? a : b;  // one signed, one unsigned
    const Json& u = a.type_ == Type::Integer ? b : a;
    return s.i_ >= 0 && static_cast<std::uint64_t>(s.i_) == u.u_;
  }
  if (a.type_ != b.type_) return false;
  switch (a.type_) {
    case Type::Null: return true;
    case Type::Boolean: return a.b_ == b.b_;
    case Type::String: return a.s_ == b.s_;
    case Type::Array: return a.elements_ == b.elements_;
    case Type::Object: return a.members_ == b.members_;
    default: return false;
  }
}

bool operator<(const Json& a, const Json& b) {
  using Type = Json::Type;
  if (a.is_number() && b.is_number()) {
    if (a.type_ == Type::Integer && b.type_ == Type::Integer) return a.i_ < b.i_;
    if (a.type_ == Type::Unsigned && b.type_ == Type::Unsigned) return a.u_ < b.u_;
    return a.asDouble() < b.asDouble();
  }
  if (a.type_ != b.type_) return a.type_ < b.type_;
  switch (a.type_) {
    case Type::Boolean: return a.b_ < b.b_;
    case Type::String: return a.s_ < b.s_;
    case Type::Array: return a.elements_ < b.elements_;
    case Type::Object: return a.members_ < b.members_;
    default: return false;
  }
}

}  // namespace core

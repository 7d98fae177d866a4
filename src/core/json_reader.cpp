#include "json_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace core {

const char* describeType(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number";
    default: return "something else";
  }
}

std::string indexPath(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

ObjectReader::ObjectReader(const Json& value, std::string path, LoadReport& report)
    : path_(std::move(path)), report_(report) {
  if (value.is_object()) object_ = &value;
  else report_.error(path_, std::string("expected an object, found ") + describeType(value));
}

const Json* ObjectReader::member(const char* key, Need need) {
  if (!object_) return nullptr;
  read_.emplace_back(key);
  auto it = object_->find(key);
  if (it == object_->end()) {
    if (need == Need::Required) report_.error(pathOf(key), "is required");
    return nullptr;
  }
  return &*it;
}

const Json* ObjectReader::array(const char* key, Need need) {
  const Json* v = member(key, need);
  if (!v) return nullptr;
  if (!v->is_array()) {
    report_.error(pathOf(key), std::string("expected an array, found ") + describeType(*v));
    return nullptr;
  }
  return v;
}

bool ObjectReader::string(const char* key, std::string& out, Need need, bool nonEmpty) {
  const Json* v = member(key, need);
  if (!v) return false;
  if (!v->is_string()) {
    report_.error(pathOf(key), std::string("expected a string, found ") + describeType(*v));
    return false;
  }
  const auto& s = v->get_ref<const std::string&>();
  bool blank = std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  if (nonEmpty && blank) {
    report_.error(pathOf(key), "must not be empty");
    return false;
  }
  out = s;
  return true;
}

namespace {

// The integer value of v if it is an integer within [lo, hi]; otherwise the reason.
std::optional<std::int64_t> integerIn(const Json& v, std::int64_t lo, std::int64_t hi,
                                      std::string& reason) {
  std::int64_t n = 0;
  if (v.is_number_unsigned()) {
    auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(hi)) {
      reason = std::to_string(u) + " is above the maximum " + std::to_string(hi);
      return std::nullopt;
    }
    n = static_cast<std::int64_t>(u);
  } else if (v.is_number_integer()) {
    n = v.get<std::int64_t>();
  } else {
    reason = std::string("expected an integer, found ") + describeType(v);
    return std::nullopt;
  }
  if (n < lo || n > hi) {
    reason = std::to_string(n) + (n < lo ? " is below the minimum " + std::to_string(lo)
                                         : " is above the maximum " + std::to_string(hi));
    return std::nullopt;
  }
  return n;
}

std::string plainNumber(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", d);
  return buf;
}

}  // namespace

bool ObjectReader::integer(const char* key, std::int64_t& out, std::int64_t lo, std::int64_t hi,
                           Need need) {
  const Json* v = member(key, need);
  if (!v) return false;
  std::string reason;
  auto n = integerIn(*v, lo, hi, reason);
  if (!n) {
    report_.error(pathOf(key), reason);
    return false;
  }
  out = *n;
  return true;
}

bool ObjectReader::integer(const char* key, int& out, int lo, int hi, Need need) {
  std::int64_t wide = out;
  if (!integer(key, wide, lo, hi, need)) return false;
  out = static_cast<int>(wide);
  return true;
}

bool ObjectReader::nullableInteger(const char* key, std::optional<std::int64_t>& out,
                                   std::int64_t lo, std::int64_t hi, Need need) {
  const Json* v = member(key, need);
  if (!v) return false;
  if (v->is_null()) {
    out.reset();
    return true;
  }
  std::int64_t n = 0;
  read_.pop_back();  // integer() marks it read again
  if (!integer(key, n, lo, hi, need)) return false;
  out = n;
  return true;
}

bool ObjectReader::number(const char* key, double& out, double lo, double hi, Need need) {
  const Json* v = member(key, need);
  if (!v) return false;
  if (!v->is_number()) {
    report_.error(pathOf(key), std::string("expected a number, found ") + describeType(*v));
    return false;
  }
  double d = v->get<double>();
  if (!std::isfinite(d) || d < lo || d > hi) {
    report_.error(pathOf(key), "must be between " + plainNumber(lo) + " and " + plainNumber(hi) +
                                   ", found " + plainNumber(d));
    return false;
  }
  out = d;
  return true;
}

bool ObjectReader::nullableNumber(const char* key, std::optional<double>& out, double lo,
                                  double hi, Need need) {
  const Json* v = member(key, need);
  if (!v) return false;
  if (v->is_null()) {
    out.reset();
    return true;
  }
  double d = 0;
  read_.pop_back();
  if (!number(key, d, lo, hi, need)) return false;
  out = d;
  return true;
}

bool ObjectReader::boolean(const char* key, bool& out, Need need) {
  const Json* v = member(key, need);
  if (!v) return false;
  if (!v->is_boolean()) {
    report_.error(pathOf(key), std::string("expected true or false, found ") + describeType(*v));
    return false;
  }
  out = v->get<bool>();
  return true;
}

bool ObjectReader::stringList(const char* key, std::vector<std::string>& out, Need need,
                              std::size_t minCount) {
  const Json* list = array(key, need);
  if (!list) return false;
  out.clear();
  bool ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      report_.error(indexPath(pathOf(key), i),
                    std::string("expected a non-empty string, found ") + describeType(item));
      ok = false;
      continue;
    }
    out.push_back(item.get<std::string>());
  }
  if (out.size() < minCount) {
    report_.error(pathOf(key), "needs at least " + std::to_string(minCount) + " entries");
    ok = false;
  }
  return ok;
}

void ObjectReader::finish() {
  if (!object_) return;
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    const std::string& key = it.key();
    if (std::none_of(read_.begin(), read_.end(), [&](const char* k) { return key == k; }))
      report_.warning(path_, "unknown field " + quoteForMessage(it.key()) + " (ignored)");
  }
}

}  // namespace core

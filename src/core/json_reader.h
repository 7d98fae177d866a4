// Reads the fields of one JSON object into plain values, reporting each problem once with its
// path ("roles[3].salary.mid.min") into a LoadReport. Checks the type before every read: with
// JSON_NOEXCEPTION a wrong-type get<T>() would abort. Fields never asked for are reported as
// warnings by finish(), so a typo in a field name does not pass unnoticed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "json_document.h"
#include "load_report.h"

namespace core {

enum class Need { Required, Optional };

class ObjectReader {
 public:
  // `what` names the expected thing for the error when `value` is not an object.
  ObjectReader(const Json& value, std::string path, LoadReport& report);
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

  bool isObject() const { return object_ != nullptr; }
  const std::string& path() const { return path_; }
  std::string pathOf(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
  LoadReport& report() { return report_; }

  // Each returns true when the field was present and valid (out then holds it). A missing
  // required field, a wrong type or a value out of range is an error; out keeps its value.
  bool string(const char* key, std::string& out, Need need, bool nonEmpty = false);
  bool integer(const char* key, std::int64_t& out, std::int64_t lo, std::int64_t hi, Need need);
  bool integer(const char* key, int& out, int lo, int hi, Need need);
  // null is accepted and gives nullopt; a missing field is an error only when required.
  bool nullableInteger(const char* key, std::optional<std::int64_t>& out, std::int64_t lo,
                       std::int64_t hi, Need need);
  bool number(const char* key, double& out, double lo, double hi, Need need);
  bool nullableNumber(const char* key, std::optional<double>& out, double lo, double hi, Need need);
  bool boolean(const char* key, bool& out, Need need);
  bool stringList(const char* key, std::vector<std::string>& out, Need need, std::size_t minCount = 0);

  // The raw member (marked as read), or null when absent; reports a missing required field.
  const Json* member(const char* key, Need need);
  // The member as an array; reports absence (when required) and a wrong type.
  const Json* array(const char* key, Need need);

  // Warns about every member nobody asked for.
  void finish();

 private:
  const Json* object_ = nullptr;
  std::string path_;
  LoadReport& report_;
  // Field names asked for. Not copied: callers pass string literals or keys of the document,
  // which outlive the reader.
  std::vector<const char*> read_;
};

// The JSON type of a value as a person would name it ("a string", "null", ...).
const char* describeType(const Json& value);

std::string indexPath(const std::string& path, std::size_t index);

}  // namespace core

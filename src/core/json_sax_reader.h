// Reads a JSON data file straight into model structs, event by event (json_parser.h): no
// document is built. When an object opens, a bind function declares its fields (Fields) and where
// each value goes; values are checked for type and range as they arrive. A problem is reported
// with its JSON path ("roles[3].salary.mid"), which is put together only when a problem is kept.
//
// Work grows linearly with the input: a key is compared with the few fields declared for its
// object (a fixed number), and keys that no field declares are kept aside and checked for
// duplicates by one sort when their object ends (n log n comparisons of keys, at most the input).
// Memory: the model, capped by each list's maxCount, and those keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json_document.h"
#include "load_report.h"
#include "text_check.h"

namespace core {

enum class Need { Required, Optional };

// The JSON kinds of value, as the parser reports them.
enum class JsonKind : unsigned char { Null, Boolean, Integer, Unsigned, Float, String, Object, Array };
// As a person would name it: "null", "an integer", "an object", ...
const char* describeKind(JsonKind kind);

// How many entries a list (or a rating object) may have, and the words for the messages
// "needs at least 1 entry" and "lists 66 skills; a role can list at most 64". Entries past
// maxCount are read for syntax but not kept, which bounds the memory a file can make us use.
struct ListRule {
  std::size_t minCount = 0;
  std::size_t maxCount = 0;
  const char* what = "entries";  // plural noun
  const char* owner = "a list";
  // Object lists: fewer bytes than an element takes at the least in a real file, or 0. With it
  // the list is reserved for as many elements as the file could hold (up to maxCount) when it
  // opens, instead of growing: growing moved every element of 10,000 courses ~once (~12% of
  // their load time). An estimate too high is given back when the list ends; too low, the list
  // grows as it would have.
  std::size_t bytesEachAtLeast = 0;
};

class Fields;

namespace detail {

class SaxReader;

enum class SlotKind : unsigned char {
  Text, Id, Url, Enum, Deferred, Int, Int64, NullableInt64, Number, NullableNumber, Boolean,
  Object, OptionalObject, ObjectList, TextList, Levels
};

// One declared field of the object being read, with where its value goes.
struct Slot {
  const char* key = nullptr;
  std::size_t keySize = 0;
  SlotKind kind = SlotKind::Text;
  Need need = Need::Optional;
  TextKind text = TextKind::Line;
  bool nonEmpty = false;
  enum State : unsigned char { Absent, Good, Bad } state = Absent;
  void* target = nullptr;
  std::int64_t lo = 0, hi = 0;  // Int, Int64, NullableInt64, Levels
  double dlo = 0, dhi = 0;      // Number, NullableNumber
  const char* allowed = nullptr;  // Enum, Deferred: the names, for the message
  bool (*parseEnum)(std::string_view, void*) = nullptr;  // Enum, Deferred
  void (*bind)(Fields&, void*) = nullptr;             // Object, OptionalObject, ObjectList
  void* (*open)(void* target) = nullptr;              // the object to fill (lists: a new element)
  void (*discard)(void* target) = nullptr;            // OptionalObject: back to nullopt
  const ListRule* rule = nullptr;                     // ObjectList, TextList, Levels
  void (*reserve)(void* target, std::size_t count) = nullptr;  // ObjectList (ListRule)
  void (*trim)(void* target) = nullptr;                        // ObjectList: spare room back
};

template <class T, void (*Bind)(Fields&, T&)>
void bindAs(Fields& f, void* p) { Bind(f, *static_cast<T*>(p)); }
template <class T>
void* openPlain(void* target) { return target; }
template <class T>
void* openOptional(void* target) { return &static_cast<std::optional<T>*>(target)->emplace(); }
template <class T>
void discardOptional(void* target) { static_cast<std::optional<T>*>(target)->reset(); }
template <class T>
void* appendTo(void* target) { return &static_cast<std::vector<T>*>(target)->emplace_back(); }
template <class T>
void reserveIn(void* target, std::size_t count) { static_cast<std::vector<T>*>(target)->reserve(count); }
template <class T>
void trimSpare(void* target) {
  auto& list = *static_cast<std::vector<T>*>(target);
  if (list.capacity() > 2 * list.size() + 8) list.shrink_to_fit();
}
template <class E, std::optional<E> (*Parse)(std::string_view)>
bool parseAs(std::string_view s, void* out) {
  auto v = Parse(s);
  if (v) *static_cast<E*>(out) = *v;
  return v.has_value();
}

bool read(std::string_view text, const JsonLimits& limits, void (*bind)(Fields&, void*),
          void* root, LoadReport& report, std::uint64_t& work);

}  // namespace detail

// The fields of one JSON object. A bind function declares them (targets must outlive the
// object: they are members of the model being filled); an end check, declared with atEnd(), runs
// when the object closes and may ask which fields came and were valid.
class Fields {
 public:
  // Strings: checked by the text rules (text_check.h); `nonEmpty` also rejects text with nothing
  // visible in it.
  void text(const char* key, std::string& out, Need need, TextKind kind = TextKind::Line,
            bool nonEmpty = false);
  void id(std::string& out);                            // "id": required, isValidId()
  void url(const char* key, std::string& out, Need need);  // empty, or isHttpUrl()
  template <class E, std::optional<E> (*Parse)(std::string_view)>
  void enumeration(const char* key, E& out, const char* allowed, Need need = Need::Required) {
    detail::Slot s = slot(key, detail::SlotKind::Enum, need, &out);
    s.allowed = allowed;
    s.parseEnum = &detail::parseAs<E, Parse>;
    add(s);
  }
  void integer(const char* key, int& out, int lo, int hi, Need need);
  void integer(const char* key, std::int64_t& out, std::int64_t lo, std::int64_t hi, Need need);
  // null is accepted and gives nullopt.
  void nullableInteger(const char* key, std::optional<std::int64_t>& out, std::int64_t lo,
                       std::int64_t hi, Need need);
  void number(const char* key, double& out, double lo, double hi, Need need);
  void nullableNumber(const char* key, std::optional<double>& out, double lo, double hi, Need need);
  void boolean(const char* key, bool& out, Need need);
  // An enumeration whose value matters only in some cases: it is kept as found and checked
  // (as enumeration() would) only when the end check calls readDeferred(key). One per object.
  template <class E, std::optional<E> (*Parse)(std::string_view)>
  void deferredEnumeration(const char* key, E& out, const char* allowed) {
    detail::Slot s = slot(key, detail::SlotKind::Deferred, Need::Optional, &out);
    s.allowed = allowed;
    s.parseEnum = &detail::parseAs<E, Parse>;
    add(s);
  }
  // A list of non-empty single-line strings. `rule` must outlive the read (a static).
  void textList(const char* key, std::vector<std::string>& out, Need need, const ListRule& rule);
  // An object of id -> integer in [lo, hi], kept in file order.
  void levels(const char* key, std::vector<std::pair<std::string, int>>& out, int lo, int hi,
              Need need, const ListRule& rule);

  template <class T, void (*Bind)(Fields&, T&)>
  void object(const char* key, T& out, Need need) {
    detail::Slot s = slot(key, detail::SlotKind::Object, need, &out);
    s.bind = &detail::bindAs<T, Bind>;
    s.open = &detail::openPlain<T>;
    add(s);
  }
  // Absent or null: nullopt. Kept only when nothing inside it was an error.
  template <class T, void (*Bind)(Fields&, T&)>
  void optionalObject(const char* key, std::optional<T>& out) {
    detail::Slot s = slot(key, detail::SlotKind::OptionalObject, Need::Optional, &out);
    s.bind = &detail::bindAs<T, Bind>;
    s.open = &detail::openOptional<T>;
    s.discard = &detail::discardOptional<T>;
    add(s);
  }
  // Every element is kept (a default one where an element is not an object), up to maxCount.
  template <class T, void (*Bind)(Fields&, T&)>
  void list(const char* key, std::vector<T>& out, Need need, const ListRule& rule) {
    detail::Slot s = slot(key, detail::SlotKind::ObjectList, need, &out);
    s.bind = &detail::bindAs<T, Bind>;
    s.open = &detail::appendTo<T>;
    s.reserve = &detail::reserveIn<T>;
    s.trim = &detail::trimSpare<T>;
    s.rule = &rule;
    add(s);
  }
  template <class T, void (*Check)(Fields&, T&)>
  void atEnd(T& object) {
    setEndCheck(&checkAs<T, Check>, &object);
  }

  // For end checks.
  bool present(const char* key) const;  // the field came (valid or not)
  bool good(const char* key) const;     // the field came and was valid
  void error(std::string message);      // about this object
  void errorAt(const char* key, std::string message);
  void warning(std::string message);
  // Checks the value a deferredEnumeration() kept; reports it missing when it is absent.
  void readDeferred(const char* key);

 private:
  friend class detail::SaxReader;
  Fields(detail::SaxReader& reader, std::size_t frame) : reader_(reader), frame_(frame) {}

  template <class T, void (*Check)(Fields&, T&)>
  static void checkAs(Fields& f, void* p) { Check(f, *static_cast<T*>(p)); }
  static detail::Slot slot(const char* key, detail::SlotKind kind, Need need, void* target) {
    detail::Slot s;
    s.key = key;
    s.keySize = std::char_traits<char>::length(key);
    s.kind = kind;
    s.need = need;
    s.target = target;
    return s;
  }
  void add(const detail::Slot& s);
  void setEndCheck(void (*check)(Fields&, void*), void* object);
  const detail::Slot* find(const char* key) const;

  detail::SaxReader& reader_;
  std::size_t frame_;
};

// Reads `text` into `root`: Bind declares the top-level object. Returns false when the text
// cannot be read as JSON at all (too large, not UTF-8, malformed, nested too deep); the report
// then holds that one reason and `root` is partly filled. `work` counts the steps taken (events,
// key comparisons, path pieces): a deterministic measure for tests that loading stays linear.
template <class T, void (*Bind)(Fields&, T&)>
bool readJson(std::string_view text, const JsonLimits& limits, T& root, LoadReport& report,
              std::uint64_t& work) {
  return detail::read(text, limits, &detail::bindAs<T, Bind>, &root, report, work);
}

}  // namespace core

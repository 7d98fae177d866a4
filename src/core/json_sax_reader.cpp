#include "json_sax_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "data_loader.h"  // isValidId, isHttpUrl

namespace core {

const char* describeKind(JsonKind kind) {
  switch (kind) {
    case JsonKind::Null: return "null";
    case JsonKind::Boolean: return "true/false";
    case JsonKind::Integer:
    case JsonKind::Unsigned: return "an integer";
    case JsonKind::Float: return "a number";
    case JsonKind::String: return "a string";
    case JsonKind::Object: return "an object";
    case JsonKind::Array: return "an array";
  }
  return "something else";
}

namespace detail {

namespace {

// A scalar as the parser delivers it.
struct Scalar {
  JsonKind kind = JsonKind::Null;
  bool boolean = false;
  std::int64_t integer = 0;
  std::uint64_t unsignedInteger = 0;
  double number = 0;
  const std::string* text = nullptr;
};

std::string plainNumber(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", d);
  return buf;
}

// Keys of an object that no field declares (unknown fields, or the ids of a rating object), kept
// compactly until the object ends, when one sort finds the repeated ones.
class KeyLog {
 public:
  void clear() {
    bytes_.clear();
    spans_.clear();
  }
  void add(std::string_view key) {
    spans_.push_back({bytes_.size(), key.size()});
    bytes_.append(key);
  }
  // Calls repeated(key) once for each later occurrence of a key already seen.
  template <class F>
  void forEachRepeat(std::uint64_t& work, F repeated) {
    if (spans_.size() < 2) return;
    std::vector<std::size_t> order(spans_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      ++work;
      const auto ka = key(a), kb = key(b);
      return ka != kb ? ka < kb : a < b;
    });
    for (std::size_t i = 1; i < order.size(); ++i) {
      ++work;
      if (key(order[i]) == key(order[i - 1])) repeated(key(order[i]));
    }
  }

 private:
  std::string_view key(std::size_t i) const {
    return std::string_view(bytes_).substr(spans_[i].first, spans_[i].second);
  }
  std::string bytes_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
};

bool simpleKey(std::string_view key) {
  if (key.empty() || key.size() > 64) return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '-'))
      return false;
  return true;
}

void appendKey(std::string& path, std::string_view key) {
  if (simpleKey(key)) {
    if (!path.empty()) path += '.';
    path += key;
  } else {
    path += '[' + quoteForMessage(key) + ']';
  }
}

std::string lineAndColumn(std::string_view text, std::size_t bytePos) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < bytePos && i < text.size(); ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else ++column;
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep only the part after the last ": " prefix that names the position. The reason
// can quote the offending input: keep it short and printable.
std::string plainReason(const std::string& what) {
  auto at = what.find(": ");
  std::string reason = at == std::string::npos ? what : what.substr(at + 2);
  if (reason.size() > 160) reason = reason.substr(0, 160) + "...";
  for (char& c : reason)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  return reason;
}

}  // namespace

class SaxReader {
 public:
  SaxReader(std::string_view text, const JsonLimits& limits, void (*bindRoot)(Fields&, void*),
            void* root, LoadReport& report, std::uint64_t& work)
      : text_(text), limits_(limits), bindRoot_(bindRoot), root_(root), report_(report),
        work_(work) {}

  // The interface nlohmann::json::sax_parse calls.
  bool null() { return scalar(Scalar{}); }
  bool boolean(bool b) {
    Scalar s;
    s.kind = JsonKind::Boolean;
    s.boolean = b;
    return scalar(s);
  }
  bool number_integer(std::int64_t n) {
    Scalar s;
    s.kind = JsonKind::Integer;
    s.integer = n;
    return scalar(s);
  }
  bool number_unsigned(std::uint64_t n) {
    Scalar s;
    s.kind = JsonKind::Unsigned;
    s.unsignedInteger = n;
    return scalar(s);
  }
  bool number_float(double d, const std::string&) {
    Scalar s;
    s.kind = JsonKind::Float;
    s.number = d;
    return scalar(s);
  }
  bool string(std::string& text) {
    Scalar s;
    s.kind = JsonKind::String;
    s.text = &text;
    return scalar(s);
  }
  bool binary(Json::binary_t&) { return scalar(Scalar{}); }  // never from JSON text
  bool start_object(std::size_t) { return open(JsonKind::Object); }
  bool start_array(std::size_t) { return open(JsonKind::Array); }
  bool key(std::string& key);
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t position, const std::string& lastToken,
                   const nlohmann::detail::exception& ex);

  // After sax_parse: the reason the text is not JSON, if it is not.
  const std::string& failure() const { return failure_; }

  // For Fields.
  struct Frame {
    enum Type : unsigned char { Object, List, Levels } type = Object;
    std::size_t slotsBegin = 0;  // Object: its slots are slots_[slotsBegin, end of the frame)
    std::size_t slotsEnd = 0;
    std::ptrdiff_t current = -1;  // Object: the slot whose value comes next; -1 none
    std::size_t owner = 0;        // List, Levels: the slot (of the parent object) it fills
    std::size_t index = 0;        // List: the element being read; Levels: pairs seen
    std::size_t errorsBefore = 0;
    std::string key;              // Levels: the key whose value comes next
    KeyLog otherKeys;             // Object: undeclared keys; Levels: all keys
    void (*endCheck)(Fields&, void*) = nullptr;
    void* endObject = nullptr;
    void (*discard)(void*) = nullptr;  // an optional object: undo when it had errors
    void* discardTarget = nullptr;
    JsonKind deferredKind = JsonKind::Null;  // Object: what the deferred field held
    std::string deferredText;
  };
  Frame& frame(std::size_t i) { return frames_[i]; }
  std::vector<Slot>& slots() { return slots_; }
  LoadReport& report() { return report_; }
  std::uint64_t& work() { return work_; }
  // The path of the object read by frame i ("" for the top level).
  std::string pathOfFrame(std::size_t i) {
    std::string path;
    for (std::size_t k = 0; k < i; ++k) appendSegment(path, frames_[k]);
    return path;
  }
  std::string pathOfMember(std::size_t i, std::string_view key) {
    std::string path = pathOfFrame(i);
    appendKey(path, key);
    return path;
  }
  // Paths are built only for problems the report keeps.
  template <class PathFn>
  void error(PathFn path, std::string message) {
    if (report_.keepsErrors()) report_.error(path(), std::move(message));
    else report_.error({}, {});
  }
  template <class PathFn>
  void warning(PathFn path, std::string message) {
    if (report_.keepsWarnings()) report_.warning(path(), std::move(message));
    else report_.warning({}, {});
  }

 private:
  bool scalar(const Scalar& v);
  bool open(JsonKind kind);
  bool close();
  void pushObject(void* object, void (*bind)(Fields&, void*));
  void pushFrame(Frame::Type type, std::size_t owner);
  void valueDone();
  void assign(Slot& s, const Scalar& v);
  void listElement(Slot& list, const Scalar& v);
  void textValue(Slot& s, const std::string& text);
  void endObject();
  void endList();
  bool integerIn(const Scalar& v, std::int64_t lo, std::int64_t hi, std::int64_t& out);
  void appendSegment(std::string& path, const Frame& f) {
    ++work_;
    switch (f.type) {
      case Frame::Object:
        if (f.current >= 0) appendKey(path, slots_[static_cast<std::size_t>(f.current)].key);
        break;
      case Frame::List: path += '[' + std::to_string(f.index) + ']'; break;
      case Frame::Levels: appendKey(path, f.key); break;
    }
  }
  // The path of the value being delivered now.
  std::string pathHere() { return pathOfFrame(depth_); }
  Frame& top() { return frames_[depth_ - 1]; }
  template <class... Parts>
  void errorHere(Parts&&... parts) {
    error([&] { return pathHere(); }, (std::string() + ... + parts));
  }

  std::string_view text_;
  const JsonLimits& limits_;
  void (*bindRoot_)(Fields&, void*);
  void* root_;
  LoadReport& report_;
  std::uint64_t& work_;
  // Frames are reused (their strings and key logs keep their memory); depth_ are in use.
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  std::vector<Slot> slots_;
  std::size_t skipping_ = 0;  // > 0: inside a value that is being ignored, this deep
  int nesting_ = 0;           // open objects and arrays, for the depth limit
  bool rootSeen_ = false;
  std::string failure_;
};

bool SaxReader::integerIn(const Scalar& v, std::int64_t lo, std::int64_t hi, std::int64_t& out) {
  std::int64_t n = 0;
  if (v.kind == JsonKind::Unsigned) {
    if (v.unsignedInteger > static_cast<std::uint64_t>(hi)) {
      errorHere(std::to_string(v.unsignedInteger), " is above the maximum ", std::to_string(hi));
      return false;
    }
    n = static_cast<std::int64_t>(v.unsignedInteger);
  } else if (v.kind == JsonKind::Integer) {
    n = v.integer;
  } else {
    errorHere("expected an integer, found ", describeKind(v.kind));
    return false;
  }
  if (n < lo) {
    errorHere(std::to_string(n), " is below the minimum ", std::to_string(lo));
    return false;
  }
  if (n > hi) {
    errorHere(std::to_string(n), " is above the maximum ", std::to_string(hi));
    return false;
  }
  out = n;
  return true;
}

void SaxReader::textValue(Slot& s, const std::string& text) {
  const TextFindings f = inspectText(text, s.text);
  bool ok = true;
  if (f.hasControl) {
    errorHere("contains the control character ", codePointName(f.firstControl),
              s.text == TextKind::Prose ? "; only line breaks (U+000A) are allowed here"
                                        : "; this field is one line of plain text");
    ok = false;
  }
  if (s.nonEmpty && !f.hasVisible && !f.hasControl) {
    errorHere(text.empty() || std::all_of(text.begin(), text.end(),
                                          [](char c) { return c == ' '; })
                  ? "must not be empty"
                  : "must not be empty (it has only spaces or invisible characters)");
    ok = false;
  }
  if (f.undrawable) {
    std::string list;
    for (std::size_t i = 0; i < f.undrawableDistinctShown; ++i)
      list += (i ? ", " : "") + codePointName(f.undrawableShown[i]);
    if (f.undrawable > f.undrawableDistinctShown) list += ", ...";
    warning([&] { return pathHere(); },
            "has " + std::to_string(f.undrawable) +
                (f.undrawable == 1 ? " character" : " characters") +
                " the widget's font cannot draw (" + list + "); it shows a placeholder instead");
  }
  s.state = ok ? Slot::Good : Slot::Bad;
  if (ok) *static_cast<std::string*>(s.target) = text;
}

void SaxReader::assign(Slot& s, const Scalar& v) {
  ++work_;
  s.state = Slot::Bad;
  const bool isString = v.kind == JsonKind::String;
  const bool isNumber = v.kind == JsonKind::Integer || v.kind == JsonKind::Unsigned ||
                        v.kind == JsonKind::Float;
  switch (s.kind) {
    case SlotKind::Text:
    case SlotKind::Id:
    case SlotKind::Url:
      if (!isString) return errorHere("expected a string, found ", describeKind(v.kind));
      textValue(s, *v.text);
      if (s.state != Slot::Good) return;
      if (s.kind == SlotKind::Id && !isValidId(*v.text)) {
        s.state = Slot::Bad;
        return errorHere(quoteForMessage(*v.text),
                         " must be 1-48 lowercase letters, digits or '-'");
      }
      if (s.kind == SlotKind::Url && !v.text->empty() && !isHttpUrl(*v.text)) {
        s.state = Slot::Bad;
        return errorHere(quoteForMessage(*v.text, 80), " is not an http(s) URL");
      }
      return;
    case SlotKind::Enum:
      if (!isString) return errorHere("expected a string, found ", describeKind(v.kind));
      if (!s.parseEnum(*v.text, s.target))
        return errorHere(quoteForMessage(*v.text), " is not one of ", s.allowed);
      break;
    case SlotKind::Deferred: {
      Frame& f = top();
      f.deferredKind = v.kind;
      if (isString) f.deferredText = *v.text;
      break;
    }
    case SlotKind::NullableInt64:
      if (v.kind == JsonKind::Null) {
        static_cast<std::optional<std::int64_t>*>(s.target)->reset();
        break;
      }
      [[fallthrough]];
    case SlotKind::Int:
    case SlotKind::Int64: {
      std::int64_t n = 0;
      if (!integerIn(v, s.lo, s.hi, n)) return;
      if (s.kind == SlotKind::Int) *static_cast<int*>(s.target) = static_cast<int>(n);
      else if (s.kind == SlotKind::Int64) *static_cast<std::int64_t*>(s.target) = n;
      else *static_cast<std::optional<std::int64_t>*>(s.target) = n;
      break;
    }
    case SlotKind::NullableNumber:
      if (v.kind == JsonKind::Null) {
        static_cast<std::optional<double>*>(s.target)->reset();
        break;
      }
      [[fallthrough]];
    case SlotKind::Number: {
      if (!isNumber) return errorHere("expected a number, found ", describeKind(v.kind));
      const double d = v.kind == JsonKind::Float      ? v.number
                       : v.kind == JsonKind::Integer ? static_cast<double>(v.integer)
                                                     : static_cast<double>(v.unsignedInteger);
      if (!std::isfinite(d) || d < s.dlo || d > s.dhi)
        return errorHere("must be between ", plainNumber(s.dlo), " and ", plainNumber(s.dhi),
                         ", found ", plainNumber(d));
      if (s.kind == SlotKind::Number) *static_cast<double*>(s.target) = d;
      else *static_cast<std::optional<double>*>(s.target) = d;
      break;
    }
    case SlotKind::Boolean:
      if (v.kind != JsonKind::Boolean)
        return errorHere("expected true or false, found ", describeKind(v.kind));
      *static_cast<bool*>(s.target) = v.boolean;
      break;
    case SlotKind::OptionalObject:
      if (v.kind == JsonKind::Null) {
        s.discard(s.target);
        break;
      }
      [[fallthrough]];
    case SlotKind::Object:
    case SlotKind::Levels:
      return errorHere("expected an object, found ", describeKind(v.kind));
    case SlotKind::ObjectList:
    case SlotKind::TextList:
      return errorHere("expected an array, found ", describeKind(v.kind));
  }
  s.state = Slot::Good;
}

void SaxReader::listElement(Slot& list, const Scalar& v) {
  Frame& f = top();
  const bool keep = f.index < list.rule->maxCount;
  if (list.kind == SlotKind::ObjectList) {
    if (keep) list.open(list.target);  // a default element keeps indices equal to positions
    errorHere("expected an object, found ", describeKind(v.kind));
    return;
  }
  // A list of strings.
  if (v.kind != JsonKind::String)
    return errorHere("expected a non-empty string, found ", describeKind(v.kind));
  Slot item;
  item.kind = SlotKind::Text;
  item.nonEmpty = true;
  std::string value;
  item.target = &value;
  textValue(item, *v.text);
  if (keep && item.state == Slot::Good)
    static_cast<std::vector<std::string>*>(list.target)->push_back(std::move(value));
}

bool SaxReader::scalar(const Scalar& v) {
  ++work_;
  if (skipping_) return true;
  if (depth_ == 0) {
    rootSeen_ = true;
    errorHere("expected an object, found ", describeKind(v.kind));
    return true;
  }
  Frame& f = top();
  switch (f.type) {
    case Frame::Object:
      if (f.current >= 0) assign(slots_[static_cast<std::size_t>(f.current)], v);
      break;
    case Frame::List: listElement(slots_[f.owner], v); break;
    case Frame::Levels: {
      const Slot& owner = slots_[f.owner];
      std::int64_t n = 0;
      if (integerIn(v, owner.lo, owner.hi, n) && f.index <= owner.rule->maxCount)
        static_cast<std::vector<std::pair<std::string, int>>*>(owner.target)
            ->emplace_back(f.key, static_cast<int>(n));
      break;
    }
  }
  valueDone();
  return true;
}

void SaxReader::valueDone() {
  if (depth_ == 0) return;
  Frame& f = top();
  if (f.type == Frame::Object) f.current = -1;
  else if (f.type == Frame::List) ++f.index;
}

void SaxReader::pushFrame(Frame::Type type, std::size_t owner) {
  if (frames_.size() == depth_) frames_.emplace_back();
  Frame& f = frames_[depth_++];
  f.type = type;
  f.slotsBegin = f.slotsEnd = slots_.size();
  f.current = -1;
  f.owner = owner;
  f.index = 0;
  f.errorsBefore = report_.errorCount();
  f.key.clear();
  f.otherKeys.clear();
  f.endCheck = nullptr;
  f.endObject = nullptr;
  f.discard = nullptr;
  f.discardTarget = nullptr;
  f.deferredText.clear();
}

void SaxReader::pushObject(void* object, void (*bind)(Fields&, void*)) {
  pushFrame(Frame::Object, 0);
  Fields fields(*this, depth_ - 1);
  bind(fields, object);
  top().slotsEnd = slots_.size();
}

bool SaxReader::open(JsonKind kind) {
  ++work_;
  if (++nesting_ > limits_.maxDepth) {
    failure_ = "nesting is deeper than " + std::to_string(limits_.maxDepth) + " levels";
    return false;
  }
  if (skipping_) {
    ++skipping_;
    return true;
  }
  if (depth_ == 0) {
    if (rootSeen_ || kind != JsonKind::Object) {
      rootSeen_ = true;
      errorHere("expected an object, found ", describeKind(kind));
      skipping_ = 1;
      return true;
    }
    rootSeen_ = true;
    pushObject(root_, bindRoot_);
    return true;
  }
  Frame& f = top();
  Slot* s = nullptr;
  if (f.type == Frame::Object && f.current >= 0) s = &slots_[static_cast<std::size_t>(f.current)];
  if (f.type == Frame::List) {
    Slot& list = slots_[f.owner];
    const bool keep = f.index < list.rule->maxCount;
    if (list.kind == SlotKind::ObjectList && kind == JsonKind::Object) {
      if (!keep) {
        skipping_ = 1;
        return true;
      }
      void* element = list.open(list.target);
      pushObject(element, list.bind);
      return true;
    }
    if (list.kind == SlotKind::ObjectList && keep) list.open(list.target);
    errorHere(list.kind == SlotKind::ObjectList ? "expected an object, found "
                                                : "expected a non-empty string, found ",
              describeKind(kind));
    skipping_ = 1;
    return true;
  }
  if (f.type == Frame::Levels) {
    errorHere("expected an integer, found ", describeKind(kind));
    skipping_ = 1;
    return true;
  }
  if (!s) {  // an unknown field or a repeated key: its value is ignored
    skipping_ = 1;
    return true;
  }
  const std::size_t slotIndex = static_cast<std::size_t>(f.current);
  s->state = Slot::Good;
  if (kind == JsonKind::Object &&
      (s->kind == SlotKind::Object || s->kind == SlotKind::OptionalObject)) {
    void* object = s->open(s->target);
    void (*discard)(void*) = s->discard;
    void* target = s->target;
    pushObject(object, s->bind);
    top().discard = discard;
    top().discardTarget = target;
    return true;
  }
  if (kind == JsonKind::Object && s->kind == SlotKind::Levels) {
    pushFrame(Frame::Levels, slotIndex);
    return true;
  }
  if (kind == JsonKind::Array && (s->kind == SlotKind::ObjectList || s->kind == SlotKind::TextList)) {
    pushFrame(Frame::List, slotIndex);
    return true;
  }
  // The wrong kind of container: say what was expected, and skip it.
  Scalar found;
  found.kind = kind;
  assign(*s, found);
  skipping_ = 1;
  return true;
}

bool SaxReader::key(std::string& key) {
  ++work_;
  if (skipping_ || depth_ == 0) return true;
  Frame& f = top();
  if (f.type == Frame::Levels) {
    f.key = key;
    f.otherKeys.add(key);
    ++f.index;
    return true;
  }
  f.current = -1;
  for (std::size_t i = f.slotsBegin; i < f.slotsEnd; ++i) {
    ++work_;
    Slot& s = slots_[i];
    if (key.size() != s.keySize || key.compare(0, s.keySize, s.key) != 0) continue;
    if (s.state != Slot::Absent) {
      error([&] { return pathOfMember(depth_ - 1, key); },
            "duplicate key " + quoteForMessage(key) + ": an object may give each key only once");
      return true;
    }
    f.current = static_cast<std::ptrdiff_t>(i);
    return true;
  }
  f.otherKeys.add(key);
  warning([&] { return pathOfFrame(depth_ - 1); },
          "unknown field " + quoteForMessage(key) + " (ignored)");
  return true;
}

void SaxReader::endObject() {
  const std::size_t at = depth_ - 1;
  Frame& f = top();
  f.otherKeys.forEachRepeat(work_, [&](std::string_view key) {
    error([&] { return pathOfMember(at, key); },
          "duplicate key " + quoteForMessage(key) + ": an object may give each key only once");
  });
  if (f.type == Frame::Levels) {
    const Slot& owner = slots_[f.owner];
    if (f.index > owner.rule->maxCount)
      error([&] { return pathOfFrame(at); },
            "lists " + std::to_string(f.index) + " " + owner.rule->what + "; " +
                owner.rule->owner + " can list at most " + std::to_string(owner.rule->maxCount));
    return;
  }
  for (std::size_t i = f.slotsBegin; i < f.slotsEnd; ++i) {
    const Slot& s = slots_[i];
    if (s.state == Slot::Absent && s.need == Need::Required)
      error([&] { return pathOfMember(at, s.key); }, "is required");
  }
  if (f.endCheck) {
    Fields fields(*this, at);
    f.endCheck(fields, f.endObject);
  }
  if (f.discard && report_.errorCount() != f.errorsBefore) f.discard(f.discardTarget);
}

void SaxReader::endList() {
  const std::size_t at = depth_ - 1;
  Frame& f = top();
  const Slot& list = slots_[f.owner];
  const ListRule& rule = *list.rule;
  const std::size_t kept = list.kind == SlotKind::TextList
                               ? static_cast<std::vector<std::string>*>(list.target)->size()
                               : f.index;
  if (kept < rule.minCount)
    error([&] { return pathOfFrame(at); },
          "needs at least " + std::to_string(rule.minCount) +
              (rule.minCount == 1 ? " entry" : " entries"));
  if (f.index > rule.maxCount)
    error([&] { return pathOfFrame(at); },
          "lists " + std::to_string(f.index) + " " + rule.what + "; " + rule.owner +
              " can list at most " + std::to_string(rule.maxCount));
}

bool SaxReader::close() {
  ++work_;
  --nesting_;
  if (skipping_) {
    if (--skipping_ == 0) valueDone();
    return true;
  }
  if (depth_ == 0) return true;
  if (top().type == Frame::List) endList();
  else endObject();
  slots_.resize(top().slotsBegin);
  --depth_;
  valueDone();
  return true;
}

bool SaxReader::parse_error(std::size_t position, const std::string& lastToken,
                            const nlohmann::detail::exception& ex) {
  std::string reason;
  if (ex.id == 406) {  // out_of_range.406: a number beyond what a double can hold
    std::string number;
    for (char c : lastToken.substr(0, 40))
      if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')
        number += c;
    reason = "the number " + number + " is too large (the largest is about 1.8e308)";
  } else {
    reason = plainReason(ex.what());
  }
  failure_ = "not valid JSON: " + lineAndColumn(text_, position ? position - 1 : 0) + ": " + reason;
  return false;
}

bool read(std::string_view text, const JsonLimits& limits, void (*bind)(Fields&, void*),
          void* root, LoadReport& report, std::uint64_t& work) {
  std::string failure;
  if (text.size() > limits.maxBytes) failure = fileTooLargeMessage(text.size(), limits.maxBytes);
  else if (auto encoding = wrongEncoding(text)) failure = *encoding;
  else if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) failure = "the file is empty";
  if (failure.empty()) {
    SaxReader reader(text, limits, bind, root, report, work);
    const bool parsed = Json::sax_parse(text.begin(), text.end(), &reader);
    if (parsed && reader.failure().empty()) return true;
    failure = reader.failure().empty() ? "not valid JSON" : reader.failure();
  }
  // The text is not JSON: what was found in it so far would only distract from that.
  report = LoadReport();
  report.error("", failure);
  return false;
}

}  // namespace detail

// Fields: declaring.

void Fields::add(const detail::Slot& s) { reader_.slots().push_back(s); }

void Fields::setEndCheck(void (*check)(Fields&, void*), void* object) {
  auto& f = reader_.frame(frame_);
  f.endCheck = check;
  f.endObject = object;
}

void Fields::text(const char* key, std::string& out, Need need, TextKind kind, bool nonEmpty) {
  detail::Slot s = slot(key, detail::SlotKind::Text, need, &out);
  s.text = kind;
  s.nonEmpty = nonEmpty;
  add(s);
}

void Fields::id(std::string& out) {
  detail::Slot s = slot("id", detail::SlotKind::Id, Need::Required, &out);
  s.nonEmpty = true;
  add(s);
}

void Fields::url(const char* key, std::string& out, Need need) {
  add(slot(key, detail::SlotKind::Url, need, &out));
}

void Fields::integer(const char* key, int& out, int lo, int hi, Need need) {
  detail::Slot s = slot(key, detail::SlotKind::Int, need, &out);
  s.lo = lo;
  s.hi = hi;
  add(s);
}

void Fields::integer(const char* key, std::int64_t& out, std::int64_t lo, std::int64_t hi,
                     Need need) {
  detail::Slot s = slot(key, detail::SlotKind::Int64, need, &out);
  s.lo = lo;
  s.hi = hi;
  add(s);
}

void Fields::nullableInteger(const char* key, std::optional<std::int64_t>& out, std::int64_t lo,
                             std::int64_t hi, Need need) {
  detail::Slot s = slot(key, detail::SlotKind::NullableInt64, need, &out);
  s.lo = lo;
  s.hi = hi;
  add(s);
}

void Fields::number(const char* key, double& out, double lo, double hi, Need need) {
  detail::Slot s = slot(key, detail::SlotKind::Number, need, &out);
  s.dlo = lo;
  s.dhi = hi;
  add(s);
}

void Fields::nullableNumber(const char* key, std::optional<double>& out, double lo, double hi,
                            Need need) {
  detail::Slot s = slot(key, detail::SlotKind::NullableNumber, need, &out);
  s.dlo = lo;
  s.dhi = hi;
  add(s);
}

void Fields::boolean(const char* key, bool& out, Need need) {
  add(slot(key, detail::SlotKind::Boolean, need, &out));
}


void Fields::textList(const char* key, std::vector<std::string>& out, Need need,
                      const ListRule& rule) {
  detail::Slot s = slot(key, detail::SlotKind::TextList, need, &out);
  s.rule = &rule;
  add(s);
}

void Fields::levels(const char* key, std::vector<std::pair<std::string, int>>& out, int lo, int hi,
                    Need need, const ListRule& rule) {
  detail::Slot s = slot(key, detail::SlotKind::Levels, need, &out);
  s.lo = lo;
  s.hi = hi;
  s.rule = &rule;
  add(s);
}

// Fields: at the end.

const detail::Slot* Fields::find(const char* key) const {
  const auto& f = reader_.frame(frame_);
  for (std::size_t i = f.slotsBegin; i < f.slotsEnd; ++i)
    if (std::strcmp(reader_.slots()[i].key, key) == 0) return &reader_.slots()[i];
  return nullptr;
}

bool Fields::present(const char* key) const {
  const detail::Slot* s = find(key);
  return s && s->state != detail::Slot::Absent;
}

bool Fields::good(const char* key) const {
  const detail::Slot* s = find(key);
  return s && s->state == detail::Slot::Good;
}

void Fields::error(std::string message) {
  reader_.error([&] { return reader_.pathOfFrame(frame_); }, std::move(message));
}

void Fields::errorAt(const char* key, std::string message) {
  reader_.error([&] { return reader_.pathOfMember(frame_, key); }, std::move(message));
}

void Fields::warning(std::string message) {
  reader_.warning([&] { return reader_.pathOfFrame(frame_); }, std::move(message));
}

void Fields::readDeferred(const char* key) {
  const detail::Slot* s = find(key);
  if (!s || s->state == detail::Slot::Absent) return errorAt(key, "is required");
  const auto& f = reader_.frame(frame_);
  if (f.deferredKind != JsonKind::String)
    return errorAt(key, std::string("expected a string, found ") + describeKind(f.deferredKind));
  if (!s->parseEnum(f.deferredText, s->target))
    errorAt(key, quoteForMessage(f.deferredText) + " is not one of " + s->allowed);
}

}  // namespace core

#include "json_sax_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "data_loader.h"  // isValidId, isHttpUrl
#include "decimal.h"
#include "json_sax_reader_state.h"

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

std::string plainNumber(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", d);
  return buf;
}

// A whole number as its digits (1e9 is "1000000000"), short of where digits stop being exact.
std::string wholeNumber(double d) {
  if (std::fabs(d) >= 1e15) return plainNumber(d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", d);
  return buf;
}

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

}  // namespace

std::string SaxReader::pathOfFrame(std::size_t i) {
  std::string path;
  for (std::size_t k = 0; k < i; ++k) appendSegment(path, frames_[k]);
  return path;
}

std::string SaxReader::pathOfMember(std::size_t i, std::string_view key) {
  std::string path = pathOfFrame(i);
  appendKey(path, key);
  return path;
}

void SaxReader::appendSegment(std::string& path, const Frame& f) {
  ++work_;
  switch (f.type) {
    case Frame::Object:
      if (f.current >= 0) appendKey(path, slots_[static_cast<std::size_t>(f.current)].key);
      break;
    case Frame::List: path += '[' + decimal(f.index) + ']'; break;
    case Frame::Levels: appendKey(path, f.key); break;
  }
}

bool SaxReader::integerIn(const Scalar& v, std::int64_t lo, std::int64_t hi, std::int64_t& out) {
  std::int64_t n = 0;
  if (v.kind == JsonKind::Unsigned) {
    if (v.unsignedInteger > static_cast<std::uint64_t>(hi)) {
      errorHere(decimal(v.unsignedInteger), " is above the maximum ", decimal(hi));
      return false;
    }
    n = static_cast<std::int64_t>(v.unsignedInteger);
  } else if (v.kind == JsonKind::Integer) {
    n = v.integer;
  } else if (v.kind == JsonKind::Float && std::isfinite(v.number) && v.number == std::floor(v.number)) {
    // 1e9 or 3.0: a whole number in another spelling, said as the number it is.
    if (v.number > static_cast<double>(hi)) {
      errorHere(wholeNumber(v.number), " is above the maximum ", decimal(hi));
      return false;
    }
    if (v.number < static_cast<double>(lo)) {
      errorHere(wholeNumber(v.number), " is below the minimum ", decimal(lo));
      return false;
    }
    n = static_cast<std::int64_t>(v.number);
  } else {
    errorHere("expected an integer, found ", describeKind(v.kind));
    return false;
  }
  if (n < lo) {
    errorHere(decimal(n), " is below the minimum ", decimal(lo));
    return false;
  }
  if (n > hi) {
    errorHere(decimal(n), " is above the maximum ", decimal(hi));
    return false;
  }
  out = n;
  return true;
}

void SaxReader::textValue(Slot& s, const std::string& text) {
  const TextFindings f = inspectText(text, s.text);
  bool ok = true;
  // Every text is drawn whole somewhere (a title in a heading, a summary wrapped in a profile):
  // one of megabytes would take seconds a frame to lay out. The limits are far above any real
  // title or paragraph (docs/data-format.md, "Text").
  const std::size_t limit = s.kind == SlotKind::Url ? kMaxUrlChars
                            : s.text == TextKind::Prose ? kMaxProseChars : kMaxLineChars;
  const std::size_t chars = characterCount(text);
  if (chars > limit) {
    errorHere("is " + decimal(chars) + " characters long; the limit here is " + decimal(limit));
    s.state = Slot::Bad;
    return;
  }
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
            "has " + decimal(f.undrawable) +
                (f.undrawable == 1 ? " character" : " characters") +
                " outside the set the widget is sure to draw (" + list +
                "); whether they show depends on the reader's fonts, else a placeholder shows");
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

void SaxReader::scalar(const Scalar& v) {
  ++work_;
  if (skipping_) return;
  if (depth_ == 0) {
    rootSeen_ = true;
    errorHere("expected an object, found ", describeKind(v.kind));
    return;
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

void SaxReader::open(JsonKind kind) {
  ++work_;
  if (skipping_) {
    ++skipping_;
    return;
  }
  if (depth_ == 0) {
    if (rootSeen_ || kind != JsonKind::Object) {
      rootSeen_ = true;
      errorHere("expected an object, found ", describeKind(kind));
      skipping_ = 1;
      return;
    }
    rootSeen_ = true;
    pushObject(root_, bindRoot_);
    return;
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
        return;
      }
      void* element = list.open(list.target);
      pushObject(element, list.bind);
      return;
    }
    if (list.kind == SlotKind::ObjectList && keep) list.open(list.target);
    errorHere(list.kind == SlotKind::ObjectList ? "expected an object, found "
                                                : "expected a non-empty string, found ",
              describeKind(kind));
    skipping_ = 1;
    return;
  }
  if (f.type == Frame::Levels) {
    errorHere("expected an integer, found ", describeKind(kind));
    skipping_ = 1;
    return;
  }
  if (!s) {  // an unknown field or a repeated key: its value is ignored
    skipping_ = 1;
    return;
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
    return;
  }
  if (kind == JsonKind::Object && s->kind == SlotKind::Levels) {
    pushFrame(Frame::Levels, slotIndex);
    return;
  }
  if (kind == JsonKind::Array && (s->kind == SlotKind::ObjectList || s->kind == SlotKind::TextList)) {
    if (s->kind == SlotKind::ObjectList && s->rule->bytesEachAtLeast > 0)
      s->reserve(s->target, std::min(s->rule->maxCount, textSize_ / s->rule->bytesEachAtLeast));
    pushFrame(Frame::List, slotIndex);
    return;
  }
  // The wrong kind of container: say what was expected, and skip it.
  Scalar found;
  found.kind = kind;
  assign(*s, found);
  skipping_ = 1;
}

void SaxReader::key(std::string& key) {
  ++work_;
  if (skipping_ || depth_ == 0) return;
  Frame& f = top();
  if (f.type == Frame::Levels) {
    f.key = key;
    f.otherKeys.add(key);
    ++f.index;
    return;
  }
  f.current = -1;
  for (std::size_t i = f.slotsBegin; i < f.slotsEnd; ++i) {
    ++work_;
    Slot& s = slots_[i];
    // Lengths first, then the bytes (string::compare with a char* would measure s.key again).
    if (key.size() != s.keySize || std::memcmp(key.data(), s.key, s.keySize) != 0) continue;
    if (s.state != Slot::Absent) {
      error([&] { return pathOfMember(depth_ - 1, key); },
            "duplicate key " + quoteForMessage(key) + ": an object may give each key only once");
      return;
    }
    f.current = static_cast<std::ptrdiff_t>(i);
    return;
  }
  f.otherKeys.add(key);
  warning([&] { return pathOfFrame(depth_ - 1); },
          "unknown field " + quoteForMessage(key) + " (ignored)");
}

void SaxReader::finishObject() {
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
            "lists " + decimal(f.index) + " " + owner.rule->what + "; " +
                owner.rule->owner + " can list at most " + decimal(owner.rule->maxCount));
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

void SaxReader::finishList() {
  const std::size_t at = depth_ - 1;
  Frame& f = top();
  const Slot& list = slots_[f.owner];
  const ListRule& rule = *list.rule;
  if (list.kind == SlotKind::ObjectList && rule.bytesEachAtLeast > 0) list.trim(list.target);
  const std::size_t kept = list.kind == SlotKind::TextList
                               ? static_cast<std::vector<std::string>*>(list.target)->size()
                               : f.index;
  if (kept < rule.minCount)
    error([&] { return pathOfFrame(at); },
          "needs at least " + decimal(rule.minCount) +
              (rule.minCount == 1 ? " entry" : " entries"));
  if (f.index > rule.maxCount)
    error([&] { return pathOfFrame(at); },
          "lists " + decimal(f.index) + " " + rule.what + "; " + rule.owner +
              " can list at most " + decimal(rule.maxCount));
}

void SaxReader::close() {
  ++work_;
  if (skipping_) {
    if (--skipping_ == 0) valueDone();
    return;
  }
  if (depth_ == 0) return;
  if (top().type == Frame::List) finishList();
  else finishObject();
  slots_.resize(top().slotsBegin);
  --depth_;
  valueDone();
}

bool read(std::string_view text, const JsonLimits& limits, void (*bind)(Fields&, void*),
          void* root, LoadReport& report, std::uint64_t& work) {
  std::string failure;
  if (text.size() > limits.maxBytes) failure = fileTooLargeMessage(text.size(), limits.maxBytes, limits.cutPastMax);
  else if (auto encoding = wrongEncoding(text)) failure = *encoding;
  else if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) failure = "the file is empty";
  if (failure.empty()) {
    SaxReader reader(bind, root, report, work, text.size());
    failure = parseJson(text, limits.maxDepth, reader);
    if (failure.empty()) return true;
  }
  // The text is not JSON: what was found in it so far would only distract from that.
  report = LoadReport();
  report.error("", failure);
  return false;
}

}  // namespace detail

}  // namespace core

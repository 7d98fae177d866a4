// The state of reading one JSON text into declared fields (json_sax_reader.h): the handler of the
// reader's events (json_parser.h), with its stack of open objects and lists. Private to
// json_sax_reader.cpp (the events) and json_fields.cpp (what a bind function or end check asks).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json_parser.h"
#include "json_sax_reader.h"
#include "stable_sort.h"

namespace core::detail {

// A scalar as the parser delivers it.
struct Scalar {
  JsonKind kind = JsonKind::Null;
  bool boolean = false;
  std::int64_t integer = 0;
  std::uint64_t unsignedInteger = 0;
  double number = 0;
  const std::string* text = nullptr;
};

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
    std::vector<std::uint32_t> order(spans_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
    stableOrder(order, [&](std::uint32_t a, std::uint32_t b) {
      ++work;
      return key(a) < key(b);  // stable: equal keys stay in the order they were read
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

class SaxReader final : public JsonEvents {
 public:
  SaxReader(void (*bindRoot)(Fields&, void*), void* root, LoadReport& report, std::uint64_t& work,
            std::size_t textSize)
      : bindRoot_(bindRoot), root_(root), report_(report), work_(work), textSize_(textSize) {}

  // The reader's events.
  void null() override { scalar(Scalar{}); }
  void boolean(bool b) override {
    Scalar s;
    s.kind = JsonKind::Boolean;
    s.boolean = b;
    scalar(s);
  }
  void integer(std::int64_t n) override {
    Scalar s;
    s.kind = JsonKind::Integer;
    s.integer = n;
    scalar(s);
  }
  void unsignedInteger(std::uint64_t n) override {
    Scalar s;
    s.kind = JsonKind::Unsigned;
    s.unsignedInteger = n;
    scalar(s);
  }
  void number(double d) override {
    Scalar s;
    s.kind = JsonKind::Float;
    s.number = d;
    scalar(s);
  }
  void string(std::string& text) override {
    Scalar s;
    s.kind = JsonKind::String;
    s.text = &text;
    scalar(s);
  }
  void startObject() override { open(JsonKind::Object); }
  void startArray() override { open(JsonKind::Array); }
  void key(std::string& key) override;
  void endObject() override { close(); }
  void endArray() override { close(); }

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
  // The path of the object read by frame i ("" for the top level), and of its member `key`.
  std::string pathOfFrame(std::size_t i);
  std::string pathOfMember(std::size_t i, std::string_view key);
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
  void scalar(const Scalar& v);
  void open(JsonKind kind);
  void close();
  void pushObject(void* object, void (*bind)(Fields&, void*));
  void pushFrame(Frame::Type type, std::size_t owner);
  void valueDone();
  void assign(Slot& s, const Scalar& v);
  void listElement(Slot& list, const Scalar& v);
  void textValue(Slot& s, const std::string& text);
  void finishObject();
  void finishList();
  bool integerIn(const Scalar& v, std::int64_t lo, std::int64_t hi, std::int64_t& out);
  void appendSegment(std::string& path, const Frame& f);
  // The path of the value being delivered now.
  std::string pathHere() { return pathOfFrame(depth_); }
  Frame& top() { return frames_[depth_ - 1]; }
  template <class... Parts>
  void errorHere(Parts&&... parts) {
    error([&] { return pathHere(); }, (std::string() + ... + parts));
  }

  void (*bindRoot_)(Fields&, void*);
  void* root_;
  LoadReport& report_;
  std::uint64_t& work_;
  std::size_t textSize_;  // bytes of the whole text: the most room a list can need (ListRule)
  // Frames are reused (their strings and key logs keep their memory); depth_ are in use.
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  std::vector<Slot> slots_;
  std::size_t skipping_ = 0;  // > 0: inside a value that is being ignored, this deep
  bool rootSeen_ = false;
};

}  // namespace core::detail

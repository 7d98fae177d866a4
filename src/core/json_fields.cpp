// What a bind function declares and what an end check asks (json_sax_reader.h, Fields).
#include <cstring>

#include "json_sax_reader_state.h"

namespace core {

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

// Json::parse: a document built from the reader's events (json_parser.h).
#include "json_parser.h"
#include "json_value.h"

namespace core {

// Builds the value as events come: each value goes into the innermost open array, or into the
// member its key() added to the innermost open object. A repeated key adds a second member (the
// first is the one operator[] finds), which keeps building linear in the text.
class JsonDocumentBuilder final : public JsonEvents {
 public:
  Json root;

  void null() override { place(Json()); }
  void boolean(bool value) override { place(value); }
  void integer(std::int64_t value) override { place(value); }
  void unsignedInteger(std::uint64_t value) override { place(value); }
  void number(double value) override { place(value); }
  void string(std::string& value) override { place(std::move(value)); }
  void key(std::string& value) override {
    Json& object = *open_.back();
    object.members_.emplace_back(std::move(value), Json());
  }
  void startObject() override { open_.push_back(&place(Json::object())); }
  void startArray() override { open_.push_back(&place(Json::array())); }
  void endObject() override { open_.pop_back(); }
  void endArray() override { open_.pop_back(); }

 private:
  // Containers only grow at their end while they are open, and only the innermost one grows, so
  // these pointers stay valid.
  Json& place(Json value) {
    if (open_.empty()) return root = std::move(value);
    Json& container = *open_.back();
    if (container.is_array()) {
      container.elements_.push_back(std::move(value));
      return container.elements_.back();
    }
    return container.members_.back().second = std::move(value);
  }

  std::vector<Json*> open_;
};

Json Json::parse(std::string_view text) {
  JsonDocumentBuilder builder;
  if (!parseJson(text, 512, builder).empty()) return Json();
  return std::move(builder.root);
}

}  // namespace core

#include "load_report.h"
#include "decimal.h"

namespace core {

namespace {

void keep(std::vector<Problem>& list, std::size_t& count, std::string path, std::string message) {
  if (list.size() < LoadReport::kMaxKept) list.push_back({std::move(path), std::move(message)});
  ++count;
}

void append(std::string& out, const char* kind, const std::vector<Problem>& list,
            std::size_t count) {
  for (const Problem& p : list) out += std::string(kind) + ": " + p.text() + "\n";
  if (count > list.size())
    out += "… and " + decimal(count - list.size()) + " more " + kind + "s\n";
}

}  // namespace

void LoadReport::error(std::string path, std::string message) {
  keep(errors_, errorCount_, std::move(path), std::move(message));
}

void LoadReport::warning(std::string path, std::string message) {
  keep(warnings_, warningCount_, std::move(path), std::move(message));
}

std::string LoadReport::text() const {
  std::string out;
  append(out, "error", errors_, errorCount_);
  append(out, "warning", warnings_, warningCount_);
  return out;
}

}  // namespace core

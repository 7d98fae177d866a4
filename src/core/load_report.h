// What a loader found wrong with its input: errors (the input is rejected) and warnings (it is
// accepted, something is worth a look). Every problem names where it is as a JSON-style path.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace core {

struct Problem {
  std::string path;     // e.g. "roles[3].salary.mid"; empty for the document as a whole
  std::string message;  // e.g. "min 250000 is above max 180000"

  std::string text() const { return path.empty() ? message : path + ": " + message; }
};

class LoadReport {
 public:
  // At most this many problems of each kind are kept (a hostile file could produce millions);
  // the rest are only counted.
  static constexpr std::size_t kMaxKept = 200;

  void error(std::string path, std::string message);
  void warning(std::string path, std::string message);

  // Whether the next problem of the kind would be kept (and so is worth describing fully).
  bool keepsErrors() const { return errors_.size() < kMaxKept; }
  bool keepsWarnings() const { return warnings_.size() < kMaxKept; }

  bool ok() const { return errorCount_ == 0; }
  const std::vector<Problem>& errors() const { return errors_; }
  const std::vector<Problem>& warnings() const { return warnings_; }
  std::size_t errorCount() const { return errorCount_; }
  std::size_t warningCount() const { return warningCount_; }

  // All kept problems, one per line, errors first ("error: path: message"), then a line
  // "… and N more" where some were dropped.
  std::string text() const;

 private:
  std::vector<Problem> errors_, warnings_;
  std::size_t errorCount_ = 0, warningCount_ = 0;
};

}  // namespace core

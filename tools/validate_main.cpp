// career-explorer-validate FILE: checks a careers.json with the same loader the widget uses.
// Prints every problem ("error: roles[3].salary.mid: min 250000 is above max 180000"), then a
// summary. Exit status: 0 valid (warnings allowed), 1 invalid or unreadable, 2 usage.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <system_error>

#include "data_loader.h"

namespace {

int unreadable(const std::string& path, const std::string& why) {
  std::cerr << path << ": " << why << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: career-explorer-validate FILE\n"
                 "Checks a career data file (see docs/data-format.md).\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const std::string path = argv[1];
  const core::JsonLimits limits;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found)
    return unreadable(path, "there is no such file");
  if (status.type() == fs::file_type::directory)
    return unreadable(path, "is a folder, not a file: give the path of the .json file in it");
  if (status.type() == fs::file_type::regular) {
    const auto size = fs::file_size(path, ec);
    if (!ec && size > limits.maxBytes) {
      std::cout << "error: " << core::fileTooLargeMessage(size, limits.maxBytes) << "\n"
                << path << ": invalid — 1 error(s), 0 warning(s)\n";
      return 1;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return unreadable(path, std::string("cannot be opened: ") + std::strerror(errno));
  // Read one byte past the limit (a pipe has no size to ask for), so an oversized input is
  // reported as such without reading all of it.
  std::string text;
  text.resize(limits.maxBytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) return unreadable(path, std::string("cannot be read: ") + std::strerror(errno));
  text.resize(static_cast<std::size_t>(in.gcount()));

  core::LoadResult result = core::loadCatalog(text, limits);
  std::cout << result.report.text();
  const auto& c = result.catalog;
  if (result.report.ok()) {
    std::cout << path << ": valid — " << c.roles.size() << " roles, " << c.skills.size()
              << " skills, " << c.courses.size() << " courses, " << c.profiles.size()
              << " profiles; " << result.report.warningCount() << " warning(s)\n";
    return 0;
  }
  std::cout << path << ": invalid — " << result.report.errorCount() << " error(s), "
            << result.report.warningCount() << " warning(s)\n";
  return 1;
}

// career-explorer-validate FILE: checks a careers.json with the same loader the widget uses.
// Prints every problem ("error: roles[3].salary.mid: min 250000 is above max 180000"), then a
// summary. Exit status: 0 valid (warnings allowed), 1 invalid or unreadable, 2 usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "data_loader.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: career-explorer-validate FILE\n"
                 "Checks a career data file (see docs/data-format.md).\n";
    return 2;
  }
  const std::string path = argv[1];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": cannot open the file\n";
    return 1;
  }
  // Read one byte past the limit, so an oversized file is reported as such without reading all.
  core::JsonLimits limits;
  std::string text;
  text.resize(limits.maxBytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
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

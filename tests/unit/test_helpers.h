// Small helpers shared by the unit tests: reading the real data file, and a minimal valid
// document that each rejection test breaks in exactly one way.
#pragma once

#include <string>

#include "data_loader.h"

namespace test {

std::string readFile(const std::string& path);
std::string realData();  // data/careers.json

// The smallest document the loader accepts: one skill, one role, one course, one profile.
core::Json minimalDocument();

// loadCatalog(doc.dump()) — for tests that mutate minimalDocument().
core::LoadResult load(const core::Json& doc);

// True when some error's text (path + ": " + message) equals `text`.
bool hasError(const core::LoadReport& report, const std::string& text);
bool hasWarning(const core::LoadReport& report, const std::string& text);

}  // namespace test

#include "test_helpers.h"

#include <fstream>
#include <iterator>

namespace test {

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string realData() { return readFile(CE_DATA_FILE); }

core::Json minimalDocument() {
  return core::Json::parse(R"({
    "format": 1,
    "source": {"title": "An article", "year": 2026, "region": "US", "currency": "USD",
               "as_of": "2026-11"},
    "skills": [{"id": "python", "name": "Python", "category": "technical",
                "description": "Writing programs in Python."}],
    "roles": [{
      "id": "engineer", "title": "Engineer", "summary": "Builds things.",
      "activities": ["Builds"],
      "salary": {
        "entry":  {"min": 90000, "max": 120000, "confidence": "article",
                   "provenance": "from $90,000 to $120,000"},
        "mid":    {"min": null, "max": null, "confidence": "article", "note": "not stated"},
        "senior": {"min": 180000, "max": null, "open_max": true, "confidence": "article",
                   "provenance": "well over 180,000 dollars"}
      },
      "skills": [{"skill": "python", "level": 2, "weight": 3}],
      "tools": ["PyTorch"]
    }],
    "courses": [{
      "id": "py101", "title": "Python 101", "provider": "Coursera", "partner": "",
      "url": "https://example.org/py101", "url_confidence": "confirmed",
      "level": {"value": "beginner", "confidence": "article"},
      "hours": {"value": 10, "confidence": "secondary"},
      "price": {"model": "free", "usd": 0, "confidence": "secondary"},
      "rating": null,
      "teaches": [{"skill": "python", "level": 2}],
      "confidence": "confirmed", "legacy": null
    }],
    "profiles": [{"id": "student", "name": "Student", "ratings": {"python": 1}}]
  })");
}

core::LoadResult load(const core::Json& doc) { return core::loadCatalog(doc.dump()); }

namespace {
bool contains(const std::vector<core::Problem>& list, const std::string& text) {
  for (const auto& p : list)
    if (p.text() == text) return true;
  return false;
}
}  // namespace

bool hasError(const core::LoadReport& report, const std::string& text) {
  return contains(report.errors(), text);
}
bool hasWarning(const core::LoadReport& report, const std::string& text) {
  return contains(report.warnings(), text);
}

}  // namespace test

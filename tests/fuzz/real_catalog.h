// The bundled catalogue (data/careers.json), loaded once, for the fuzz targets that need real ids
// and names. A file that does not load is a broken build, not a finding: it aborts at once.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "data_loader.h"
#include "test_data_path.h"

inline const core::Catalog& realCatalog() {
  static const core::LoadResult loaded = [] {
    std::FILE* f = std::fopen(CE_DATA_FILE, "rb");
    std::string text;
    char buf[65536];
    for (std::size_t n; f && (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
    if (f) std::fclose(f);
    return core::loadCatalog(text);
  }();
  if (!loaded.report.ok()) std::abort();
  return loaded.catalog;
}

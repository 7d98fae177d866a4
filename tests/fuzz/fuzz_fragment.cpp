// libFuzzer target: the share-link decoder must accept any bytes (no crash, hang or unbounded
// allocation), and what it returns must be a valid state that encodes and decodes to itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "data_loader.h"
#include "share_link.h"
#include "test_data_path.h"

namespace {
const core::Catalog& catalog() {
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
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  core::DecodedFragment decoded = core::decodeFragment(input, catalog());
  // Whatever came in, the state is one a link of ours can carry exactly.
  core::DecodedFragment again = core::decodeFragment(core::encodeFragment(decoded.state), catalog());
  if (!(again.state == decoded.state) || !again.notices.empty()) std::abort();
  return 0;
}

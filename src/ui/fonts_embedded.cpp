// ui::loadFonts for native builds: Inter, subset at build time (scripts/make-font.sh) and embedded.
#include "fonts.h"

#include <cstddef>
#include <cstdio>

#include "imgui.h"

extern const unsigned char ce_font_inter_regular[];
extern const std::size_t ce_font_inter_regular_size;
extern const unsigned char ce_font_inter_semibold[];
extern const std::size_t ce_font_inter_semibold_size;

namespace ui {

namespace {

ImFont* addEmbedded(const unsigned char* data, std::size_t size, const char* name,
                    bool mergeIntoLast = false) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static storage: the atlas must not free it
  config.MergeMode = mergeIntoLast;
  std::snprintf(config.Name, sizeof config.Name, "%s", name);
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), TextSize::kBody,
                                                    &config);
}

}  // namespace

Fonts loadFonts() {
  Fonts fonts;
  fonts.regular = addEmbedded(ce_font_inter_regular, ce_font_inter_regular_size, "Inter Regular");
  fonts.bold = addEmbedded(ce_font_inter_semibold, ce_font_inter_semibold_size, "Inter SemiBold");
  // The bold subset is ASCII and punctuation only (scripts/make-font.sh); other characters in
  // bold text come from Regular, merged in behind it.
  addEmbedded(ce_font_inter_regular, ce_font_inter_regular_size, "Inter Regular (fallback)", true);
  ImGui::GetIO().FontDefault = fonts.regular;
  return fonts;
}

}  // namespace ui

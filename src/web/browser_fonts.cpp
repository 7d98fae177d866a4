// ui::loadFonts for the browser: an ImGui font loader whose glyphs the browser draws
// (library_browser_fonts.js). Native builds embed Inter instead (src/ui/fonts_embedded.cpp): the
// headless tests need the same pixels on every machine, a reader's page does not.
//
// ImGui 1.92 asks a loader for one glyph at a time, at the size and density it is drawn at, and
// packs it into its atlas itself; this loader answers from the canvas's measureText and fillText.
// Reading a canvas's pixels back is the slow part (a first frame needs some 250 glyphs), so a
// glyph's place in the atlas is reserved at once and its pixels come for all of a frame's new
// glyphs together, before the frame is drawn (flushBrowserGlyphs).
#include "browser_fonts.h"

#include <emscripten/em_macros.h>
#include <emscripten/emscripten.h>

#include <vector>

#include "fonts.h"
#include "frame_scheduler.h"
#include "imgui.h"
#include "imgui_internal.h"

extern "C" {
void ce_js_font_metrics(int bold, float size, float* out);
double ce_js_font_glyph(int bold, float size, float density, int codepoint, int* out);
int ce_js_fonts_usable(void);
int ce_js_font_stage(void);
void ce_js_font_read_back(unsigned char* pixels);
}

namespace {

// ImFontBaked::IndexLookup's markers (imgui_draw.cpp): a glyph not asked for yet, and one its
// loader could not give.
constexpr ImU16 kGlyphUnused = static_cast<ImU16>(-1);
constexpr ImU16 kGlyphNotFound = static_cast<ImU16>(-2);

// A glyph drawn in the staging area whose pixels are not in the atlas yet.
struct StagedGlyph {
  ImFontAtlasRectId packId;
  int width;
  int height;
};

std::vector<StagedGlyph>& staged() {
  static std::vector<StagedGlyph> glyphs;
  return glyphs;
}

// The glyphs a frame may draw for the first time: at least kMinGlyphsPerFrame (enough for a first
// frame in another alphabet, every letter in every size the views use), and more while the frame's
// glyph work has taken under kGlyphBudgetMs. Latin-1 is never held back: it is the text of the
// interface itself and a few hundred glyphs at most.
constexpr int kMinGlyphsPerFrame = 512;
constexpr double kGlyphBudgetMs = 12.0;

struct GlyphBudget {
  double spentMs = 0;  // in this frame's glyph work so far
  int loaded = 0;
  // Codepoints refused this frame, asked for again in the next; past the room, the rest are
  // found again when the next frame lays out the same text.
  ImWchar deferred[4096];
  int deferredCount = 0;
};

GlyphBudget& budget() {
  static GlyphBudget b;
  return b;
}

// Whether `c` may be drawn for the first time in this frame (counting it when it may).
bool withinBudget(ImWchar c) {
  if (c < 0x100 || c == 0xFFFD) return true;  // U+FFFD: the fallback itself
  GlyphBudget& b = budget();
  if (b.loaded >= kMinGlyphsPerFrame && b.spentMs > kGlyphBudgetMs) {
    if (b.deferredCount < IM_ARRAYSIZE(b.deferred)) b.deferred[b.deferredCount++] = c;
    return false;
  }
  ++b.loaded;
  return true;
}

// ImFontConfig::FontLoaderFlags is the loader's own setting: here, which weight.
constexpr unsigned kBold = 1;

int weightOf(const ImFontConfig* src) { return (src->FontLoaderFlags & kBold) ? 1 : 0; }

bool drawable(ImWchar c) {
  // Control characters and lone surrogate halves have no picture: ImGui shows its fallback. So
  // do planes 3 to 16 (unassigned, tags, private use): a size's glyph index reaches the highest
  // code point it met, and planes 1 and 2 (emoji, CJK extensions) keep it under 1.2 MB.
  return c >= 0x20 && !(c >= 0x7F && c < 0xA0) && !(c >= 0xD800 && c < 0xE000) && c < 0x30000;
}

bool containsGlyph(ImFontAtlas*, ImFontConfig*, ImWchar c) { return drawable(c); }

bool bakedInit(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
  float metrics[2] = {0, 0};
  ce_js_font_metrics(weightOf(src), baked->Size, metrics);
  baked->Ascent = ImCeil(metrics[0]);
  baked->Descent = ImFloor(-metrics[1]);
  return true;
}

bool loadGlyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
               ImFontGlyph* outGlyph, float* outAdvanceX) {
  if (!drawable(codepoint)) return false;
  if (!withinBudget(codepoint)) return false;  // the fallback for now (beginGlyphFrame)
  const float density = src->RasterizerDensity * baked->RasterizerDensity;
  int box[4] = {0, 0, 0, 0};  // x0, y0, width, height in device pixels, pen on the baseline
  const double start = emscripten_get_now();
  const double advance = ce_js_font_glyph(weightOf(src), baked->Size, density, codepoint, box);
  budget().spentMs += emscripten_get_now() - start;
  if (advance < 0) return false;
  if (outAdvanceX) {  // ImGui wants the advance only, to lay out text it may never draw
    *outAdvanceX = static_cast<float>(advance);
    return true;
  }
  outGlyph->Codepoint = codepoint;
  outGlyph->AdvanceX = static_cast<float>(advance);
  const int width = box[2], height = box[3];
  if (width <= 0 || height <= 0) return true;  // a space: an advance, nothing to draw

  const ImFontAtlasRectId packId = ImFontAtlasPackAddRect(atlas, width, height);
  if (packId == ImFontAtlasRectId_Invalid) return false;  // atlas full: ImGui shows its fallback
  ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, packId);
  if (!ce_js_font_stage()) {  // the staging area is full: empty it, then stage this one
    web::flushBrowserGlyphs();
    ce_js_font_stage();
  }
  staged().push_back({packId, width, height});

  // From device pixels with the pen at the origin to ImGui pixels from the line's top.
  const float scale = 1.0f / density;
  const float top = IM_ROUND(baked->Ascent);
  outGlyph->X0 = box[0] * scale;
  outGlyph->Y0 = box[1] * scale + top;
  outGlyph->X1 = (box[0] + static_cast<int>(rect->w)) * scale;
  outGlyph->Y1 = (box[1] + static_cast<int>(rect->h)) * scale + top;
  outGlyph->Visible = true;
  outGlyph->PackId = packId;
  return true;
}

const ImFontLoader* browserFontLoader() {
  static ImFontLoader loader;
  loader.Name = "browser canvas";
  loader.FontSrcContainsGlyph = containsGlyph;
  loader.FontBakedInit = bakedInit;
  loader.FontBakedLoadGlyph = loadGlyph;
  return &loader;
}

ImFont* addFace(const char* name, unsigned flags) {
  ImFontConfig config;
  config.FontLoader = browserFontLoader();  // no font file: the loader alone
  config.FontLoaderFlags = flags;
  config.SizePixels = ui::TextSize::kBody;
  ImFormatString(config.Name, sizeof config.Name, "%s", name);
  return ImGui::GetIO().Fonts->AddFont(&config);
}

}  // namespace

// imgui_draw.cpp is compiled with IMGUI_ENABLE_FREETYPE for the browser (cmake/imgui), which
// leaves stb_truetype out of the wasm; its one reference to a default loader lands here.
namespace ImGuiFreeType {
const ImFontLoader* GetFontLoader() { return browserFontLoader(); }
}  // namespace ImGuiFreeType

// A web font the page names (an @font-face in its CSS) came after glyphs were drawn with a
// fallback: they are drawn again (library_browser_fonts.js calls this once the font is there).
extern "C" EMSCRIPTEN_KEEPALIVE void ce_platform_fonts_changed() {
  if (!ImGui::GetCurrentContext()) return;  // the widget was taken down meanwhile
  web::flushBrowserGlyphs();
  ImFontAtlasBuildDiscardBakes(ImGui::GetIO().Fonts, 0);
  web::requestFrames(2);
}

namespace web {

bool browserFontsUsable() { return ce_js_fonts_usable() != 0; }

bool glyphsDeferred() { return budget().deferredCount > 0; }

void beginGlyphFrame() {
  GlyphBudget& b = budget();
  b.spentMs = 0;
  b.loaded = 0;
  if (b.deferredCount == 0) return;
  // ImGui marked each refused glyph as missing (so that it is not asked for twice): unmark it
  // in every size it was refused in, so that this frame asks again.
  ImFontAtlasBuilder* builder = ImGui::GetIO().Fonts->Builder;
  for (int i = 0; builder && i < builder->BakedPool.Size; ++i) {
    ImFontBaked& baked = builder->BakedPool[i];
    for (int k = 0; k < b.deferredCount; ++k) {
      const ImWchar c = b.deferred[k];
      if (c >= baked.IndexLookup.Size || baked.IndexLookup[c] != kGlyphNotFound) continue;
      baked.IndexLookup[c] = kGlyphUnused;
      baked.IndexAdvanceX[c] = -1.0f;
    }
  }
  b.deferredCount = 0;
}

void flushBrowserGlyphs() {
  std::vector<StagedGlyph>& glyphs = staged();
  if (glyphs.empty()) return;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  std::size_t bytes = 0;
  for (const StagedGlyph& g : glyphs) bytes += static_cast<std::size_t>(g.width) * g.height;
  ImVector<unsigned char>& pixels = atlas->Builder->TempBuffer;
  pixels.resize(static_cast<int>(bytes));
  ce_js_font_read_back(pixels.Data);
  // Where each glyph is now: the atlas may have grown or been repacked since it was reserved.
  ImTextureData* tex = atlas->TexData;
  const unsigned char* from = pixels.Data;
  for (const StagedGlyph& g : glyphs) {
    if (ImTextureRect* r = ImFontAtlasPackGetRectSafe(atlas, g.packId)) {
      ImFontAtlasTextureBlockConvert(from, ImTextureFormat_Alpha8, g.width,
                                     static_cast<unsigned char*>(tex->GetPixelsAt(r->x, r->y)),
                                     tex->Format, tex->GetPitch(), r->w, r->h);
      ImFontAtlasTextureBlockQueueUpload(atlas, tex, r->x, r->y, r->w, r->h);
    }
    from += static_cast<std::size_t>(g.width) * g.height;
  }
  glyphs.clear();
}

}  // namespace web

namespace ui {

Fonts loadFonts() {
  ImGui::GetIO().Fonts->SetFontLoader(browserFontLoader());
  Fonts fonts;
  fonts.regular = addFace("Regular", 0);
  fonts.bold = addFace("SemiBold", kBold);
  ImGui::GetIO().FontDefault = fonts.regular;
  return fonts;
}

}  // namespace ui

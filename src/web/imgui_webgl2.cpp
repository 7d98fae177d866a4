#include "imgui_webgl2.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "gl_bridge.h"
#include "imgui.h"

namespace web::imgui_webgl2 {

namespace {

// library_webgl2.js reads vertices and indices in this layout.
static_assert(sizeof(ImDrawVert) == 20 && offsetof(ImDrawVert, pos) == 0 && offsetof(ImDrawVert, uv) == 8 &&
                  offsetof(ImDrawVert, col) == 16,
              "library_webgl2.js expects ImGui's default vertex: position, uv, colour");
static_assert(sizeof(ImDrawIdx) == 2, "library_webgl2.js draws 16-bit indices");

// OpenGL ES 3.0 guarantees textures this large; asking for the real limit would be a read-back.
constexpr int kMaxTextureSize = 2048;

// The whole frame's vertices and indices, so that each buffer is uploaded with one call.
struct Geometry {
  ImVector<ImDrawVert> vertices;
  ImVector<ImDrawIdx> indices;
};

Geometry geometry;

void createTexture(ImTextureData* tex) {
  IM_ASSERT(tex->Format == ImTextureFormat_RGBA32);
  tex->SetTexID(static_cast<ImTextureID>(ce_gl_texture_create(tex->Width, tex->Height, tex->GetPixels())));
  tex->SetStatus(ImTextureStatus_OK);
}

// New glyphs land in parts of the atlas never used before: only those rectangles are sent, read
// straight out of the atlas's pixels (the row length says how far apart its rows are).
void updateTexture(ImTextureData* tex) {
  for (const ImTextureRect& r : tex->Updates)
    ce_gl_texture_update(static_cast<int>(tex->TexID), tex->Width, r.x, r.y, r.w, r.h, tex->GetPixelsAt(r.x, r.y));
  tex->SetStatus(ImTextureStatus_OK);
}

void destroyTexture(ImTextureData* tex) {
  ce_gl_texture_destroy(static_cast<int>(tex->TexID));
  tex->SetTexID(ImTextureID_Invalid);
  tex->SetStatus(ImTextureStatus_Destroyed);
}

void serviceTextures(ImVector<ImTextureData*>* textures) {
  if (textures == nullptr) return;
  for (ImTextureData* tex : *textures) {
    switch (tex->Status) {
      case ImTextureStatus_WantCreate: createTexture(tex); break;
      case ImTextureStatus_WantUpdates: updateTexture(tex); break;
      // ImGui counts the frames since its last use; one is enough, as WebGL keeps a texture
      // alive for draws already issued.
      case ImTextureStatus_WantDestroy:
        if (tex->UnusedFrames > 0) destroyTexture(tex);
        break;
      default: break;
    }
  }
}

// Gathers every draw list into one vertex and one index array (each then uploaded with one call).
void gatherGeometry(const ImDrawData* drawData) {
  geometry.vertices.resize(drawData->TotalVtxCount);
  geometry.indices.resize(drawData->TotalIdxCount);
  ImDrawVert* vtx = geometry.vertices.Data;
  ImDrawIdx* idx = geometry.indices.Data;
  for (const ImDrawList* list : drawData->CmdLists) {
    std::memcpy(vtx, list->VtxBuffer.Data, list->VtxBuffer.size_in_bytes());
    std::memcpy(idx, list->IdxBuffer.Data, list->IdxBuffer.size_in_bytes());
    vtx += list->VtxBuffer.Size;
    idx += list->IdxBuffer.Size;
  }
}

}  // namespace

void init() {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "ce_webgl2";
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
  ImGuiPlatformIO& platformIo = ImGui::GetPlatformIO();
  platformIo.Renderer_TextureMaxWidth = platformIo.Renderer_TextureMaxHeight = kMaxTextureSize;
  ce_gl_init();
}

void forgetContext() {
  ce_gl_forget();  // the old objects belong to the lost context: they can only be forgotten
  for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
    if (tex->Status == ImTextureStatus_Destroyed) continue;
    tex->SetTexID(ImTextureID_Invalid);
    tex->SetStatus(ImTextureStatus_Destroyed);  // ImGui then asks for it to be created again
  }
}

bool programFailed() { return ce_gl_program_failed() != 0; }

void render(ImDrawData* drawData, const ImVec4& clearColour, int width, int height) {
  if (width <= 0 || height <= 0) return;
  serviceTextures(drawData->Textures);

  // ImGui's coordinates (DisplayPos at the top left, y down) to clip space (y up).
  const float left = drawData->DisplayPos.x;
  const float right = left + drawData->DisplaySize.x;
  const float top = drawData->DisplayPos.y;
  const float bottom = top + drawData->DisplaySize.y;
  gatherGeometry(drawData);
  ce_gl_frame(width, height, clearColour.x, clearColour.y, clearColour.z, geometry.vertices.Data,
              (std::size_t)geometry.vertices.size_in_bytes(), geometry.indices.Data,
              (std::size_t)geometry.indices.size_in_bytes(), 2.0f / (right - left), 2.0f / (top - bottom),
              (right + left) / (left - right), (top + bottom) / (bottom - top));
  if (drawData->TotalIdxCount == 0) return;

  const ImVec2 clipOrigin = drawData->DisplayPos;
  const ImVec2 clipScale = drawData->FramebufferScale;
  unsigned listFirstVertex = 0;
  unsigned listFirstIndex = 0;
  for (const ImDrawList* list : drawData->CmdLists) {
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        // The fixed state never changes, so a request to reset it needs nothing; any other
        // callback must leave the state as it found it.
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        continue;
      }
      // The clip rectangle in device pixels; GL counts rows from the bottom.
      const float minX = (cmd.ClipRect.x - clipOrigin.x) * clipScale.x;
      const float minY = (cmd.ClipRect.y - clipOrigin.y) * clipScale.y;
      const float maxX = (cmd.ClipRect.z - clipOrigin.x) * clipScale.x;
      const float maxY = (cmd.ClipRect.w - clipOrigin.y) * clipScale.y;
      if (maxX <= minX || maxY <= minY) continue;
      ce_gl_draw((int)minX, (int)((float)height - maxY), (int)(maxX - minX), (int)(maxY - minY),
                 static_cast<int>(cmd.GetTexID()), listFirstVertex + cmd.VtxOffset, (int)cmd.ElemCount,
                 static_cast<std::uintptr_t>(listFirstIndex + cmd.IdxOffset) * sizeof(ImDrawIdx));
    }
    listFirstVertex += (unsigned)list->VtxBuffer.Size;
    listFirstIndex += (unsigned)list->IdxBuffer.Size;
  }
}

}  // namespace web::imgui_webgl2

#include "frame_digest.h"

#include "hash_map.h"
#include "imgui.h"

namespace web {

std::uint64_t frameDigest(const ImDrawData& drawData, const ImVec4& clearColour, int width, int height) {
  core::WordHasher d;  // the core's word-by-word hash (hash_map.h)
  d.value(width);
  d.value(height);
  d.value(clearColour);
  d.value(drawData.DisplayPos);
  d.value(drawData.DisplaySize);
  d.value(drawData.FramebufferScale);
  for (const ImDrawList* list : drawData.CmdLists) {
    d.bytes(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
    d.bytes(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      d.value(cmd.ClipRect);
      d.value(cmd.GetTexID());
      d.value(cmd.VtxOffset);
      d.value(cmd.IdxOffset);
      d.value(cmd.ElemCount);
      d.value(reinterpret_cast<std::uintptr_t>(cmd.UserCallback));
    }
  }
  return d.result();
}

bool texturesPending(const ImDrawData& drawData) {
  if (!drawData.Textures) return false;
  for (const ImTextureData* tex : *drawData.Textures)
    if (tex->Status != ImTextureStatus_OK && tex->Status != ImTextureStatus_Destroyed) return true;
  return false;
}

}  // namespace web

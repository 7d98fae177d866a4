#include "frame_digest.h"

#include <cstring>

#include "imgui.h"

namespace web {
namespace {

// A multiply-xorshift mix per 64-bit word (the constants are the 64-bit golden ratio and an odd
// multiplier with good avalanche): fast in wasm, and a collision between two different frames is
// a 2^-64 event, not a pattern real draw data can hit.
class Digest {
 public:
  void word(std::uint64_t w) {
    h_ = (h_ ^ w) * 0x9E3779B97F4A7C15ull;
    h_ ^= h_ >> 29;
  }
  void bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; p && i + 8 <= size; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      word(w);
    }
    std::uint64_t tail = 0;
    if (size > i) std::memcpy(&tail, p + i, size - i);
    word(tail ^ (static_cast<std::uint64_t>(size) << 56));
  }
  template <typename T>
  void value(const T& v) {
    bytes(&v, sizeof v);
  }
  std::uint64_t result() const { return h_ * 0xBF58476D1CE4E5B9ull; }

 private:
  std::uint64_t h_ = 0xCBF29CE484222325ull;
};

}  // namespace

std::uint64_t frameDigest(const ImDrawData& drawData, const ImVec4& clearColour, int width, int height) {
  Digest d;
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

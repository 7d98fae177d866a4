// Whether a frame would put anything new on the canvas. Settle frames after input, a mouse move
// over nothing that reacts, a late frame for a tooltip that is not due yet: many frames ImGui
// builds draw exactly what the canvas already shows. Presenting such a frame still costs the
// GPU a full clear and draw and, where WebGL is rendered in software, the page a commit that
// waits for it; so the renderer compares a digest of the frame with the last presented one and
// leaves the canvas alone when they match (the browser keeps showing the last presented frame).
#pragma once

#include <cstdint>

struct ImDrawData;
struct ImVec4;

namespace web {

// A 64-bit digest of everything that decides the frame's pixels: the framebuffer size, the
// clear colour, and each draw list's vertices, indices and commands (clip rectangles, textures,
// offsets). Reads the buffers once, eight bytes at a time.
std::uint64_t frameDigest(const ImDrawData& drawData, const ImVec4& clearColour, int width, int height);

// True when a texture waits to be created, updated or destroyed: the renderer must run then
// even if the geometry is unchanged (ImGui 1.92 hands texture work over with the draw data).
bool texturesPending(const ImDrawData& drawData);

}  // namespace web

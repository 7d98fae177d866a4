// Functions implemented in JavaScript (library_webgl2.js, the WebGL2 half of the renderer) and
// called from C++. Addresses are into the wasm's memory and read only during the call.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" {

// Takes over the WebGL2 context the page made for the canvas (web/app.js); 0 when there is none.
// Its loss and restoration come back through ce_gl_context_lost / ce_gl_context_restored.
int ce_gl_create(void);

// Makes the program, vertex array and buffers and sets the fixed state, on a new or restored
// context. ce_gl_forget lets go of every object after a loss.
void ce_gl_init(void);
void ce_gl_forget(void);

// 1 when the context is live and the program did not link (reads state back: call it once).
int ce_gl_program_failed(void);

// Textures of RGBA pixels, named by ids that are never 0: made from width x height pixels,
// updated one rectangle at a time (its pixels in rows `rowLength` pixels apart), deleted.
int ce_gl_texture_create(int width, int height, const void* pixels);
void ce_gl_texture_update(int id, int rowLength, int x, int y, int width, int height, const void* pixels);
void ce_gl_texture_destroy(int id);

// Starts a frame: clears the backing store (width x height device px) to r, g, b and, unless
// there is nothing to draw, uploads the frame's vertices (ImDrawVert) and 16-bit indices and sets
// the transform from ImGui's pixels to clip space (xy scale, zw offset).
void ce_gl_frame(int width, int height, float r, float g, float b, const void* vertices, std::size_t vertexBytes,
                 const void* indices, std::size_t indexBytes, float scaleX, float scaleY, float offsetX, float offsetY);

// One draw command: `count` indices from byte `indexByte` of the frame's index buffer, counting
// from vertex `firstVertex`, with texture `texture`, clipped to a scissor rectangle in device px
// whose rows count from the bottom.
void ce_gl_draw(int x, int y, int width, int height, int texture, unsigned firstVertex, int count,
                std::uintptr_t indexByte);

}  // extern "C"

// The WebGL2 side: the context on the canvas, the renderer on it (imgui_webgl2.h), and surviving
// context loss.
#pragma once

struct ImDrawData;
struct ImVec4;

namespace web {

// Creates a WebGL2 context on the canvas with this id (no '#') and initialises the renderer.
// False when the browser gives no WebGL2 context.
bool rendererInit(const char* canvasId);

// Clears the backing store (width x height device px) and draws the frame.
void rendererRender(ImDrawData* drawData, const ImVec4& clearColour, int width, int height);

}  // namespace web

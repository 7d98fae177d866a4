// The WebGL2 side: the context on the canvas, the renderer on it (imgui_webgl2.h), and surviving
// context loss.
#pragma once

struct ImDrawData;
struct ImVec4;

namespace web {

// Creates a WebGL2 context on the canvas with this id (no '#') and initialises the renderer.
// False when the browser gives no WebGL2 context.
bool rendererInit(const char* canvasId);

// Clears the backing store (width x height device px) and draws the frame, unless it is the
// frame the canvas already shows (frame_digest.h): then nothing is drawn and it returns false.
bool rendererRender(ImDrawData* drawData, const ImVec4& clearColour, int width, int height);

// The next frame is drawn even if it matches the last one: what the canvas shows may be gone
// (drawing was paused: hidden page, canvas scrolled away).
void rendererForgetPresented();

}  // namespace web

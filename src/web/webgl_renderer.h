// The WebGL2 side: the context on the canvas, the renderer on it (imgui_webgl2.h), and surviving
// context loss.
#pragma once

struct ImDrawData;
struct ImVec4;

namespace web {

// Takes over the WebGL2 context the page made for the canvas (web/app.js, makeGraphicsContext)
// and initialises the renderer on it. False when there is none.
bool rendererInit();

// Clears the backing store (width x height device px) and draws the frame, unless it is the
// frame the canvas already shows (frame_digest.h): then nothing is drawn and it returns false.
bool rendererRender(ImDrawData* drawData, const ImVec4& clearColour, int width, int height);

// The next frame is drawn even if it matches the last one: what the canvas shows may be gone
// (drawing was paused: hidden page, canvas scrolled away).
void rendererForgetPresented();

}  // namespace web

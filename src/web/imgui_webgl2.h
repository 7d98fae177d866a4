// Dear ImGui's draw data on a WebGL2 context that the widget owns alone. This half turns ImGui's
// textures and draw lists into calls of the WebGL half, library_webgl2.js (gl_bridge.h).
//
// Why not ImGui's stock OpenGL3 backend: it is written to share a context with an engine, so
// around every frame it saves and restores the GL state with glGet*/glIsEnabled. In a browser
// each such read makes the page's main thread wait until the GPU process has run every earlier
// command (in software rendering, tens of milliseconds on a busy machine). Nothing else draws on
// our canvas, so the fixed state is set once per context and a frame only writes: no call here
// reads anything back from WebGL while a frame is drawn.
#pragma once

struct ImDrawData;
struct ImVec4;

namespace web::imgui_webgl2 {

// Creates the program, vertex array and buffers on the current context, sets the fixed state and
// tells ImGui what this renderer does (textures created and updated by it, 16-bit indices with
// vertex offsets). Call once per context: at start and again after the context is restored.
void init();

// The context was lost: every GL object is gone. Forgets them and marks ImGui's textures as
// destroyed, so ImGui asks for them again (with their pixels, which it keeps) after init().
void forgetContext();

// True when the context is live and the program did not link. Reads state back (it waits for
// the GPU process), so it is called once, away from the first frame.
bool programFailed();

// Clears the backing store (width x height device px) to `clearColour` and draws the frame.
void render(ImDrawData* drawData, const ImVec4& clearColour, int width, int height);

}  // namespace web::imgui_webgl2

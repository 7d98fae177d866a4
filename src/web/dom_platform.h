// Platform backend for Dear ImGui in a browser page: DOM input -> ImGui IO, canvas size and
// device pixel ratio and mouse cursor. The counterpart of ImGui's own platform
// backends (imgui_impl_glfw, imgui_impl_sdl2), written for the DOM because Emscripten 3.1.6's
// GLFW emulation has no HiDPI and listens for keys on the whole page.
//
// Event source: library_career_explorer.js listens for keydown/keyup, wheel and focus/blur (all
// on the canvas, so a blog's typing is never swallowed), Pointer Events (mouse, pen), Touch
// Events (non-passive, so the widget can decide per gesture), ResizeObserver in device pixels,
// devicePixelRatio changes, IntersectionObserver and visibilitychange, and calls back the
// ce_platform_* functions exported from dom_platform.cpp with the fields they read.
// (Emscripten's html5.h covers only some of these, through generic event structs, and its glue
// was larger than all of this.)
//
// A good guest: the wheel and touch drags scroll the widget only where it can scroll, and are
// otherwise left to the browser, which scrolls the page (scroll chaining); two fingers always
// zoom the page; Ctrl+wheel zooms the page; keys the widget does not use reach the page. See
// touch_gesture.h for how a finger is read, ui/input_map.h for what scrolls where.
//
// Only ImGui's public API is used. Every event asks the frame scheduler for frames
// (frame_scheduler.h); presses and releases, key presses and taps also draw synchronously,
// inside the event handler, so what they trigger runs within the reader's gesture.
#pragma once

namespace web {

// Call once, with the ImGui context current and the canvas in the page.
// `canvasId` is the element id, without '#'.
void platformInit(const char* canvasId);
// Removes every listener and observer platformInit installed and forgets the platform's state
// (the page's widget.destroy()). Events after it do nothing.
void platformShutdown();

// Call before ImGui::NewFrame(): display size, framebuffer scale, delta time.
void platformNewFrame();

// Call after ImGui::Render(): shows ImGui's mouse cursor as the canvas' CSS cursor.
void platformEndFrame();

// True while the reader holds a mouse button or a finger: ImGui runs drags from frame to frame,
// so frames must keep coming. (Held keys need none: the browser repeats keydown events.)
bool platformInputHeld();

// The canvas backing store in device pixels (what glViewport covers).
int framebufferWidth();
int framebufferHeight();

}  // namespace web

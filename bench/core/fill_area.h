// How many pixels a frame's triangles cover, each clipped to its draw command's scissor
// rectangle: a proxy for what the GPU rasterises and blends per frame. Where WebGL is rendered in
// software (SwiftShader in the tests; a browser on a machine without a usable GPU), that fill, not
// the frame's CPU side, is what a click waits for before its frame is presented.
#pragma once

struct ImDrawData;

namespace bench {

struct FillArea {
  double pixels = 0;     // every triangle's clipped area, summed (overlaps counted each time)
  double canvas = 0;     // the display's area
  int drawCommands = 0;
  double overdraw() const { return canvas > 0 ? pixels / canvas : 0; }
};

FillArea fillArea(const ImDrawData& drawData);

}  // namespace bench

#include "fill_area.h"

#include <cmath>
#include <vector>

#include "imgui.h"

namespace bench {
namespace {

struct Point {
  double x, y;
};

// Keeps the part of a convex polygon on the inner side of one edge of the clip rectangle
// (Sutherland-Hodgman, one edge at a time).
template <typename Inside, typename Cross>
std::vector<Point> clipEdge(const std::vector<Point>& in, Inside inside, Cross cross) {
  std::vector<Point> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const Point& a = in[i];
    const Point& b = in[(i + 1) % in.size()];
    const bool ia = inside(a), ib = inside(b);
    if (ia) out.push_back(a);
    if (ia != ib) out.push_back(cross(a, b));
  }
  return out;
}

double clippedArea(Point a, Point b, Point c, const ImVec4& clip) {
  std::vector<Point> poly{a, b, c};
  auto atX = [](double x) {
    return [x](const Point& p, const Point& q) { return Point{x, p.y + (q.y - p.y) * (x - p.x) / (q.x - p.x)}; };
  };
  auto atY = [](double y) {
    return [y](const Point& p, const Point& q) { return Point{p.x + (q.x - p.x) * (y - p.y) / (q.y - p.y), y}; };
  };
  poly = clipEdge(poly, [&](const Point& p) { return p.x >= clip.x; }, atX(clip.x));
  poly = clipEdge(poly, [&](const Point& p) { return p.x <= clip.z; }, atX(clip.z));
  poly = clipEdge(poly, [&](const Point& p) { return p.y >= clip.y; }, atY(clip.y));
  poly = clipEdge(poly, [&](const Point& p) { return p.y <= clip.w; }, atY(clip.w));
  double twice = 0;
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const Point& p = poly[i];
    const Point& q = poly[(i + 1) % poly.size()];
    twice += p.x * q.y - q.x * p.y;
  }
  return std::fabs(twice) / 2;
}

}  // namespace

FillArea fillArea(const ImDrawData& drawData) {
  FillArea fill;
  fill.canvas = static_cast<double>(drawData.DisplaySize.x) * drawData.DisplaySize.y;
  for (const ImDrawList* list : drawData.CmdLists) {
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback || cmd.ElemCount == 0) continue;
      ++fill.drawCommands;
      for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
        const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset + i;
        const ImDrawVert* v = list->VtxBuffer.Data + cmd.VtxOffset;
        const ImVec2 a = v[idx[0]].pos, b = v[idx[1]].pos, c = v[idx[2]].pos;
        fill.pixels += clippedArea({a.x, a.y}, {b.x, b.y}, {c.x, c.y}, cmd.ClipRect);
      }
    }
  }
  return fill;
}

}  // namespace bench

// Salary ranges drawn on a shared horizontal axis: used by a role's pay chart and by Compare, so
// every figure in the widget is on the same scale.
#pragma once

#include <cstdint>

#include "imgui.h"
#include "salary.h"
#include "view_context.h"

namespace ui {

// Maps dollars to screen x over [x0, x1], from $0 to a rounded top above the catalog's highest
// figure (room is left for open ends).
struct SalaryAxis {
  double top = 1;
  double step = 100000;
  float x0 = 0, x1 = 1;

  static SalaryAxis forCatalog(const core::Catalog& catalog, float x0, float x1);
  float x(double usd) const { return x0 + static_cast<float>(usd / top) * (x1 - x0); }
};

// Grid lines over [yTop, yBottom] and dollar labels under yBottom.
void drawAxis(const ViewContext& ctx, const SalaryAxis& axis, float yTop, float yBottom);

// Words on a chart over a patch of `behind` (the colour under the chart there), so that no grid
// line runs through them.
// `wrapWidth` > 0: wrapped at that width, over as many lines as it takes.
void chartText(ImDrawList* draw, ImVec2 pos, ImU32 colour, const char* text, ImU32 behind,
               float wrapWidth = 0.0f);

// One range as a bar centred on yMid: solid between stated ends, fading out past an open or
// unknown end, a dot for a point figure. A derived range (our reading of the source's words, not
// its number) is drawn hatched and outlined instead of solid. Returns the x where its label can
// start.
float drawRange(const SalaryAxis& axis, std::optional<std::int64_t> low,
                std::optional<std::int64_t> high, bool openHigh, float yMid, ImU32 colour,
                bool derived = false);
// The same x, without drawing: where a label beside the range can start, known before the row
// that holds it is laid out.
float rangeLabelX(const SalaryAxis& axis, std::optional<std::int64_t> low,
                  std::optional<std::int64_t> high, bool openHigh, bool derived = false);

// A role's pay span (Compare's rows, Side by side) as one bar, hatched where it is our reading
// and solid where stated (core::derivedPartTop), and where a label beside it can start.
void drawSpan(const SalaryAxis& axis, const core::PaySpan& span, float yMid, ImU32 colour);
float spanLabelX(const SalaryAxis& axis, const core::PaySpan& span);

// A role's pay: a row per seniority band, or one row when the source gives one band for all
// levels (hover: the words it encodes, whether it is stated or our reading, its confidence), a
// row per government benchmark, then the narrow figures the source gives for a few posts only.
void salaryChart(const ViewContext& ctx, const core::Role& role);

// The explanation of one range: figure, stated or derived, the source's words, confidence, note.
// `label` names the level ("Entry level", "All levels").
void payExplanation(const ViewContext& ctx, const std::string& label, const core::SalaryRange& range);

// The explanation of a role's pay as a whole (its levels or its one band, and its scoped notes).
void rolePayExplanation(const ViewContext& ctx, const core::Role& role);

// A government figure for a comparable occupation, in full: what it is, its percentiles, its
// projected growth, its source and confidence (the pay chart's BLS row and the Outlook section).
void benchmarkDetails(const ViewContext& ctx, const core::Benchmark& b);

}  // namespace ui

#include "salary_chart.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "confidence_mark.h"
#include "decimal.h"
#include "elements.h"
#include "outlook.h"
#include "salary.h"

namespace ui {

namespace {

constexpr float kBarHeight = 12.0f;
constexpr float kOpenFade = 36.0f;   // px an open end fades over
constexpr float kLabelWidth = 64.0f; // "Senior" column in a role's chart

const char* bandTitle(core::Seniority s) {
  switch (s) {
    case core::Seniority::Entry: return "Entry";
    case core::Seniority::Mid: return "Mid";
    default: return "Senior";
  }
}

ImU32 withAlpha(ImU32 colour, float alpha) {
  const auto a = static_cast<ImU32>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) *
                                    std::clamp(alpha, 0.0f, 1.0f));
  return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

// Diagonal lines over [xa, xb]: the mark of a derived figure, readable without colour. An end
// with no figure fades out over `fadeLeft` / `fadeRight` px, as a solid bar's does.
void hatch(ImDrawList* draw, float xa, float xb, float y0, float y1, ImU32 colour,
           float fadeLeft = 0.0f, float fadeRight = 0.0f) {
  draw->PushClipRect(ImVec2(xa, y0), ImVec2(xb, y1), true);
  const float h = y1 - y0;
  for (float x = xa - h; x < xb; x += 5.0f) {
    const float mid = x + h * 0.5f;
    float alpha = 1.0f;
    if (fadeLeft > 0) alpha = std::min(alpha, (mid - xa) / fadeLeft);
    if (fadeRight > 0) alpha = std::min(alpha, (xb - mid) / fadeRight);
    draw->AddLine(ImVec2(x, y1), ImVec2(x + h, y0), withAlpha(colour, alpha), 1.0f);
  }
  draw->PopClipRect();
}

// A horizontal bar that fades from `colour` to transparent over [xa, xb].
void fade(ImDrawList* draw, float xa, float xb, float y0, float y1, ImU32 colour, bool toRight) {
  ImU32 clear = colour & ~IM_COL32_A_MASK;
  ImU32 left = toRight ? colour : clear, right = toRight ? clear : colour;
  draw->AddRectFilledMultiColor(ImVec2(xa, y0), ImVec2(xb, y1), left, right, right, left);
}

}  // namespace

SalaryAxis SalaryAxis::forCatalog(const core::Catalog& catalog, float x0, float x1) {
  SalaryAxis a;
  const double highest = std::max<double>(50000, static_cast<double>(core::highestFigure(catalog)));
  a.step = highest > 300000 ? 100000 : 50000;
  // A step of headroom beyond the highest figure, for open ends and labels.
  a.top = (std::floor(highest / a.step) + 1) * a.step;
  a.x0 = x0;
  a.x1 = x1;
  return a;
}

void drawAxis(const ViewContext& ctx, const SalaryAxis& axis, float yTop, float yBottom) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  // Labels every step, or every other step when they would crowd (narrow screens).
  const float stepPx = axis.x(axis.step) - axis.x(0);
  const int labelEvery = stepPx < 56.0f ? 2 : 1;
  int i = 0;
  for (double v = 0; v <= axis.top + 1; v += axis.step, ++i) {
    float x = std::round(axis.x(v)) + 0.5f;
    draw->AddLine(ImVec2(x, yTop), ImVec2(x, yBottom), ctx.colours.gridLine, 1.0f);
    if (i % labelEvery) continue;
    std::string label = v == 0 ? "$0" : core::formatMoney(static_cast<std::int64_t>(v));
    float w = ImGui::CalcTextSize(label.c_str()).x;
    // Within the axis, and within what the area shows (a narrow column clips right at its start).
    const float left = std::max(axis.x0 - 2.0f, draw->GetClipRectMin().x);
    float lx = std::clamp(x - w * 0.5f, left, std::max(left, axis.x1 - w));
    draw->AddText(ImVec2(lx, yBottom + 2), ctx.colours.textMuted, label.c_str());
  }
}

void chartText(ImDrawList* draw, ImVec2 pos, ImU32 colour, const char* text, ImU32 behind,
               float wrapWidth) {
  const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, wrapWidth > 0.0f ? wrapWidth : -1.0f);
  draw->AddRectFilled(ImVec2(pos.x - 2, pos.y), ImVec2(pos.x + size.x + 2, pos.y + size.y), behind);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, colour, text, nullptr, wrapWidth);
}

float drawRange(const SalaryAxis& axis, std::optional<std::int64_t> low,
                std::optional<std::int64_t> high, bool openHigh, float yMid, ImU32 colour,
                bool derived) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float y0 = yMid - kBarHeight * 0.5f, y1 = yMid + kBarHeight * 0.5f;
  const float r = kBarHeight * 0.5f;
  if (derived) {
    // Hatched over the extent a solid bar would take, so that it still reads on the shared axis
    // but never looks like a number the source gave. A known end gets a cap line; an unknown or
    // open end fades, as on a solid bar.
    const float fadeLeft = low ? 0.0f : kOpenFade * 2;
    const bool openRight = openHigh || !high;
    float xa = low ? axis.x(static_cast<double>(*low)) : axis.x(static_cast<double>(*high)) - fadeLeft;
    float xb = high ? axis.x(static_cast<double>(*high)) : xa + kOpenFade * 2;
    if (openHigh && high) xb += kOpenFade;
    xa = std::max(xa, axis.x0);
    hatch(draw, xa, xb, y0, y1, colour, fadeLeft, openRight ? kOpenFade : 0.0f);
    if (low) draw->AddLine(ImVec2(xa + 0.75f, y0 - 2), ImVec2(xa + 0.75f, y1 + 2), colour, 1.5f);
    if (high) {
      const float cap = axis.x(static_cast<double>(*high));
      draw->AddLine(ImVec2(cap - 0.75f, y0 - 2), ImVec2(cap - 0.75f, y1 + 2), colour, 1.5f);
    }
    return rangeLabelX(axis, low, high, openHigh, derived);
  }
  if (low && high) {
    float xa = axis.x(static_cast<double>(*low)), xb = axis.x(static_cast<double>(*high));
    if (xb - xa < kBarHeight) {
      draw->AddCircleFilled(ImVec2((xa + xb) * 0.5f, yMid), r + 1, colour);
      xb = (xa + xb) * 0.5f + r + 1;
    } else {
      draw->AddRectFilled(ImVec2(xa, y0), ImVec2(xb, y1), colour, r);
    }
    if (openHigh) fade(draw, xb - r, xb + kOpenFade, y0, y1, colour, true);
    return rangeLabelX(axis, low, high, openHigh, derived);
  }
  if (low) {  // a floor: "from $140k" or "$180k+"
    float xa = axis.x(static_cast<double>(*low));
    draw->AddCircleFilled(ImVec2(xa + r, yMid), r, colour);
    fade(draw, xa + r, xa + r + kOpenFade * 2, y0, y1, colour, true);
    return rangeLabelX(axis, low, high, openHigh, derived);
  }
  if (high) {  // a ceiling: "up to $220k", or "$250k+" as the top of an unstated span
    float xb = axis.x(static_cast<double>(*high));
    fade(draw, xb - kOpenFade * 2, xb - r, y0, y1, colour, false);
    draw->AddCircleFilled(ImVec2(xb - r, yMid), r, colour);
    if (openHigh) fade(draw, xb - r, xb + kOpenFade, y0, y1, colour, true);
  }
  return rangeLabelX(axis, low, high, openHigh, derived);
}

float rangeLabelX(const SalaryAxis& axis, std::optional<std::int64_t> low,
                  std::optional<std::int64_t> high, bool openHigh, bool derived) {
  const float r = kBarHeight * 0.5f;
  auto x = [&](std::int64_t v) { return axis.x(static_cast<double>(v)); };
  float end;
  if (derived) {
    end = high ? x(*high) : (low ? x(*low) : axis.x0) + kOpenFade * 2;
    if (openHigh && high) end += kOpenFade;
  } else if (low && high) {
    const float xa = x(*low);
    end = x(*high);
    if (end - xa < kBarHeight) end = (xa + end) * 0.5f + r + 1;  // drawn as a dot
    if (openHigh) end += kOpenFade;
  } else if (low) {
    end = x(*low) + r + kOpenFade * 2;
  } else if (high) {
    end = x(*high) + (openHigh ? kOpenFade : 0.0f);
  } else {
    return axis.x0;
  }
  return end + 6;
}

void drawSpan(const SalaryAxis& axis, const core::PaySpan& span, float yMid, ImU32 colour) {
  if (const auto top = core::derivedPartTop(span)) {
    drawRange(axis, span.low, top, false, yMid, colour, true);
    drawRange(axis, span.statedLow, span.high, span.openHigh, yMid, colour);
  } else {
    drawRange(axis, span.low, span.high, span.openHigh, yMid, colour, span.derived);
  }
}

float spanLabelX(const SalaryAxis& axis, const core::PaySpan& span) {
  if (core::derivedPartTop(span)) return rangeLabelX(axis, span.statedLow, span.high, span.openHigh);
  return rangeLabelX(axis, span.low, span.high, span.openHigh, span.derived);
}

void payExplanation(const ViewContext& ctx, const std::string& label, const core::SalaryRange& range) {
  {
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    textWrapped(ctx, label + ": " + core::formatRange(range));
  }
  if (range.hasFigure() && range.derived()) {
    badge(ctx, "our reading", ctx.colours.textMuted);
    textWrapped(ctx, "Derived: the source gives no number here. This figure is our reading of its "
                "words, drawn hatched.");
  } else if (range.hasFigure()) {
    textWrappedMuted(ctx, "Stated: the number is in the source's words.");
  }
  if (!range.provenance.empty())
    textWrapped(ctx, "Source's words: \xE2\x80\x9C" + range.provenance + "\xE2\x80\x9D");
  if (!range.note.empty()) textWrappedMuted(ctx, range.note);
  // A confidence speaks for a number someone gave; a derived figure is nobody's number.
  if (range.hasFigure() && !range.derived()) {
    ImGui::TextUnformatted("Confidence:");
    ctx.semantics.describeText("Confidence:");
    ImGui::SameLine();
    badge(ctx, std::string(core::nameOf(range.confidence)),
          confidenceColour(ctx.colours, range.confidence));
    textWrappedMuted(ctx, confidenceMeaning(range.confidence));
  }
}

namespace {

void payNoteExplanation(const ViewContext& ctx, const core::PayNote& n) {
  {
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    textWrapped(ctx, "Only for " + n.scope);
  }
  textWrapped(ctx, n.text);
  textWrappedMuted(ctx, "A figure for a narrow group of posts, not the role's usual pay: it is not "
                        "part of the role's span and does not sort it in Compare.");
  if (n.basis == core::PayBasis::Derived) badge(ctx, "our reading", ctx.colours.textMuted);
  textWrapped(ctx, "Source's words: \xE2\x80\x9C" + n.provenance + "\xE2\x80\x9D");
}

}  // namespace

void rolePayExplanation(const ViewContext& ctx, const core::Role& role) {
  if (role.allLevels) {
    payExplanation(ctx, "All levels (one band in the source)", *role.allLevels);
  } else {
    for (core::Seniority band : core::kSeniorities) {
      if (band != core::Seniority::Entry) separator();
      payExplanation(ctx, std::string(bandTitle(band)) + " level", role.pay(band));
    }
  }
  for (const core::PayNote& n : role.payNotes) {
    separator();
    textWrappedMuted(ctx, "Only for " + n.scope + ": " + n.text);
  }
}

void benchmarkDetails(const ViewContext& ctx, const core::Benchmark& b) {
  {
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    textWrapped(ctx, b.occupation + " (SOC " + b.code + "), " + core::decimal(b.year));
  }
  ImGui::PushTextWrapPos(0.0f);  // the popover's width
  // The figures are text of the layer too: a screen reader reads them as the popover shows them.
  const auto spread = [](std::int64_t low, std::int64_t high) {
    return core::formatMoney(low) + " \xE2\x80\x93 " + core::formatMoney(high);
  };
  textWrapped(ctx, "Median " + core::formatMoney(b.median));
  if (b.p10 && b.p90) textWrapped(ctx, "10th\xE2\x80\x93" "90th percentile: " + spread(*b.p10, *b.p90));
  if (b.p25 && b.p75) textWrapped(ctx, "25th\xE2\x80\x93" "75th percentile: " + spread(*b.p25, *b.p75));
  // As the data gives it: "+33.5%" is not rounded to "+34%" (the Outlook section says the same).
  if (b.growthPct)
    textWrapped(ctx, "Projected employment growth " + b.growthPeriod + ": " + core::growthPercent(*b.growthPct));
  textWrapped(ctx, "Source: " + b.source + (b.period.empty() ? "" : ", " + b.period + " wages"));
  textWrapped(ctx, "These are wages for the broad occupation \xE2\x80\x9C" + b.occupation +
              "\xE2\x80\x9D, not for this role.");
  if (!b.url.empty()) textWrappedMuted(ctx, "Read at " + b.url);
  ImGui::PopTextWrapPos();
  badge(ctx, std::string(core::nameOf(b.confidence)), confidenceColour(ctx.colours, b.confidence));
}

namespace {

void benchmarkRow(const ViewContext& ctx, const SalaryAxis& axis, const core::Benchmark& b,
                  float rowHeight) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(("bench-" + b.code).c_str(), ImVec2(axis.x1 - pos.x, rowHeight));
  const bool hovered = ImGui::IsItemHovered();
  const std::string median = "median " + core::formatMoney(b.median);
  const std::string whole = b.occupation + (b.period.empty() ? "" : ", " + b.period) + ": " + median;
  // Named with what is drawn beside its marks (at most this), as a pay row is with its range,
  // and how sure its figures are, as the mark before it says.
  explainLastItem(ctx, "info/bls/" + b.code, [&] { benchmarkDetails(ctx, b); },
                  "Government figures for a comparable occupation: " + whole + " (" +
                      std::string(core::nameOf(b.confidence)) + ")");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float yMid = pos.y + rowHeight * 0.5f;
  if (hovered) draw->AddRectFilled(pos, ImVec2(axis.x1, pos.y + rowHeight), ctx.colours.surface, 6.0f);
  {
    FontScope small(ctx.fonts.bold, TextSize::kSmall);
    drawConfidenceMark(draw, ImVec2(pos.x + 5, yMid), 5.0f, confidenceColour(ctx.colours, b.confidence), b.confidence);
    draw->AddText(ImVec2(pos.x + kConfidenceMarkRoom, yMid - ImGui::GetFontSize() * 0.5f), ctx.colours.benchmark, "BLS");
  }
  const ImU32 c = ctx.colours.benchmark;
  auto xs = [&](std::int64_t v) { return axis.x(static_cast<double>(v)); };
  if (b.p10 && b.p90) draw->AddLine(ImVec2(xs(*b.p10), yMid), ImVec2(xs(*b.p90), yMid), c, 1.5f);
  if (b.p25 && b.p75)
    draw->AddRect(ImVec2(xs(*b.p25), yMid - 5), ImVec2(xs(*b.p75), yMid + 5), c, 2.0f, 0, 1.5f);
  const float xm = xs(b.median);
  draw->AddLine(ImVec2(xm, yMid - 8), ImVec2(xm, yMid + 8), c, 2.5f);
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    // The longest label that fits beside the marks without covering them, right then left.
    const std::string labels[] = {whole, b.occupation + ": " + median, b.occupation, median};
    const bool whisker = b.p10 && b.p90;  // drawn only with both ends
    const float right = (whisker ? xs(*b.p90) : b.p75 ? xs(*b.p75) : xm) + 6;
    const float left = (whisker ? xs(*b.p10) : b.p25 ? xs(*b.p25) : xm) - 6;
    const std::string* chosen = &labels[3];
    float x = right;
    for (const std::string& label : labels) {
      const float w = ImGui::CalcTextSize(label.c_str()).x;
      if (right + w <= axis.x1 + 8) { chosen = &label; x = right; break; }
      if (left - w >= axis.x0) { chosen = &label; x = left - w; break; }
    }
    chartText(draw, ImVec2(x, yMid - ImGui::GetFontSize() * 0.5f), ctx.colours.textMuted,
              chosen->c_str(), hovered ? ctx.colours.surface : ctx.colours.background);
  }
}


}  // namespace

namespace {

// One pay row: the level's name, then its bar and label on the axis.
// `aliases`: further names for the same row (a one-band role's row also answers to the level
// names links and scripts used before: info/pay/<role>/entry, /mid, /senior).
void payRow(const ViewContext& ctx, const SalaryAxis& axis, float right, float rowHeight,
            const char* title, const std::string& name, const std::string& explainLabel,
            const core::SalaryRange& range, bool strong,
            const std::vector<std::string>& aliases = {}) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(name.c_str(), ImVec2(right - pos.x, rowHeight));
  for (const std::string& alias : aliases) ctx.items.nameLastItem(alias);
  const bool hovered = ImGui::IsItemHovered();
  explainLastItem(ctx, name, [&] { payExplanation(ctx, explainLabel, range); },
                  std::string(title) + " pay: " + core::formatRange(range) +
                      (range.hasFigure() && range.derived() ? " (our reading)" : ""));  // drawn hatched
  const float yMid = pos.y + rowHeight * 0.5f;
  if (hovered) draw->AddRectFilled(pos, ImVec2(right, pos.y + rowHeight), ctx.colours.surface, 6.0f);
  draw->AddText(ImVec2(pos.x, yMid - ImGui::GetFontSize() * 0.5f), ctx.colours.textMuted, title);
  FontScope small(ctx.fonts.bold, TextSize::kSmall);
  const float textY = yMid - ImGui::GetFontSize() * 0.5f;
  const ImU32 behind = hovered ? ctx.colours.surface : ctx.colours.background;
  if (!range.hasFigure()) {
    chartText(draw, ImVec2(axis.x0 + 2, textY), ctx.colours.textMuted, "not stated", behind);
    return;
  }
  const ImU32 colour = strong ? ctx.colours.barFillStrong : ctx.colours.barFill;
  float labelX = drawRange(axis, range.min, range.max, range.openMax, yMid, colour, range.derived());
  // A derived figure reads different too: it says it is our reading.
  std::string label = core::formatRange(range) + (range.derived() ? " (our reading)" : "");
  float w = ImGui::CalcTextSize(label.c_str()).x;
  // Past the bar when it fits, otherwise before the bar's start.
  if (labelX + w > right) {
    float start = range.min ? axis.x(static_cast<double>(*range.min)) : axis.x0;
    labelX = std::max(axis.x0, start - w - 8);
    if (labelX + w > start) labelX = right - w;
  }
  chartText(draw, ImVec2(labelX, textY), range.derived() ? ctx.colours.textMuted : ctx.colours.text,
            label.c_str(), behind);
}

}  // namespace

void salaryChart(const ViewContext& ctx, const core::Role& role) {
  const float rowHeight = 30.0f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float right = origin.x + ImGui::GetContentRegionAvail().x;
  // Leave room on the right for the label of the highest open figure.
  SalaryAxis axis = SalaryAxis::forCatalog(ctx.catalog, origin.x + kLabelWidth, right - 8.0f);
  const int payRows = role.oneBand() ? 1 : 3;
  const int rows = payRows + static_cast<int>(role.benchmarks.size());
  drawAxis(ctx, axis, origin.y, origin.y + rowHeight * static_cast<float>(rows));
  // Rows sit edge to edge so that they line up with the grid drawn above.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  const std::string base = "info/pay/" + role.id + "/";
  if (role.allLevels) {
    std::vector<std::string> aliases;
    for (core::Seniority band : core::kSeniorities) aliases.push_back(base + std::string(core::nameOf(band)));
    payRow(ctx, axis, right, rowHeight, "All levels", base + "all",
           "All levels (one band in the source)", *role.allLevels, false, aliases);
  } else {
    for (core::Seniority band : core::kSeniorities)
      payRow(ctx, axis, right, rowHeight, bandTitle(band), base + std::string(core::nameOf(band)),
             std::string(bandTitle(band)) + " level", role.pay(band),
             band == core::Seniority::Senior);
  }
  for (const core::Benchmark& b : role.benchmarks) benchmarkRow(ctx, axis, b, rowHeight);
  ImGui::PopStyleVar();
  ImGui::Dummy(ImVec2(0, 18));  // the axis labels
  if (role.oneBand())
    textWrappedMuted(ctx, "The source gives one range for every level of this role.");
  // Two levels drawn from one quote ("mid to senior specialists ... earn well over $180,000") are
  // one figure, not two that happen to agree.
  const core::SalaryRange &mid = role.salary[1], &senior = role.salary[2];
  if (!role.oneBand() && !mid.provenance.empty() && mid.provenance == senior.provenance && mid.hasFigure())
    textWrappedMuted(ctx, "Mid and senior: one figure in the source for both.");
  const bool anyDerived = role.allLevels ? role.allLevels->derived()
                                         : std::any_of(role.salary.begin(), role.salary.end(),
                                                       [](const core::SalaryRange& r) {
                                                         return r.hasFigure() && r.derived();
                                                       });
  if (anyDerived)
    textWrappedMuted(ctx, "Hatched: our reading of the source's words, which give no number.");
  for (std::size_t i = 0; i < role.payNotes.size(); ++i) {
    const core::PayNote& n = role.payNotes[i];
    explainedText(ctx, "Only for " + n.scope + ": " + n.text, ctx.colours.textMuted,
                  "info/paynote/" + role.id + "/" + core::decimal(i),
                  [&] { payNoteExplanation(ctx, n); });
  }
  if (!role.benchmarks.empty())
    textWrappedMuted(ctx, "BLS rows: US government wage figures for a broad occupation, not for this role.");
}

}  // namespace ui

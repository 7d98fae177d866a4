#include "outlook_section.h"

#include <algorithm>
#include <optional>

#include "confidence_mark.h"
#include "decimal.h"
#include "elements.h"
#include "outlook.h"
#include "salary_chart.h"
#include "theme.h"

namespace ui {

namespace {

// A line of wrapped text after a confidence mark (none when `confidence` is empty): one item, at
// least a finger tall, that explains itself as `name`. Its accessible name is `label`.
void markedItem(const ViewContext& ctx, const std::string& text, std::optional<core::Confidence> confidence,
                const std::string& name, const std::string& label, core::FunctionRef<void()> body) {
  const float width = std::max(40.0f, ImGui::GetContentRegionAvail().x - kConfidenceMarkRoom);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = std::max(kMinTarget, size.y);
  ImGui::PushID(name.c_str());
  ImGui::InvisibleButton("statement", ImVec2(kConfidenceMarkRoom + std::min(width, size.x), height));
  ImGui::PopID();
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float y = pos.y + (height - size.y) * 0.5f;
  if (confidence)  // beside the first line, where the eye starts reading
    drawConfidenceMark(draw, ImVec2(pos.x + 5, y + ImGui::GetFontSize() * 0.5f), 5.0f,
                       confidenceColour(ctx.colours, *confidence), *confidence);
  const ImVec2 at(pos.x + kConfidenceMarkRoom, y);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ctx.colours.text, text.c_str(), nullptr, width);
  if (hovered)
    draw->AddLine(ImVec2(at.x, y + size.y), ImVec2(at.x + std::min(width, size.x), y + size.y),
                  ctx.colours.text, 1.0f);
  explainLastItem(ctx, name, body, label);
}

const char* kindMeaning(core::OutlookKind k) {
  switch (k) {
    case core::OutlookKind::Growth: return "A statement that this kind of work is growing.";
    case core::OutlookKind::HiringSignal:
      return "A statement on what employers look for when they hire, not on how many they hire.";
    case core::OutlookKind::Pay:
      return "A statement on pay, in words and without a figure. The role's own figures are under "
             "\xE2\x80\x9CPay in the US, per year\xE2\x80\x9D.";
    default: return "A statement that employers want people for this kind of work.";
  }
}

// Where a quote's words come from, what kind of statement it is, and how sure we are of it.
void statementExplanation(const ViewContext& ctx, const core::OutlookItem& item) {
  const core::OutlookStatement& s = *item.statement;
  {
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    textWrapped(ctx, core::outlookKindWords(s.kind));
  }
  textWrapped(ctx, core::statementProvenance(ctx.catalog.source, s));
  if (item.scope == core::OutlookScope::All)
    textWrappedMuted(ctx, "The article says this about all the roles it covers, not about this one alone.");
  textWrappedMuted(ctx, kindMeaning(s.kind));
  if (s.source == "article") {
    confidenceBadge(ctx, core::Confidence::Article);
    textWrappedMuted(ctx, confidenceMeaning(core::Confidence::Article));
  }
}

void statementItem(const ViewContext& ctx, const core::OutlookItem& item, const std::string& name) {
  const core::OutlookStatement& s = *item.statement;
  const std::string text = core::outlookKindWords(s.kind) + ": " + core::quoted(s.quote);
  const std::optional<core::Confidence> mark =
      s.source == "article" ? std::optional<core::Confidence>(core::Confidence::Article) : std::nullopt;
  // Each statement about every role says so, briefly: a screen reader arrowing through the
  // toolbar hears them one by one, after the line that says it at length.
  const std::string label = (item.scope == core::OutlookScope::All ? "All roles: " : "") + text + " (from " +
                            core::statementSourceShort(s) + ")";
  markedItem(ctx, text, mark, name, label, [&] { statementExplanation(ctx, item); });
}

void growthExplanation(const ViewContext& ctx, const core::Benchmark& b) {
  textWrapped(ctx, core::growthWords(b) + ".");
  textWrappedMuted(ctx, "A projection for the whole of a broad government occupation comparable to "
                        "this role, not for the role itself.");
  separator();
  benchmarkDetails(ctx, b);
}

}  // namespace

void outlookSection(const ViewContext& ctx, const core::Role& role) {
  const core::RoleOutlook o = core::outlookOf(ctx.catalog, role);
  sectionTitle(ctx, "Outlook");
  // One Tab stop for its statements (a toolbar of the layer; arrows move within).
  ctx.semantics.beginButtonGroup("outlook-of/" + role.id, "Outlook", "\xE2\x86\x90 \xE2\x86\x92 the other statements");
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    textWrappedMuted(ctx, std::string("The article's own words on demand, growth and pay. ") +
                              (ctx.touch ? "Tap" : "Click") + " a statement to see where it comes from.");
  }
  if (!o.stated) textWrapped(ctx, core::kOutlookNotStated);
  std::size_t ownIndex = 0, allIndex = 0;
  for (const core::OutlookItem& item : o.statements)
    if (item.scope == core::OutlookScope::Role)
      statementItem(ctx, item, "info/outlook/" + role.id + "/" + core::decimal(ownIndex++));
  // The same few statements under every role: smaller, under a line saying whom they are about.
  for (const core::OutlookItem& item : o.statements) {
    if (item.scope != core::OutlookScope::All) continue;
    if (allIndex == 0) {
      ImGui::Dummy(ImVec2(0, 2));
      FontScope bold(ctx.fonts.bold, TextSize::kSmall);
      textWrapped(ctx, std::string(core::kOutlookAboutAll) + ":");
    }
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    statementItem(ctx, item, "info/outlook/" + role.id + "/all/" + core::decimal(allIndex++));
  }
  {
    ImGui::Dummy(ImVec2(0, 2));
    FontScope bold(ctx.fonts.bold, TextSize::kSmall);
    textWrapped(ctx, "Government projection for a comparable occupation");
  }
  if (o.growth.empty()) {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    textWrappedMuted(ctx, core::kOutlookNoOccupation);
  }
  for (std::size_t i = 0; i < o.growth.size(); ++i) {
    const core::Benchmark& b = *o.growth[i];
    const std::string text = core::growthWords(b) + " \xE2\x80\x94 the broad occupation, not this role";
    const std::string key = b.code.empty() ? core::decimal(i) : b.code;
    markedItem(ctx, text, b.confidence, "info/growth/" + key,
               text + " (" + std::string(core::nameOf(b.confidence)) + ")",
               [&] { growthExplanation(ctx, b); });
  }
  ctx.semantics.endButtonGroup();
}

}  // namespace ui

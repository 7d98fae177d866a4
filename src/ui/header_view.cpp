#include "header_view.h"

#include "confidence_mark.h"
#include "elements.h"

#include <algorithm>
#include <cmath>

#include "imgui_internal.h"  // the title's text offset on its line

#include "decimal.h"
#include "outlook.h"  // sourceTitleWords

namespace ui {

void confidenceDot(const ViewContext& ctx, core::Confidence c) {
  const float size = 8.0f;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  const float lineH = ImGui::GetTextLineHeight();
  ImGui::Dummy(ImVec2(size, lineH));
  ImGui::GetWindowDrawList()->AddCircleFilled(
      ImVec2(pos.x + size * 0.5f, pos.y + lineH * 0.5f), size * 0.5f,
      confidenceColour(ctx.colours, c));
}

// A frame shorter than this (CSS px), too narrow for the wide header, gets the one-row header,
// with tabs at least kMinOneRowTab wide.
constexpr float kShortFrameHeight = 420.0f;
constexpr float kMinOneRowTab = 72.0f;

void headerView(const ViewContext& ctx, float actionsWidth, core::FunctionRef<void(const ImVec2* hiddenAt)> actions,
                const HeaderSearch& search) {
  const core::Source& src = ctx.catalog.source;
  const float width = ImGui::GetContentRegionAvail().x;
  const float rightEdge = ImGui::GetCursorPosX() + width;  // window-local, for right alignment
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  struct Tab {
    const char* wide;
    const char* narrow;
    core::View view;
  };
  static constexpr Tab kTabs[] = {{"Roles", "Roles", core::View::Roles},
                                  {"Compare", "Compare", core::View::Compare},
                                  {"My skills", "Skills", core::View::Skills},
                                  {"Plan", "Plan", core::View::Plan}};
  const float actionsX = rightEdge - actionsWidth;
  const float startX = ImGui::GetCursorPosX();
  const float icon = ctx.touch ? 40.0f : 32.0f;
  const auto label = [&](const Tab& tab) { return ctx.narrow ? tab.narrow : tab.wide; };
  const auto drawTabs = [&](float tabWidth) {
    RowTextSize tabText(ctx, {label(kTabs[0]), label(kTabs[1]), label(kTabs[2]), label(kTabs[3])}, tabWidth);
    for (const Tab& tab : kTabs) {
      if (&tab != kTabs) ImGui::SameLine();
      Semantic sem;
      sem.role = SemanticRole::Tab;
      sem.label = tab.wide;
      sem.group = "views";
      sem.groupLabel = "Views";
      if (tabButton(ctx, label(tab), ctx.state.view == tab.view,
                    "view/" + std::string(core::nameOf(tab.view)), tabWidth, false, 0, sem))
        core::showView(ctx.state, tab.view);
    }
  };
  const char* kTitle = "GenAI Career Explorer";
  const float buttonHeight = ImGui::GetFrameHeight();  // the tabs', Share's and the folded search's
  float titleWidth = 0;
  {
    FontScope title(ctx.fonts.bold, ctx.narrow ? TextSize::kTitle + 1 : TextSize::kHeading);
    titleWidth = ImGui::CalcTextSize(kTitle).x;
  }
  constexpr float kWideTab = 96.0f;
  const float wideTabsX = actionsX - kWideTab * 4 - spacing * 4 - 8;
  const bool rows = ctx.narrow || wideTabsX - 16 - icon < startX + titleWidth + 8;
  // A phone held sideways (568x320 leaves an embed about 270 px; 740x360 alone) has no height
  // to spare for a title row: the search button, the tabs and the actions share one row, when
  // the tabs keep a comfortable width. A search in use gets the two rows back (its field takes
  // the title's place).
  const float oneRowTabsX = startX + (search.draw ? icon + spacing : 0.0f);
  const float oneRowTab = std::floor((actionsX - spacing - oneRowTabsX - spacing * 3) / 4);
  if (rows && ImGui::GetMainViewport()->Size.y < kShortFrameHeight && !search.active &&
      oneRowTab >= kMinOneRowTab) {
    if (search.draw) search.draw(icon, true);
    ImGui::SameLine(oneRowTabsX);
    drawTabs(oneRowTab);
    ImGui::SameLine(actionsX);
    actions(nullptr);
  } else {
    // Wide: title, search, tabs, actions on one line. Two rows (a phone, or a column too narrow for
    // the title, the search button and the tabs side by side): title, the search button and
    // actions, then the tabs across. A search in use takes the title's place (and the actions', on
    // a phone).
    const float tabWidth = rows ? std::floor((width - spacing * 3) / 4) : kWideTab;
    const float tabsX = actionsX - tabWidth * 4 - spacing * 4 - 8;
    const float searchEnd = rows ? actionsX - spacing : tabsX - 16;
    const float roomBeside = searchEnd - (startX + titleWidth + 16);
    const bool besideTitle = search.draw && !rows && roomBeside >= 160;
    const bool overTitle = search.draw && !besideTitle && search.active;
    // A column narrower than the title and the buttons: the search button keeps its place beside
    // the actions, and the title gives way rather than hide it or run under them: drawn a little
    // smaller, down to the small text size, and only past that cut.
    const float iconX = std::max(startX + 40, searchEnd - icon);
    if (overTitle) {
      const ImVec2 rowAt = ImGui::GetCursorScreenPos();
      search.draw(std::max(40.0f, (rows ? rightEdge : searchEnd) - startX), false);
      if (rows) {  // the field covers the actions too: the layer keeps them in their place
        const ImVec2 at(rowAt.x + actionsX - startX, rowAt.y);
        actions(&at);
      }
    } else {
      const float room = iconX - 8 - startX;
      float size = ctx.narrow ? TextSize::kTitle + 1 : TextSize::kHeading;
      const bool crowded = search.draw && !besideTitle && titleWidth > room;
      if (crowded) size = std::max(TextSize::kSmall, std::floor(size * room / titleWidth));
      FontScope title(ctx.fonts.bold, size);
      // Narrower still (a 320 px phone's blog column): the short name, and only past that a cut.
      const char* shown = crowded && ImGui::CalcTextSize(kTitle).x > room ? "Career Explorer" : kTitle;
      const bool cut = crowded && ImGui::CalcTextSize(shown).x > room;
      const float windowX = ImGui::GetWindowPos().x;
      if (cut) ImGui::PushClipRect(ImVec2(windowX, -1e6f), ImVec2(windowX + iconX - 8, 1e6f), true);
      // Level with the buttons' middle, as a toolbar's title is: ImGui's line would put its top
      // at theirs, a few pixels high. (The text offset moves only text; the line keeps its top.)
      ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = (buttonHeight - size) * 0.5f;
      ImGui::TextUnformatted(shown);
      if (cut) ImGui::PopClipRect();
      ctx.items.nameLastItem("title");
    }
    if (besideTitle) {
      ImGui::SameLine(startX + titleWidth + 16);
      // Taller than the buttons, the field rises by half the difference, as a toolbar centres
      // its items: its words level with the title's and the tabs' (its top was level with
      // theirs, its words 2.5 px lower). `icon` is also the field's height (searchField). Whole
      // pixels keep its edge crisp; the row keeps its top.
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() - std::floor((icon - buttonHeight) * 0.5f));
      search.draw(std::min(roomBeside, 320.0f), false);
    } else if (search.draw && !overTitle) {
      ImGui::SameLine(iconX);
      search.draw(icon, true);
    }
    if (!rows) {
      ImGui::SameLine(tabsX);
    } else if (!overTitle) {
      ImGui::SameLine(actionsX);
      actions(nullptr);
    }
    drawTabs(tabWidth);
    if (!rows) {
      ImGui::SameLine(actionsX);
      actions(nullptr);
    }
  }
  if (ctx.compact) {
    separator();
    return;
  }

  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  // A phone gets one short line; the full source is a tap away. The words follow the input in
  // use: "tap" for a touch screen, "click" for a mouse.
  // A source with no recorded title is described, not quoted (core::sourceTitleWords).
  const std::string named = core::sourceTitleWords(src) +
                            (src.titleIsDescription ? "" : " (" + core::decimal(src.year) + ")");
  const std::string publisher = src.publisher.empty() ? "no publisher recorded" : src.publisher;
  // (Only the roles' pay and outlook are the source's: each course's facts and each government
  // figure name their own pages.)
  const std::string full = "US pay, skills and courses for generative-AI careers \xE2\x80\x94 pay from " +
                           named + " (" + publisher + "), as of " + src.asOf + "; " + core::kCourseFactsSource + ".";
  const std::string more = ctx.touch ? " (tap for the source)" : " (click for the source)";
  const std::string line = ctx.narrow ? src.region + " pay from a " + core::decimal(src.year) +
                                            " source, as of " + src.asOf + more
                                      : full;
  if (ctx.narrow || !src.note.empty()) {
    explainedText(ctx, line, ctx.colours.textMuted, "info/source", [&] {
      textWrapped(ctx, full);
      if (!src.note.empty()) textWrappedMuted(ctx, src.note);
    });
  } else {
    textWrappedMuted(ctx, line);
  }
  separator();
}

void sourceFooter(const ViewContext& ctx) {
  if (ctx.compact) return;
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  ImGui::Dummy(ImVec2(0, 6));
  Flow flow;
  for (core::Confidence c : {core::Confidence::Article, core::Confidence::Confirmed,
                             core::Confidence::Secondary, core::Confidence::Unconfirmed}) {
    std::string label(core::nameOf(c));
    const float width = ImGui::CalcTextSize(label.c_str()).x + 16.0f;
    flow.next(width);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(label.c_str(), ImVec2(width, kMinTarget));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float yMid = pos.y + kMinTarget * 0.5f;
    drawConfidenceMark(draw, ImVec2(pos.x + 5, yMid), 5.0f, confidenceColour(ctx.colours, c), c);
    draw->AddText(ImVec2(pos.x + 16, yMid - ImGui::GetFontSize() * 0.5f), ctx.colours.textMuted, label.c_str());
    explainLastItem(ctx, "info/confidence/" + label, [&] { textWrapped(ctx, confidenceMeaning(c)); },
                    "Confidence: " + label);
  }
  textWrappedMuted(ctx, std::string("Pay figures are US dollars a year. A fading bar end means the source gives "
                                    "no figure past it (\xE2\x80\x9Cor more\xE2\x80\x9D, or no floor). The mark beside a course fact "
                                    "has the shape and colour of its confidence level above. ") +
                            (ctx.touch ? "Tap a figure or a confidence level to see where it comes from."
                                       : "Point at a figure or a confidence level, or click it, to see "
                                         "where it comes from."));
}

}  // namespace ui

// Every colour pair the views draw, in both themes, against WCAG 2.2: 4.5:1 for text (1.4.3),
// 3:1 for controls, their states and the confidence marks (1.4.11). A palette change that breaks
// one names the pair.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "confidence_mark.h"
#include "contrast.h"
#include "theme.h"

namespace {

struct Pair {
  std::string what;
  ImU32 fg, bg;
  double minimum;
};

constexpr ImU32 rgb(unsigned hex) { return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, 255); }

const core::Confidence kLevels[] = {core::Confidence::Article, core::Confidence::Confirmed,
                                    core::Confidence::Secondary, core::Confidence::Unconfirmed};

std::vector<Pair> pairsOf(const ui::Palette& p) {
  using ui::kControlContrast;
  using ui::kTextContrast;
  std::vector<Pair> out;
  const struct {
    const char* name;
    ImU32 colour;
  } pages[] = {{"background", p.background}, {"surface", p.surface}};
  // Role rows are tinted when hovered or selected and keep their title, pay and fit text (Roles,
  // Compare in every mode: Pay, From my job's table, Side by side's lists).
  const struct {
    const char* name;
    ImU32 colour;
  } rows[] = {{"surfaceHover", p.surfaceHover}, {"surfaceSelected", p.surfaceSelected}};
  const struct {
    const char* name;
    ImU32 colour;
  } texts[] = {{"text", p.text},           {"textMuted", p.textMuted}, {"accentText", p.accentText},
               {"BLS label", p.benchmark}, {"warning", p.warning},     {"error", p.error}};
  for (const auto& t : texts)
    for (const auto& g : pages) out.push_back({std::string(t.name) + " on " + g.name, t.colour, g.colour, kTextContrast});
  for (const auto& t : {texts[0], texts[1], texts[2]})
    for (const auto& r : rows) out.push_back({std::string(t.name) + " on " + r.name, t.colour, r.colour, kTextContrast});
  out.push_back({"onAccent on accent (selected tab, rating, Copy)", p.onAccent, p.accent, kTextContrast});
  out.push_back({"chipText on chip", p.chipText, p.chip, kTextContrast});
  out.push_back({"toast: background on text", p.background, p.text, kTextContrast});

  // Badges paint their text over a faint tint of the same colour.
  std::vector<std::pair<std::string, ImU32>> badges = {{"legacy badge", p.warning}};
  for (core::Confidence c : kLevels)
    badges.push_back({std::string(core::nameOf(c)) + " badge", ui::confidenceColour(p, c)});
  for (const auto& b : badges)
    for (const auto& g : pages)
      out.push_back({b.first + " on its tint over " + g.name, b.second, ui::composite(ui::badgeFill(b.second), g.colour),
                     kTextContrast});

  for (core::Confidence c : kLevels) {
    const std::string level(core::nameOf(c));
    for (const auto& g : pages) {
      out.push_back({level + " mark on " + g.name, ui::confidenceColour(p, c), g.colour, kControlContrast});
      out.push_back({level + " as text on " + g.name, ui::confidenceColour(p, c), g.colour, kTextContrast});
    }
  }

  // Controls: the checkbox and slider frames are `surface` with a controlBorder edge; checkboxes
  // sit on the page and in dialogs (surface).
  for (const auto& g : pages)
    out.push_back({std::string("checkbox/slider edge on ") + g.name, p.controlBorder, g.colour, kControlContrast});
  out.push_back({"check mark in its box", p.accent, p.surface, kControlContrast});
  out.push_back({"slider grab on track", p.accent, p.surface, kControlContrast});
  out.push_back({"slider grab on hovered track", p.accent, p.surfaceHover, kControlContrast});
  out.push_back({"slider grab on active track", p.accent, p.surfaceSelected, kControlContrast});
  // Ratings: a chosen level is accent between unchosen (surface) buttons on the page; a chosen
  // "None" is its tint with a controlBorder edge.
  out.push_back({"selected rating on background", p.accent, p.background, kControlContrast});
  out.push_back({"selected rating beside unselected", p.accent, p.surface, kControlContrast});
  out.push_back({"unselected rating's word", p.text, p.surface, kTextContrast});
  out.push_back({"selected None edge on background", p.controlBorder, p.background, kControlContrast});
  out.push_back({"selected None edge on its tint", p.controlBorder, p.surfaceSelected, kControlContrast});
  out.push_back({"accent bar of the selected role row or target entry", p.accent, p.surfaceSelected, kControlContrast});
  out.push_back({"plan progress fill on its track", p.accent, p.surfaceHover, kControlContrast});
  out.push_back({"keyboard focus ring on background", p.accent, p.background, kControlContrast});
  // The search field (ui/search_view.cpp): a surface box with a controlBorder edge, accent while
  // focused; its magnifier and hint in textMuted, its text and caret in text, on the box.
  for (const auto& g : pages) {
    out.push_back({std::string("search field edge on ") + g.name, p.controlBorder, g.colour, kControlContrast});
    out.push_back({std::string("focused search field edge on ") + g.name, p.accent, g.colour, kControlContrast});
  }
  out.push_back({"search magnifier in its field", p.textMuted, p.surface, kControlContrast});
  return out;
}

void checkTheme(bool dark) {
  for (const Pair& pair : pairsOf(ui::palette(dark))) {
    const double ratio = ui::contrastRatio(pair.fg, pair.bg);
    const std::string label = std::string(dark ? "dark: " : "light: ") + pair.what + " is " +
                              std::to_string(ratio) + ":1, needs " + std::to_string(pair.minimum);
    INFO(label);
    CHECK(ratio >= pair.minimum);
  }
}

}  // namespace

TEST_CASE("contrast arithmetic matches WCAG's worked values") {
  CHECK(ui::contrastRatio(rgb(0x000000), rgb(0xffffff)) == doctest::Approx(21.0));
  CHECK(ui::contrastRatio(rgb(0x777777), rgb(0x777777)) == doctest::Approx(1.0));
  // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
  CHECK(ui::contrastRatio(rgb(0x767676), rgb(0xffffff)) == doctest::Approx(4.54).epsilon(0.005));
  CHECK(ui::contrastRatio(rgb(0x777777), rgb(0xffffff)) < 4.5);
  CHECK(ui::relativeLuminance(rgb(0xff0000)) == doctest::Approx(0.2126));
  // Half-transparent black over white lands half way in sRGB values.
  CHECK(ui::composite(IM_COL32(0, 0, 0, 128), rgb(0xffffff)) == rgb(0x7f7f7f));
  CHECK(ui::composite(ui::badgeFill(rgb(0x102030)), rgb(0x102030)) == rgb(0x102030));
}

TEST_CASE("light theme: every text and control pair meets WCAG 2.2 contrast") { checkTheme(false); }

TEST_CASE("dark theme: every text and control pair meets WCAG 2.2 contrast") { checkTheme(true); }

TEST_CASE("each confidence level has its own shape, not only its own colour") {
  CHECK(ui::confidenceShape(core::Confidence::Article) != ui::confidenceShape(core::Confidence::Confirmed));
  CHECK(ui::confidenceShape(core::Confidence::Article) != ui::confidenceShape(core::Confidence::Secondary));
  CHECK(ui::confidenceShape(core::Confidence::Article) != ui::confidenceShape(core::Confidence::Unconfirmed));
  CHECK(ui::confidenceShape(core::Confidence::Confirmed) != ui::confidenceShape(core::Confidence::Secondary));
  CHECK(ui::confidenceShape(core::Confidence::Confirmed) != ui::confidenceShape(core::Confidence::Unconfirmed));
  CHECK(ui::confidenceShape(core::Confidence::Secondary) != ui::confidenceShape(core::Confidence::Unconfirmed));
}

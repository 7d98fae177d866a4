#include "pair_view.h"

#include <algorithm>
#include <cmath>

#include "decimal.h"
#include "elements.h"
#include "function_ref.h"
#include "list_pages.h"
#include "plan_words.h"
#include "salary.h"
#include "salary_chart.h"
#include "scroll_area.h"
#include "skills_view.h"

namespace ui {

namespace {

const char* slotName(int slot) { return slot == 0 ? "a" : "b"; }

// A combo of every role, offered to the layer as a radio group whether it is open or not (as the
// Plan view's target picker): the roles around the chosen one (windowAround).
void rolePicker(const ViewContext& ctx, int slot, const core::Role* current, const core::Role* other, float width) {
  const std::string base = std::string("pair/") + slotName(slot);
  const std::string groupLabel = slot == 0 ? "First role" : "Second role";
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const Rect rect{min.x, min.y, width, ImGui::GetFrameHeight()};
  const auto& roles = ctx.catalog.roles;
  const PageSpan offered = windowAround(roles.size(), current ? static_cast<std::size_t>(current - roles.data()) : 0);
  ComboFromLayer keys{false, layerFocusWithin(ctx, base + "/")};
  for (std::size_t i = offered.begin; i < offered.end; ++i) {
    const core::Role& r = roles[i];
    Semantic sem;
    sem.role = SemanticRole::Radio;
    sem.label = r.title;
    sem.group = base;
    sem.groupLabel = groupLabel;
    sem.checked = current == &r;
    const std::string name = base + "/" + r.id + "#layer";
    ctx.semantics.describeVirtual(name, std::move(sem), rect);
    if (keys.chooses(ctx.semantics.takeActivation(name), current == &r))
      core::choosePairRole(ctx.state, ctx.catalog, slot, r, current, other);
  }
  ImGui::SetNextItemWidth(width);
  bool open;
  {
    ControlFrame frame(ctx);
    open = beginCombo(("##" + base).c_str(), current ? current->title : "choose a role",
                      keys);
  }
  if (open) {
    popupScrollRegion(ctx, (base + "-list").c_str());
    const float entry = ctx.touch ? kComfortableTarget : 32.0f;
    for (const core::Role& r : ctx.catalog.roles) {
      ImGui::PushID(r.id.c_str());
      if (listEntry(imguiLabel(r.title).c_str(), current == &r, entry))
        core::choosePairRole(ctx.state, ctx.catalog, slot, r, current, other);
      keepChosenEntryInView(keys, current == &r);
      ImGui::PopID();
      ctx.items.nameLastItem(base + "/" + r.id);
    }
    ImGui::EndCombo();
  }
  ctx.items.nameLastItem(base);
}

// The role's pay span as a bar on the catalogue's axis, with its figures under it.
void payBar(const ViewContext& ctx, const core::Role& role, float width) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  SalaryAxis axis = SalaryAxis::forCatalog(ctx.catalog, pos.x + 4, pos.x + width - 8);
  const float yBar = pos.y + 10.0f;
  draw->AddLine(ImVec2(axis.x0, yBar), ImVec2(axis.x1, yBar), ctx.colours.gridLine);
  if (auto span = core::paySpan(role)) drawSpan(axis, *span, yBar, ctx.colours.barFill);
  // The axis' ends, so that the two roles' bars read on one scale.
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  const std::string top = core::formatMoney(static_cast<std::int64_t>(axis.top));
  draw->AddText(ImVec2(axis.x0, yBar + 8.0f), ctx.colours.textMuted, "$0");
  draw->AddText(ImVec2(axis.x1 - ImGui::CalcTextSize(top.c_str()).x, yBar + 8.0f), ctx.colours.textMuted, top.c_str());
  ImGui::Dummy(ImVec2(width, 22.0f + ImGui::GetFontSize()));
}

// Each level's pay (or the one band), each explaining itself as everywhere else.
void payLines(const ViewContext& ctx, const core::Role& role, float width) {
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  auto line = [&](const std::string& label, const std::string& key, const core::SalaryRange& range) {
    std::string text = label + ": " + core::formatRange(range);
    if (range.hasFigure() && range.derived()) text += " (our reading)";
    explainedText(ctx, text, range.hasFigure() ? ctx.colours.text : ctx.colours.textMuted,
                  "info/pay/" + role.id + "/" + key, [&] { payExplanation(ctx, label, range); });
  };
  if (role.allLevels) {
    line("All levels", "all", *role.allLevels);
  } else {
    for (core::Seniority band : core::kSeniorities) {
      std::string key(core::nameOf(band));
      std::string label = key;
      if (!label.empty()) label[0] = static_cast<char>(label[0] - 'a' + 'A');
      line(label, key, role.pay(band));
    }
  }
  payBar(ctx, role, width);
}

// The least-hours plan to the role from the reader's ratings, and a button that opens it.
void planSummary(const ViewContext& ctx, const core::Role& role, const core::RolePathsCache& paths, int slot) {
  const core::RolePath* p = paths.find(role.id);
  if (!p || !p->planned) {
    textColoured(ctx, ctx.colours.accentText, "Planning\xE2\x80\xA6");
  } else if (p->plan.courses.empty() && core::plannable(*p)) {
    textWrapped(ctx, "Plan: nothing to learn.");
  } else {
    std::string words = "Plan: " + core::totalsLine(p->plan);
    if (!p->plan.optimal) words += " (the best found in the time allowed)";
    textWrapped(ctx, core::sentence(words));
    if (!core::plannable(*p)) {
      std::string missing;
      for (std::size_t i = 0; i < p->plan.uncoverable.size(); ++i) {
        const core::Skill* s = ctx.catalog.findSkill(p->plan.uncoverable[i]);
        missing += (i ? ", " : "") + (s ? s->name : p->plan.uncoverable[i]);
      }
      textWrappedMuted(ctx, "Not plannable in full: no allowed course raises " + missing + ".");
    }
  }
  Semantic open;
  open.label = "Open this plan: " + role.title;  // two of these side by side: says which
  if (tabButton(ctx, "Open this plan", false, std::string("pair/plan/") + slotName(slot), 0, true, 0, open)) {
    core::setTarget(ctx.state, ctx.catalog, role.id);
    core::showView(ctx.state, core::View::Plan);
  }
}

// `body` false: only the picker (the other side already shows this role, with the same names).
void roleColumn(const ViewContext& ctx, const core::Role* role, const core::Role* other, const core::RolePathsCache& paths,
                int slot, float width, bool body = true) {
  rolePicker(ctx, slot, role, other, width);
  if (!role || !body) return;
  heading(ctx, role->title, 3);
  if (ctx.derived.anyRated)
    for (const core::RoleFit& f : ctx.derived.ranking)
      if (f.role == role) textColoured(ctx, ctx.colours.accentText, core::decimal(f.score) + "% fit");
  payLines(ctx, *role, width);
  planSummary(ctx, *role, paths, slot);
}

// "none", "basic", "working", "strong": mid-sentence, in lower case.
std::string levelWords(int level) {
  std::string word = ratingWord(level);
  for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return word;
}

// "Python: you have basic; needs working" (one role) or "…; A needs working, B needs strong"
// (both); "(enough)" when the reader's level meets every need.
std::string skillLine(const ViewContext& ctx, const core::PairSkill& s, const core::RolePair& pair) {
  const core::Skill* skill = ctx.catalog.findSkill(s.skill);
  std::string line = (skill ? skill->name : s.skill) + ": you have " + levelWords(s.rating);
  if (s.needA && s.needB) {
    line += "; " + pair.a->title + " needs " + levelWords(s.needA) + ", " + pair.b->title + " needs " +
            levelWords(s.needB);
  } else {
    line += "; needs " + levelWords(s.needA ? s.needA : s.needB);
  }
  const int need = std::max(s.needA, s.needB);
  if (s.rating >= need) line += " (enough)";
  return line;
}

void skillList(const ViewContext& ctx, const std::string& title, const std::vector<core::PairSkill>& skills,
               const core::RolePair& pair) {
  heading(ctx, title, 3);
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  if (skills.empty()) textWrappedMuted(ctx, "None.");
  for (const core::PairSkill& s : skills) {
    const int need = std::max(s.needA, s.needB);
    const std::string line = skillLine(ctx, s, pair);
    if (s.rating >= need) textWrapped(ctx, line);
    else textWrappedMuted(ctx, line);
  }
}

// Two blocks side by side (wide: each in its half, its text wrapping at the half's edge; a group
// each, so the taller sets the height) or one under the other. (FunctionRef, not a template
// over the two callables: one copy of this code in the wasm.)
void twoColumns(bool columns, core::FunctionRef<void(float)> left, core::FunctionRef<void(float)> right) {
  if (!columns) {
    left(ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(0, 6));
    right(ImGui::GetContentRegionAvail().x);
    return;
  }
  constexpr float kGap = 24.0f;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float total = ImGui::GetContentRegionAvail().x;
  const float half = std::floor((total - kGap) * 0.5f);
  ImGui::BeginGroup();
  {
    ColumnScope column(start.x + half);
    left(half);
  }
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::SetCursorScreenPos(ImVec2(start.x + half + kGap, start.y));
  ImGui::BeginGroup();
  {
    ColumnScope column(start.x + total);
    right(total - half - kGap);
  }
  ImGui::EndGroup();
}

}  // namespace

void pairView(const ViewContext& ctx, const core::RolePathsCache& paths) {
  // Plain pointers, not a structured binding: lambdas below capture them (C++17).
  const auto roles = core::pairRoles(ctx.state, ctx.catalog, ctx.derived.ranking, ctx.derived.anyRated);
  const core::Role* a = roles.first;
  const core::Role* b = roles.second;
  textWrappedMuted(ctx, "Two roles' pay, the skills they share and do not, and the least-hours plan to each "
                        "from your ratings, with your plan filters (" + core::filtersWords(ctx.state.filters) + ").");
  const bool columns = ImGui::GetContentRegionAvail().x >= kPairColumnsMin;
  twoColumns(columns, [&](float w) { roleColumn(ctx, a, b, paths, 0, w); },
             [&](float w) { roleColumn(ctx, b, a, paths, 1, w, a != b); });
  if (!a || !b) return;
  if (a == b) {
    textWrappedMuted(ctx, "Both sides show the same role: choose another one to compare.");
    return;
  }
  const core::RolePair pair = core::comparePair(*a, *b, ctx.state.ratings);
  separator();
  skillList(ctx, "Skills in common", pair.common, pair);
  twoColumns(columns, [&](float) { skillList(ctx, "Only " + a->title, pair.onlyA, pair); },
             [&](float) { skillList(ctx, "Only " + b->title, pair.onlyB, pair); });
}

}  // namespace ui

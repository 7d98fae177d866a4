#include "plan_switcher.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "decimal.h"
#include "elements.h"
#include "plans.h"
#include "scroll_area.h"
#include "text_check.h"
#include "text_field.h"

namespace ui {

namespace {

// "GenAI engineer, 40% done": what a plan comes to, in the list and for screen readers.
std::string planDetail(const ViewContext& ctx, const core::PlanSummary& s) {
  const core::Role* role = ctx.catalog.findRole(s.role);
  std::string out = role ? role->title : "no role";
  // With nothing rated a plan without a chosen target plans for the role on screen: no "best fit".
  if (s.target.empty() && ctx.derived.anyRated) out += " (best fit)";
  if (!s.ready) return out + ", working out\xE2\x80\xA6";
  return out + ", " + core::decimal(static_cast<int>(s.progress * 100 + 0.5)) + "% done";
}

void closeDialog(PlanSwitcherState& ui) {
  ui.dialog = PlanSwitcherState::Dialog::None;
  ui.refused.clear();
  ImGui::CloseCurrentPopup();
}

// A modal over everything, like the menu's dialogs (actions_view.cpp): Tab stays inside it, the
// focus goes in, Escape closes it.
bool beginPlanDialog(const ViewContext& ctx, PlanSwitcherState& ui, const char* id, const char* focus) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(440.0f, vp->Size.x - 24.0f), 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, vp->Size.y - 24.0f));
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  // Sized above every frame, so not resizable by its edges (as beginDialog's, actions_view.cpp).
  if (!ImGui::BeginPopupModal(id, nullptr,
                              ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize))
    return false;
  popupScrollRegion(ctx, id);
  ctx.semantics.setModal("dialog/");
  if (ImGui::IsWindowAppearing()) ctx.semantics.moveFocusTo(focus);
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) closeDialog(ui);
  return true;
}

void renameDialog(const ViewContext& ctx, PlanSwitcherState& ui) {
  if (!beginPlanDialog(ctx, ui, "rename-plan", "dialog/plan-name")) return;
  {
    FontScope bold(ctx.fonts.bold, TextSize::kTitle);
    textWrapped(ctx, "Rename this plan");
  }
  // Typed in the layer's text input (ui/text_field.h); the canvas draws the name and the caret.
  constexpr const char* kField = "dialog/plan-name";
  std::string typed;
  TextCaret caret;
  if (ctx.semantics.takeText(kField, typed, caret)) {
    // Bounded to what the longest name can take (core::cleanPlanName counts kMaxPlanNameChars
    // characters of up to 4 bytes), whatever the layer sends.
    ui.name = std::string(core::utf8Prefix(typed, core::kMaxPlanNameChars * 4));
    ui.caret = caret.within(ui.name.size());
    ui.refused.clear();
  }
  const std::size_t shown = core::activePlanIndex(ctx.state);
  const core::PlanNameProblem problem = core::planNameProblem(ctx.state, shown, ui.name);
  const char* error = problem == core::PlanNameProblem::Empty   ? "A name needs at least one letter or digit."
                      : problem == core::PlanNameProblem::Taken ? "Another plan has this name."
                                                                : "";
  const bool enter = ctx.semantics.takeActivation(kField);  // Enter in the layer's field
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, ctx.touch ? 40.0f : ImGui::GetFrameHeight());
  ImGui::InvisibleButton(kField, size);
  if (ImGui::IsItemClicked()) ctx.semantics.moveFocusTo(kField);  // (in the page the input takes the pointer)
  ctx.items.nameLastItem(kField);
  Semantic field;
  field.role = SemanticRole::TextBox;
  field.label = "Plan name";
  field.max = static_cast<int>(core::kMaxPlanNameChars);  // the input stops there, as the name does
  field.valueText = ui.name;
  field.description = error;
  field.invalid = *error;
  ctx.semantics.describeLastItem(kField, std::move(field));
  drawTextField(ctx, at, ImVec2(at.x + size.x, at.y + size.y), at.x + 10.0f, ui.name,
                ui.caret.within(ui.name.size()), ctx.semantics.focus() == kField, nullptr);
  if (*error) textWrappedMuted(ctx, error);
  if (tabButton(ctx, "Rename", true, "dialog/confirm") || enter) {
    // Refused, the dialog stays and says why, to screen readers too (the live region).
    if (*error) {
      ui.refused = error;
    } else {
      core::renamePlan(ctx.state, shown, ui.name);
      closeDialog(ui);
    }
  }
  ImGui::SameLine();
  if (tabButton(ctx, "Cancel", false, "dialog/close")) closeDialog(ui);
  ImGui::EndPopup();
}

void deleteDialog(const ViewContext& ctx, PlanSwitcherState& ui) {
  if (!beginPlanDialog(ctx, ui, "delete-plan", "dialog/close")) return;
  {
    FontScope bold(ctx.fonts.bold, TextSize::kTitle);
    textWrapped(ctx, "Delete \xE2\x80\x9C" + ctx.state.planName + "\xE2\x80\x9D?");
  }
  textWrapped(ctx, "Its target, goal and filters are forgotten. Courses you marked done stay done.");
  if (tabButton(ctx, "Delete", true, "dialog/confirm")) {
    core::deletePlan(ctx.state, core::activePlanIndex(ctx.state));
    closeDialog(ui);
  }
  ImGui::SameLine();
  if (tabButton(ctx, "Cancel", false, "dialog/close")) closeDialog(ui);
  ImGui::EndPopup();
}

void planList(const ViewContext& ctx, const PlanSwitcherState& ui) {
  const std::size_t shown = core::activePlanIndex(ctx.state);
  const std::vector<core::NamedPlan> plans = core::allPlans(ctx.state);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Plan");
  ImGui::SameLine();
  const float width = ctx.narrow ? ImGui::GetContentRegionAvail().x : 320.0f;
  ImGui::SetNextItemWidth(width);
  // Offered to the layer as a radio group whether the list is open or not (as the target picker).
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const Rect comboRect{at.x, at.y, width, ImGui::GetFrameHeight()};
  std::size_t chosen = plans.size();
  ComboFromLayer keys{false, layerFocusWithin(ctx, "plans/")};
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const std::string name = "plans/" + core::decimal(i + 1);
    Semantic sem;
    sem.role = SemanticRole::Radio;
    sem.label = plans[i].name + (i < ui.summaries.size() ? ": " + planDetail(ctx, ui.summaries[i]) : "");
    sem.group = "plans";
    sem.groupLabel = "Your plans";
    sem.checked = i == shown;
    ctx.semantics.describeVirtual(name + "#layer", std::move(sem), comboRect);
    if (keys.chooses(ctx.semantics.takeActivation(name + "#layer"), i == shown)) chosen = i;
  }
  bool open;
  {
    ControlFrame frame(ctx);
    open = beginCombo("##plans", ctx.state.planName, keys);
  }
  if (open) {
    popupScrollRegion(ctx, "plan-list");
    const float entry = ctx.touch ? kComfortableTarget : 32.0f;
    for (std::size_t i = 0; i < plans.size(); ++i) {
      std::string label = plans[i].name;
      if (i < ui.summaries.size()) label += "  \xC2\xB7  " + planDetail(ctx, ui.summaries[i]);
      ImGui::PushID(static_cast<int>(i));
      if (listEntry(imguiLabel(label).c_str(), i == shown, entry)) chosen = i;
      keepChosenEntryInView(keys, i == shown);
      ImGui::PopID();
      ctx.items.nameLastItem("plans/" + core::decimal(i + 1));
    }
    ImGui::EndCombo();
  }
  ctx.items.nameLastItem("plans/switch");
  if (chosen < plans.size() && chosen != shown) core::switchPlan(ctx.state, chosen);
}

}  // namespace

void planSwitcher(const ViewContext& ctx, PlanSwitcherState& ui) {
  ImGui::PushID("plans");
  planList(ctx, ui);
  const std::size_t count = ctx.state.otherPlans.size() + 1;
  Flow flow;
  flow.next(0);
  if (count < core::kMaxPlans) {
    Semantic sem;
    sem.label = "New plan, from these settings";
    if (tabButton(ctx, "New plan", false, "plans/new", 0, true, 0, sem)) core::newPlan(ctx.state);
    flow.next(ImGui::CalcTextSize("Rename").x + ImGui::GetStyle().FramePadding.x * 2);
  }
  if (tabButton(ctx, "Rename", false, "plans/rename", 0, true)) {
    ui.name = ctx.state.planName;
    ui.caret = {ui.name.size(), ui.name.size()};  // at its end, as the layer puts it
    ui.dialog = PlanSwitcherState::Dialog::Rename;
  }
  if (count > 1) {
    flow.next(ImGui::CalcTextSize("Delete").x + ImGui::GetStyle().FramePadding.x * 2);
    Semantic sem;
    sem.label = "Delete this plan";
    if (tabButton(ctx, "Delete", false, "plans/delete", 0, true, 0, sem)) ui.dialog = PlanSwitcherState::Dialog::Delete;
  }
  if (ui.dialog == PlanSwitcherState::Dialog::Rename) renameDialog(ctx, ui);
  if (ui.dialog == PlanSwitcherState::Dialog::Delete) deleteDialog(ctx, ui);
  ImGui::PopID();
}

}  // namespace ui

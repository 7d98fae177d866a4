#include "search_view.h"

#include <algorithm>

#include "decimal.h"
#include "elements.h"
#include "scroll_area.h"
#include "text_field.h"

namespace ui {

namespace {

constexpr const char* kFieldName = "search";
constexpr const char* kListGroup = "search/results";
constexpr const char* kPopup = "##search-results";
constexpr const char* kFieldLabel = "Search roles, skills, courses and tools";

// A magnifying glass centred in `box`.
void drawMagnifier(ImDrawList* draw, ImVec2 centre, float size, ImU32 colour) {
  const float r = size * 0.32f;
  const ImVec2 c(centre.x - size * 0.08f, centre.y - size * 0.08f);
  draw->AddCircle(c, r, colour, 16, 1.8f);
  const float d = r * 0.7071f;
  draw->AddLine(ImVec2(c.x + d, c.y + d), ImVec2(c.x + d + size * 0.24f, c.y + d + size * 0.24f), colour, 2.2f);
}

// The role whose profile lists the course (it teaches a skill the role needs): the selected role
// when it does, else the one it teaches the most needed skills for. Null when none.
const core::Role* roleShowingCourse(const ViewContext& ctx, const core::Course& course, std::size_t& position) {
  const core::Role* best = nullptr;
  int bestShared = 0;
  for (const core::Role& role : ctx.catalog.roles) {
    int shared = 0;
    for (const core::SkillTaught& t : course.teaches)
      for (const core::SkillNeed& n : role.skills) shared += n.skill == t.skill ? 1 : 0;
    if (shared == 0) continue;
    if (role.id == ctx.state.role) {
      best = &role;
      break;
    }
    if (shared > bestShared) {
      best = &role;
      bestShared = shared;
    }
  }
  if (!best) return nullptr;
  const auto courses = core::coursesForRole(ctx.catalog, *best);
  position = static_cast<std::size_t>(std::find(courses.begin(), courses.end(), &course) - courses.begin());
  return best;
}

// The view's item that shows what was opened: focus goes there, and it is brought into view. The
// view that draws it may only appear in the next frame: the page's focus is asked for again then
// (SearchUi::focusNext). The canvas rings it at once when the keyboard chose; after a click the
// layer rings it only once a key is pressed there (library_semantic_layer.js).
void pointAt(const ViewContext& ctx, SearchUi& ui, const std::string& name, bool byPointer) {
  if (byPointer) ctx.semantics.reveal(name);
  else ctx.semantics.setFocus(name);
  ctx.semantics.moveFocusTo(name);
  ui.focusNext = name;
}

void takeRequests(const ViewContext& ctx, SearchUi& ui) {
  std::string text;
  TextCaret caret;
  if (ctx.semantics.takeText(kFieldName, text, caret)) {
    ui.query = std::string(core::capQuery(text));
    ui.caret = caret.within(ui.query.size());
    ui.open = true;
    ui.notice.clear();
  }
}

}  // namespace

const char* kindLabel(core::SearchKind k) {
  switch (k) {
    case core::SearchKind::Role: return "Role";
    case core::SearchKind::Skill: return "Skill";
    case core::SearchKind::Course: return "Course";
    case core::SearchKind::Tool: return "Tool";
  }
  return "";
}

const char* resultKindLabel(const core::Catalog& catalog, const core::SearchResult& r) {
  if (r.kind == core::SearchKind::Course) {
    const core::Course* c = catalog.findCourse(r.id);
    if (c && c->kind == core::CourseKind::CertificationExam) return "Exam";
  }
  return kindLabel(r.kind);
}

std::string resultItemName(const core::SearchResult& r) {
  std::string name = "result/" + std::string(core::nameOf(r.kind)) + "/";
  if (r.kind == core::SearchKind::Tool) name += r.role + "/";
  return name + r.id;
}

bool searchActive(const ViewContext& ctx, const SearchUi& ui) {
  return ctx.semantics.focus() == kFieldName || (ui.open && !ui.query.empty());
}

void searchField(const ViewContext& ctx, SearchUi& ui, float width, bool collapsed) {
  takeRequests(ctx, ui);
  if (!ui.focusNext.empty()) {
    ctx.semantics.moveFocusTo(ui.focusNext);
    ui.focusNext.clear();
  }
  // Folded to its magnifier, as tall as Share and the menu beside it (and as wide as a finger).
  const float height = collapsed ? ImGui::GetFrameHeight() : ctx.touch ? 40.0f : 32.0f;
  const float boxWidth = std::max(height, width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##search-field", ImVec2(boxWidth, height));
  const bool focused = ctx.semantics.focus() == kFieldName;
  ctx.items.nameLastItem(kFieldName);
  Semantic s;
  s.role = SemanticRole::TextField;
  s.label = kFieldLabel;
  s.valueText = ui.query;
  s.checked = ui.open && !ui.query.empty();
  s.group = "";
  s.controls = kListGroup;
  if (s.checked && ui.highlighted >= 0 && ui.highlighted < static_cast<int>(ui.results.size()))
    s.activeDescendant = resultItemName(ui.results[static_cast<std::size_t>(ui.highlighted)]);
  ctx.semantics.describeLastItem(kFieldName, std::move(s));
  // A click here (the native harness; in the page the layer's input takes the pointer) opens the
  // list again.
  if (ImGui::IsItemClicked() && !ui.query.empty()) ui.open = true;

  const ImVec2 end(pos.x + boxWidth, pos.y + height);
  if (collapsed) {
    // Folded to its magnifier it is a button beside Share and the menu, and looks like them: a
    // field's darker edge there read as a focus ring.
    ImGui::GetWindowDrawList()->AddRectFilled(pos, end, ImGui::IsItemHovered() ? ctx.colours.surfaceHover : ctx.colours.surface,
                                              ImGui::GetStyle().FrameRounding);
  } else {
    drawTextField(ctx, pos, end, pos.x + height, ui.query, ui.caret, focused,
                  ctx.touch || ctx.narrow ? "Search" : "Search  (press /)");
  }
  drawMagnifier(ImGui::GetWindowDrawList(), ImVec2(pos.x + (collapsed ? boxWidth : height) * 0.5f, pos.y + height * 0.5f),
                (collapsed ? std::min(height, 32.0f) : height) * 0.62f, ctx.colours.textMuted);
}

void openSearchResult(const ViewContext& ctx, SearchUi& ui, const core::SearchResult& r, RolesViewState& roles,
                      SkillsViewState& skills, bool byPointer) {
  ui.notice.clear();
  switch (r.kind) {
    case core::SearchKind::Role:
    case core::SearchKind::Tool: {
      const std::string& role = r.kind == core::SearchKind::Role ? r.id : r.role;
      core::selectRole(ctx.state, ctx.catalog, role);
      core::showView(ctx.state, core::View::Roles);
      roles.detailOpen = true;
      // On a phone the profile replaces the list: a keyboard user lands on its first control.
      if (!ctx.narrow) pointAt(ctx, ui, "role/" + role, byPointer);
      else ui.focusNext = "back/roles";
      break;
    }
    case core::SearchKind::Skill: {
      core::showView(ctx.state, core::View::Skills);
      skills.showSkill(ctx.catalog, r.id);
      const auto rating = ctx.state.ratings.find(r.id);
      pointAt(ctx, ui, "skill/" + r.id + "/" + core::decimal(rating == ctx.state.ratings.end() ? 0 : rating->second),
              byPointer);
      break;
    }
    case core::SearchKind::Course: {
      const core::Course* course = ctx.catalog.findCourse(r.id);
      std::size_t position = 0;
      const core::Role* role = course ? roleShowingCourse(ctx, *course, position) : nullptr;
      if (!role) {
        // Nothing to open: say so in the list, which stays open.
        ui.notice = "No role here needs what \xE2\x80\x9C" + r.name + "\xE2\x80\x9D teaches, so no profile lists it.";
        return;
      }
      core::selectRole(ctx.state, ctx.catalog, role->id);
      core::showView(ctx.state, core::View::Roles);
      roles.detailOpen = true;
      // Its page of the profile's course list is shown.
      roles.showCourse(role->id, position);
      pointAt(ctx, ui, "course/" + r.id, byPointer);
      break;
    }
  }
  ui.open = false;
  ui.query.clear();
  ui.caret = {};
  ui.results.clear();
  ui.searched.clear();
  ui.run.reset();
  ui.highlighted = -1;
}

bool searchResults(const ViewContext& ctx, SearchUi& ui, const core::SearchIndex& index, RolesViewState& roles,
                   SkillsViewState& skills) {
  // A new query starts a new run; each frame does one slice of it (bench/core prints the figures).
  const bool preparing = !index.built();
  if (!preparing && ui.query != ui.searched) {
    ui.searched = ui.query;
    ui.run = ui.query.empty() ? nullptr : std::make_unique<core::SearchRun>(index, ui.query);
    if (!ui.run) ui.results.clear();
  }
  if (ui.run && ui.run->step(core::kSearchSliceWork)) {
    ui.results = ui.run->results();
    ui.run.reset();
    ui.highlighted = ui.results.empty() ? -1 : 0;
  }
  const bool searching = preparing || ui.run != nullptr;
  const int count = static_cast<int>(ui.results.size());

  // Keys from the field.
  int key = 0;
  if (ctx.semantics.takeFieldKey(kFieldName, key)) {
    if (key == kSearchKeyEscape) {
      ui.open = false;
    } else if (!ui.query.empty()) {
      ui.open = true;
      if (key == kSearchKeyDown && count) ui.highlighted = (ui.highlighted + 1) % count;
      if (key == kSearchKeyUp && count) ui.highlighted = (ui.highlighted - 1 + count) % count;
      ui.revealHighlight = key == kSearchKeyDown || key == kSearchKeyUp;
      if (key == kSearchKeyEnter && !searching && ui.highlighted >= 0 && ui.highlighted < count) {
        openSearchResult(ctx, ui, ui.results[static_cast<std::size_t>(ui.highlighted)], roles, skills);
        return false;
      }
    }
  }

  Rect field;
  if (!ui.open || ui.query.empty() || !ctx.items.find(kFieldName, field)) {
    ui.popupShown = false;
    return searching;
  }
  // The popup was closed by ImGui (a click or tap outside it): so is the list.
  if (ui.popupShown && !ImGui::IsPopupOpen(kPopup)) {
    ui.open = false;
    ui.popupShown = false;
    return searching;
  }
  if (!ImGui::IsPopupOpen(kPopup)) ImGui::OpenPopup(kPopup);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float margin = 8.0f;
  const float width = std::min(vp->Size.x - margin * 2, std::max(field.w, 360.0f));
  const float x = std::clamp(field.x, vp->Pos.x + margin, vp->Pos.x + vp->Size.x - margin - width);
  const float top = field.y + field.h + 4.0f;
  // Never below the bottom of the widget (a phone's keyboard makes it short): the list scrolls.
  const float maxHeight = std::max(60.0f, vp->Pos.y + vp->Size.y - top - margin);
  ImGui::SetNextWindowPos(ImVec2(x, top));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, maxHeight));
  if (!ImGui::BeginPopup(kPopup, ImGuiWindowFlags_NoMove)) {
    ui.popupShown = false;
    return searching;
  }
  ui.popupShown = true;
  const std::size_t first = ctx.semantics.count();
  popupScrollRegion(ctx, kPopup);
  ctx.popovers.noteOpen(ImVec2(field.x, field.y), ImVec2(field.x + field.w, field.y + field.h));
  const float rowHeight = ctx.touch ? 48.0f : 42.0f;
  if (!ui.notice.empty()) textWrapped(ctx, ui.notice);
  if (count == 0) {
    textWrappedMuted(ctx, searching ? std::string("Searching\xE2\x80\xA6")
                                    : "No role, skill, course or tool matches \xE2\x80\x9C" + ui.query + "\xE2\x80\x9D.");
  }
  const core::SearchResult* chosen = nullptr;
  bool chosenByPointer = false;
  for (int i = 0; i < count; ++i) {
    const core::SearchResult& r = ui.results[static_cast<std::size_t>(i)];
    const std::string name = resultItemName(r);
    const char* kind = resultKindLabel(ctx.catalog, r);  // for the layer and the drawing
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::PushID(i);
    bool clicked = ImGui::InvisibleButton("##result", ImVec2(w, rowHeight));
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    ctx.items.nameLastItem(name);
    Semantic s;
    s.role = SemanticRole::Option;
    s.label = r.name + ", " + kind + (r.detail.empty() ? "" : ", " + r.detail);
    s.group = kListGroup;
    s.groupLabel = "Search results";
    s.checked = i == ui.highlighted;
    ctx.semantics.describeLastItem(name, std::move(s));
    const bool fromLayer = ctx.semantics.takeActivation(name);
    if (i == ui.highlighted && ui.revealHighlight) {
      // The arrows moved the highlight: it comes into view (once; the wheel may scroll it away).
      ui.revealHighlight = false;
      const float y = pos.y - ImGui::GetWindowPos().y;
      if (y < 0 || y + rowHeight > ImGui::GetWindowHeight()) ImGui::SetScrollHereY(0.5f);
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + w, pos.y + rowHeight);
    if (i == ui.highlighted) draw->AddRectFilled(pos, end, ctx.colours.surfaceSelected, 4.0f);
    else if (hovered) draw->AddRectFilled(pos, end, ctx.colours.surfaceHover, 4.0f);
    // The kind at the right, the name (and what it belongs to) at the left.
    float kindWidth = 0;
    {
      FontScope small(ctx.fonts.regular, TextSize::kSmall);
      kindWidth = ImGui::CalcTextSize(kind).x;
      draw->AddText(ImVec2(end.x - kindWidth - 8, pos.y + (rowHeight - ImGui::GetFontSize()) * 0.5f),
                    ctx.colours.textMuted, kind);
    }
    const float textWidth = w - kindWidth - 24;
    const bool twoLines = !r.detail.empty();
    {
      FontScope body(ctx.fonts.regular, TextSize::kBody);
      const float y = twoLines ? pos.y + 4 : pos.y + (rowHeight - ImGui::GetFontSize()) * 0.5f;
      draw->AddText(ImVec2(pos.x + 8, y), ctx.colours.text, ellipsized(r.name, textWidth).c_str());
    }
    if (twoLines) {
      FontScope small(ctx.fonts.regular, TextSize::kSmall);
      const std::string detail = r.kind == core::SearchKind::Tool ? "Used by " + r.detail : r.detail;
      draw->AddText(ImVec2(pos.x + 8, end.y - ImGui::GetFontSize() - 5), ctx.colours.textMuted,
                    ellipsized(detail, textWidth).c_str());
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked || fromLayer) {
      chosen = &r;
      chosenByPointer = !fromLayer;
    }
  }
  if (chosen) {
    const core::SearchResult r = *chosen;
    openSearchResult(ctx, ui, r, roles, skills, chosenByPointer);
    if (!ui.open) ImGui::CloseCurrentPopup();
  } else if (ctx.semantics.focusMovedOn(first, kFieldName)) {
    // Tab went on from the field: the list closes (the combobox pattern); the query stays.
    ui.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return searching;
}

}  // namespace ui

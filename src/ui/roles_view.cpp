#include "roles_view.h"

#include <algorithm>
#include <cstdio>

#include "confidence_mark.h"
#include "course_words.h"
#include "decimal.h"
#include "elements.h"
#include "header_view.h"
#include "outlook_section.h"
#include "salary.h"
#include "salary_chart.h"
#include "scroll_area.h"
#include "skills_view.h"
#include "stable_sort.h"

namespace ui {

namespace {

std::string spanLabel(const core::Role& role) {
  auto span = core::paySpan(role);
  if (!span) return "pay not stated";
  return core::describeSpan(*span, true);
}

// What the operable layer says of a role's row, given its pay words (spanLabel).
std::string rowLabel(const core::Role& role, const std::string& pay, int fitScore) {
  return role.title + ": " + pay + (fitScore >= 0 ? ", " + core::decimal(fitScore) + "% fit" : "");
}

// A role's row in the list: title, its pay span and, once the reader rated anything, their fit.
// Returns true when clicked.
bool roleRow(const ViewContext& ctx, const core::Role& role, bool selected, int fitScore) {
  // Beside the profile the list is a single choice (arrow keys move it, the profile follows); on a
  // phone each row opens its role, a button.
  Semantic sem;
  if (!ctx.narrow) {
    sem.role = SemanticRole::Radio;
    sem.group = "roles";
    sem.groupLabel = "Roles";
    sem.checked = selected;
  }
  // The pay line keeps the fit ("13% fit") at its right; a span too long for the room left (one
  // that names the levels it covers, in a phone's column) wraps to a second line, never cut
  // short: "mid and senior levels only" is the part that matters.
  const float rightMargin = ctx.narrow ? 30.0f : 12.0f;
  float room = availableWidth() - rightMargin - 14.0f;
  if (fitScore >= 0) {
    FontScope bold(ctx.fonts.bold, TextSize::kSmall);
    room -= ImGui::CalcTextSize("100% fit").x + 10.0f;
  }
  const std::string pay = spanLabel(role);
  float payExtra = 0.0f;
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    payExtra = ImGui::CalcTextSize(pay.c_str(), nullptr, false, room).y - ImGui::GetTextLineHeight();
  }
  const Row row = rowButton(ctx, role.id, "role/" + role.id, 54.0f + std::max(0.0f, payExtra),
                            rowLabel(role, pay, fitScore), std::move(sem));
  const ImVec2 pos = row.min, end = row.max;
  const float height = end.y - pos.y;
  const bool clicked = row.clicked, hovered = row.hovered;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (selected || hovered)
    draw->AddRectFilled(pos, end, selected ? ctx.colours.surfaceSelected : ctx.colours.surfaceHover,
                        8.0f);
  if (selected)
    draw->AddRectFilled(pos, ImVec2(pos.x + 4, end.y), ctx.colours.accent, 8.0f,
                        ImDrawFlags_RoundCornersLeft);
  {
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    const float titleRoom = end.x - pos.x - 14.0f - rightMargin;
    draw->AddText(ImVec2(pos.x + 14, pos.y + 9), ctx.colours.text, ellipsized(role.title, titleRoom).c_str());
  }
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + 14, pos.y + 30),
                  ctx.colours.textMuted, pay.c_str(), nullptr, room);
  }
  if (fitScore >= 0) {
    FontScope bold(ctx.fonts.bold, TextSize::kSmall);
    std::string fit = core::decimal(fitScore) + "% fit";
    const float w = ImGui::CalcTextSize(fit.c_str()).x;
    draw->AddText(ImVec2(end.x - rightMargin - w, pos.y + 30), ctx.colours.accentText, fit.c_str());
  }
  if (ctx.narrow) {  // a chevron says "opens"
    FontScope bold(ctx.fonts.bold, TextSize::kTitle);
    draw->AddText(ImVec2(end.x - 20, pos.y + height * 0.5f - ImGui::GetFontSize() * 0.5f),
                  ctx.colours.textMuted, "\xE2\x80\xBA");
  }
  return clicked;
}

void openRole(const ViewContext& ctx, RolesViewState& view, const core::Role& role) {
  core::selectRole(ctx.state, ctx.catalog, role.id);
  view.detailOpen = true;
  view.showCourse(role.id, 0);
  if (ctx.narrow) view.focusOnShow = "detail";
}

// Beside the profile, the list is one radio group across its pages: the roles just before and
// just after the page shown are offered to the operable layer too (not drawn), so that the arrow
// keys go on past the page's ends. Choosing one shows its page (it is not on this one), where it
// keeps the same name, so the keyboard focus stays on it.
void pageNeighbour(const ViewContext& ctx, RolesViewState& view, const core::Role& role, int fitScore) {
  Semantic sem;
  sem.role = SemanticRole::Radio;
  sem.label = rowLabel(role, spanLabel(role), fitScore);
  sem.group = "roles";
  sem.groupLabel = "Roles";
  const std::string name = "role/" + role.id;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ctx.semantics.describeVirtual(name, std::move(sem),
                                Rect{at.x, at.y, ImGui::GetContentRegionAvail().x, 1.0f}, false);
  if (ctx.semantics.takeActivation(name)) openRole(ctx, view, role);
}

// In the data's order until the reader rates a skill; then best fit first, with the score.
void roleList(const ViewContext& ctx, RolesViewState& view) {
  std::vector<std::pair<const core::Role*, int>> rows;
  if (ctx.derived.anyRated) {
    for (const core::RoleFit& f : ctx.derived.ranking) rows.emplace_back(f.role, f.score);
  } else {
    for (const core::Role& role : ctx.catalog.roles) rows.emplace_back(&role, -1);
  }
  // A role chosen elsewhere (a link, search, a Compare row) is on the page shown, in view.
  if (view.pageShowsRole != ctx.state.role) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].first->id != ctx.state.role) continue;
      view.pages.showItem(i, kRolesPage);
      ctx.semantics.revealUnlessOther("role/" + ctx.state.role);
    }
    view.pageShowsRole = ctx.state.role;
  }
  const PageSpan shown = listPagesTop(ctx, view.pages, rows.size(), kRolesPage, "Roles", "roles");
  if (!ctx.narrow && shown.begin > 0)
    pageNeighbour(ctx, view, *rows[shown.begin - 1].first, rows[shown.begin - 1].second);
  for (std::size_t i = shown.begin; i < shown.end; ++i) {
    const core::Role* role = rows[i].first;
    if (roleRow(ctx, *role, !ctx.narrow && role->id == ctx.state.role, rows[i].second)) {
      view.pageShowsRole = role->id;  // chosen on this page: the page stays
      openRole(ctx, view, *role);
    }
  }
  if (!ctx.narrow && shown.end < rows.size())
    pageNeighbour(ctx, view, *rows[shown.end].first, rows[shown.end].second);
  listPagesBottom(ctx, view.pages, rows.size(), kRolesPage, "Roles", "roles");
}

const char* statusGlyph(core::SkillStatus s) {
  switch (s) {
    case core::SkillStatus::Have: return "\xE2\x9C\x93";     // check mark
    case core::SkillStatus::Partial: return "\xE2\x97\x8F";  // filled dot: some
    default: return "\xE2\x97\x8B";                         // open dot: none yet
  }
}

const char* levelWord(int level) {
  return level >= 3 ? "strong" : level == 2 ? "working" : "basic";
}

const char* weightWord(int weight) {
  return weight >= 3 ? "high" : weight == 2 ? "medium" : "low";
}

// How the reader's ratings meet this role: the score and each skill's status with its weight.
void fitSection(const ViewContext& ctx, const core::Role& role) {
  const core::RoleFit* fit = nullptr;
  for (const core::RoleFit& f : ctx.derived.ranking)
    if (f.role == &role) fit = &f;
  if (!fit) return;
  sectionTitle(ctx, ("Your fit: " + core::decimal(fit->score) + "%").c_str());
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  textWrappedMuted(ctx, core::kFitMeaning);
  for (const core::SkillFit& s : fit->skills) {
    const core::Skill* skill = ctx.catalog.findSkill(s.need->skill);
    if (!skill) continue;
    ImU32 colour = s.status == core::SkillStatus::Have      ? ctx.colours.confidenceArticle
                   : s.status == core::SkillStatus::Partial ? ctx.colours.warning
                                                            : ctx.colours.textMuted;
    textColoured(ctx, colour, statusGlyph(s.status));
    ImGui::SameLine();
    textWrapped(ctx, skill->name + " \xE2\x80\x94 you: " + ratingWord(s.rating) + ", needs: " +
                ratingWord(s.need->level) + ", importance " + weightWord(s.need->weight));
  }
}

// Where a fact was read: an address, or the article itself, and the day it was checked.
std::string whereRead(const std::string& source, const std::string& checked) {
  if (source.empty()) return "";
  std::string where = source == "article" ? "the source article" : source;
  return "Source: " + where + (checked.empty() ? "" : " (checked " + checked + ")");
}

// What a fact's explanation says beyond its confidence: its note, its source, a price's date.
struct FactDetail {
  std::string note;
  std::string source;
  std::string checked;
  std::string extra;
};

// One fact of a course: a confidence dot and its text; what the confidence means, the note
// behind the figure, and where it was read, on demand.
void courseFact(const ViewContext& ctx, Flow& flow, const core::Course& course, const std::string& what,
                const std::string& text, std::optional<core::Confidence> confidence,
                const FactDetail& detail) {
  const float dot = confidence ? 14.0f : 0.0f;
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  flow.next(size.x + dot);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = std::max(kMinTarget, size.y);
  ImGui::PushID(what.c_str());
  ImGui::InvisibleButton("fact", ImVec2(size.x + dot, height));
  ImGui::PopID();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float yMid = pos.y + height * 0.5f;
  if (confidence)
    drawConfidenceMark(draw, ImVec2(pos.x + 5, yMid), 5.0f, confidenceColour(ctx.colours, *confidence), *confidence);
  draw->AddText(ImVec2(pos.x + dot, yMid - size.y * 0.5f), confidence ? ctx.colours.text : ctx.colours.textMuted,
                text.c_str());
  if (!confidence) {  // nothing to explain, but read as it is drawn ("hours not stated")
    ctx.semantics.describeText(text);
    return;
  }
  explainLastItem(ctx, "info/course/" + course.id + "/" + what, [&] {
    textWrapped(ctx, std::string(confidenceMeaning(*confidence)) + " (" + std::string(core::nameOf(*confidence)) + ")");
    if (!detail.note.empty()) textWrappedMuted(ctx, detail.note);
    if (!detail.extra.empty()) textWrappedMuted(ctx, detail.extra);
    const std::string where = whereRead(detail.source, detail.checked);
    if (!where.empty()) textWrappedMuted(ctx, where);
  }, what + ": " + text + ", " + std::string(core::nameOf(*confidence)) + " (" + course.title + ")");  // the mark in words; whose
}

const char* kindWord(core::CourseKind k) {
  switch (k) {
    case core::CourseKind::Specialization: return "specialization";
    case core::CourseKind::ProfessionalCertificate: return "professional certificate";
    case core::CourseKind::CertificationExam: return "certification exam";
    case core::CourseKind::Mooc: return "open online course";
    case core::CourseKind::Primer: return "primer";
    default: return "course";
  }
}

// Who offers it and who teaches it, what kind of entry it is, and whether the article names it.
std::string courseByline(const core::Course& c) {
  std::string by = c.provider + (c.partner.empty() ? "" : " \xC2\xB7 " + c.partner);
  if (!c.instructor.empty()) by += " \xC2\xB7 taught by " + c.instructor;
  by += std::string(" \xC2\xB7 ") + kindWord(c.kind);
  by += c.namedInArticle ? " \xC2\xB7 named in the article" : " \xC2\xB7 not named in the article";
  return by;
}

void courseCard(const ViewContext& ctx, const core::Course& c) {
  ImGui::PushID(c.id.c_str());
  ImGui::BeginGroup();
  {
    // A heading under "Courses that teach these skills", so that a screen reader can move from
    // course to course.
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    textWrapped(c.title);
    ctx.semantics.describeText(c.title, 4);
  }
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  textWrappedMuted(ctx, courseByline(c));
  // Its facts and what explains them are one Tab stop (a toolbar; arrows move within), and
  // "Open course" (a link) another: a course costs the keyboard two Tabs, not up to eight.
  ctx.semantics.beginButtonGroup("facts/" + c.id, "Facts of " + c.title, "\xE2\x86\x90 \xE2\x86\x92 the other facts");
  Flow flow;
  auto detailOf = [](const auto& fact) { return FactDetail{fact.note, fact.source, fact.checked, ""}; };
  if (c.level) courseFact(ctx, flow, c, "level", std::string(core::nameOf(c.level->value)), c.level->confidence, detailOf(*c.level));
  else courseFact(ctx, flow, c, "level", "level not stated", std::nullopt, {});
  if (c.hours) {
    courseFact(ctx, flow, c, "hours", core::courseHoursWords(*c.hours), c.hours->confidence, detailOf(*c.hours));
  } else if (c.duration) {
    courseFact(ctx, flow, c, "duration", c.duration->value, c.duration->confidence, detailOf(*c.duration));
  } else {
    courseFact(ctx, flow, c, "hours", "hours not stated", std::nullopt, {});
  }
  if (c.hours && c.duration)
    courseFact(ctx, flow, c, "duration", c.duration->value, c.duration->confidence, detailOf(*c.duration));
  if (c.price) {
    FactDetail d{c.price->note, c.price->source, c.price->checked,
                 c.price->asOf.empty() ? "" : "Price as of " + c.price->asOf + "."};
    courseFact(ctx, flow, c, "price", core::coursePriceWords(*c.price), c.price->confidence, d);
  } else {
    courseFact(ctx, flow, c, "price", "price not stated", std::nullopt, {});
  }
  if (c.rating) {
    courseFact(ctx, flow, c, "rating", core::courseRatingWords(*c.rating), c.rating->confidence, detailOf(*c.rating));
  } else {
    courseFact(ctx, flow, c, "rating", "rating not stated", std::nullopt, {});
  }
  if (!c.about.empty()) textWrappedMuted(ctx, c.about);
  // The last line is drawn in the order the layer reads and the keyboard reaches it: the
  // toolbar's last facts (legacy, how sure the link is, where the facts come from), then "Open
  // course", the Tab stop after the toolbar. Drawn first, the link would be passed over by the
  // arrows and reached by Tab only after the facts to its right.
  Flow line;
  if (c.legacy) {
    const float width = ImGui::CalcTextSize("legacy").x + 16;
    line.next(width);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("legacy", ImVec2(width, kMinTarget));
    drawBadge(ctx, ImVec2(pos.x, pos.y + 2), "legacy", ctx.colours.warning);
    explainLastItem(ctx, "info/course/" + c.id + "/legacy", [&] {
      textWrapped(ctx, c.legacy->reason);
      if (!c.legacy->successor.empty()) textWrapped(ctx, "Successor: " + c.legacy->successor);
      const std::string where = whereRead(c.legacy->source, c.legacy->checked);
      if (!where.empty()) textWrappedMuted(ctx, where);
    }, "legacy: " + c.legacy->reason);
  }
  if (!c.url.empty()) {
    // Every card has these: in the layer each names its course, so that a list of links or
    // buttons says which is which.
    const std::string linkWord = "link " + std::string(core::nameOf(c.urlConfidence));
    line.next(ImGui::CalcTextSize(linkWord.c_str()).x);
    explainedText(ctx, linkWord, ctx.colours.textMuted, "info/course/" + c.id + "/link",
                  [&] { textWrapped(ctx, confidenceMeaning(c.urlConfidence)); }, linkWord + ": " + c.title);
  } else {
    courseFact(ctx, line, c, "link", "no link known", std::nullopt, {});  // (centred on the line, as the rest)
  }
  if (!c.sources.empty()) {
    const std::string label = "where these facts come from (" + core::decimal(c.sources.size()) + ")";
    line.next(ImGui::CalcTextSize(label.c_str()).x);
    explainedText(ctx, label, ctx.colours.textMuted, "info/course/" + c.id + "/sources", [&] {
      for (const core::CourseSource& src : c.sources)
        textWrapped(ctx, src.about + ": " + (src.url == "article" ? "the source article" : src.url) +
                    (src.checked.empty() ? "" : " (checked " + src.checked + ")"));
    }, label + ": " + c.title);
  }
  ctx.semantics.endButtonGroup();
  if (!c.url.empty()) {
    const char* open = "Open course \xE2\x86\x97";
    line.next(ImGui::CalcTextSize(open).x);
    linkButton(ctx, open, c.url, "course/" + c.id, "Open course: " + c.title);
  }
  ImGui::EndGroup();
  ImGui::PopID();
}

// A needed skill, explained: what it is, the level asked and what that level means, whether the
// article names it for the role, and whether that level is learned on the job.
void skillNeedExplanation(const ViewContext& ctx, const core::Skill& skill, const core::SkillNeed& n) {
  textWrapped(ctx, skill.description);
  textWrappedMuted(ctx, std::string("Needed at a ") + levelWord(n.level) + " level \xC2\xB7 importance " +
                            weightWord(n.weight));
  if (!skill.levelText(n.level).empty())
    textWrapped(ctx, std::string(ratingWord(n.level)) + ": " + skill.levelText(n.level));
  if (n.ourReading) badge(ctx, "our reading", ctx.colours.textMuted);
  if (!n.why.empty()) textWrappedMuted(ctx, n.why);
  else if (!n.ourReading) textWrappedMuted(ctx, "The article names this skill for the role.");
  if (skill.onJobFrom > 0 && skill.onJobFrom <= n.level)
    textWrapped(ctx, "Learned on the job at this level: " + skill.onJobNote);
}

}  // namespace

void roleDetail(const ViewContext& ctx, const core::Role& role, RolesViewState& view) {
  {
    FontScope title(ctx.fonts.bold, TextSize::kHeading);
    textWrapped(role.title);
    ctx.semantics.describeText(role.title, 2);
    if (view.focusOnShow == "detail") {  // the profile replaced the list: the focus goes to its title
      ctx.semantics.moveFocusTo(ctx.semantics.nameAt(ctx.semantics.count() - 1));
      view.focusOnShow.clear();
    }
  }
  textWrapped(ctx, role.summary);

  if (ctx.derived.anyRated) fitSection(ctx, role);

  // Each section's figures and statements are one Tab stop (a toolbar; arrows move within),
  // as a course's facts are (courseCard).
  sectionTitle(ctx, "Pay in the US, per year");
  ctx.semantics.beginButtonGroup("pay-of/" + role.id, "Pay in the US, per year", "\xE2\x86\x90 \xE2\x86\x92 the other figures");
  salaryChart(ctx, role);
  ctx.semantics.endButtonGroup();

  outlookSection(ctx, role);

  sectionTitle(ctx, "Day to day");
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    textWrappedMuted(ctx, "Our summary of the work: the article describes it only in general terms.");
  }
  for (const std::string& a : role.activities) {
    ImGui::TextUnformatted("\xE2\x80\xA2");  // (a bullet of the font's: ImGui's Bullet() is code for one use)
    ImGui::SameLine();
    textWrapped(ctx, a);
  }

  sectionTitle(ctx, "Skills it needs");
  std::vector<const core::SkillNeed*> needs;
  for (const core::SkillNeed& n : role.skills) needs.push_back(&n);
  core::stableSort(needs, [](auto* a, auto* b) { return a->weight > b->weight; });
  Flow skills;
  ctx.semantics.beginButtonGroup("skills-of/" + role.id, "Skills it needs", "\xE2\x86\x90 \xE2\x86\x92 the other skills");
  for (const core::SkillNeed* n : needs) {
    const core::Skill* skill = ctx.catalog.findSkill(n->skill);
    if (!skill) continue;
    // Outlined: a skill the article does not name for this role (our reading).
    chip(ctx, skills, skill->name, "skill/" + skill->id, n->ourReading);
    // Outlined means our reading: the layer says it in words.
    explainLastItem(ctx, "info/skill/" + skill->id, [&] { skillNeedExplanation(ctx, *skill, *n); },
                    skill->name + (n->ourReading ? " (our reading)" : ""));
  }
  ctx.semantics.endButtonGroup();
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    const bool anyOurs = std::any_of(needs.begin(), needs.end(), [](auto* n) { return n->ourReading; });
    textWrappedMuted(ctx, std::string(anyOurs ? "Outlined: our reading \xE2\x80\x94 the article does not "
                                                "name that skill for this role. "
                                              : "") +
                              "Levels and importance are always our reading: the article gives none.");
  }

  if (!role.tools.empty()) {
    sectionTitle(ctx, "Tools and frameworks");
    Flow tools;
    // Each tool is words to read, not a control: the layer gives it as text (a skill's chip
    // above is a button that explains it).
    for (std::size_t i = 0; i < role.tools.size(); ++i) {
      chip(ctx, tools, role.tools[i], "tool/" + core::decimal(i), true);
      ctx.semantics.describeText(role.tools[i], 0, kChipPadX);
    }
  }

  sectionTitle(ctx, "Courses that teach these skills");
  {
    std::string onJob;
    for (const core::SkillNeed& n : role.skills) {
      const core::Skill* skill = ctx.catalog.findSkill(n.skill);
      if (!skill || skill->onJobFrom == 0 || skill->onJobFrom > n.level) continue;
      onJob += (onJob.empty() ? "" : ", ") + skill->name + " (" + levelWord(n.level) + ")";
    }
    if (!onJob.empty())
      explainedText(ctx, "Learned on the job, not from a course here: " + onJob + ".",
                    ctx.colours.textMuted, "info/onjob/" + role.id, [&] {
                      for (const core::SkillNeed& n : role.skills) {
                        const core::Skill* skill = ctx.catalog.findSkill(n.skill);
                        if (skill && skill->onJobFrom > 0 && skill->onJobFrom <= n.level)
                          textWrapped(ctx, skill->name + ": " + skill->onJobNote);
                      }
                    });
  }
  // Computed once per state change (Derived), and shown a page at a time: a data file with
  // thousands of courses must not cost thousands of cards per frame.
  const auto& courses = ctx.derived.roleCourses;
  if (courses.empty()) textWrappedMuted(ctx, "No course in the data teaches these skills yet.");
  if (view.coursesRole != role.id) view.showCourse(role.id, 0);
  const std::size_t first = std::min(view.coursesFirst, courses.size());
  const std::size_t end = std::min(courses.size(), first + view.coursesShown);
  if (first > 0) {
    const std::string earlier = "Show earlier courses (" + core::decimal(first) + " before)";
    if (tabButton(ctx, earlier.c_str(), false, "courses/earlier", 0, true)) {
      const std::size_t back = std::min(first, kCoursesPage);
      view.coursesFirst = first - back;
      view.coursesShown = std::min(view.coursesShown + back, kMostCoursesShown);
    }
  }
  for (std::size_t i = first; i < end; ++i) {
    separator();
    courseCard(ctx, *courses[i]);
  }
  if (end < courses.size()) {
    separator();
    const std::string more = "Show more courses (" + core::decimal(courses.size() - end) + " more)";
    if (tabButton(ctx, more.c_str(), false, "courses/more", 0, true)) {
      view.coursesShown += kCoursesPage;
      // Past kMostCoursesShown the earliest page makes way ("Show earlier" brings it back).
      if (view.coursesShown > kMostCoursesShown) {
        view.coursesFirst += view.coursesShown - kMostCoursesShown;
        view.coursesShown = kMostCoursesShown;
      }
    }
  }
  sourceFooter(ctx);
}

void RolesViewState::showCourse(const std::string& roleId, std::size_t position) {
  const bool onScreen = coursesRole == roleId && position >= coursesFirst && position < coursesFirst + coursesShown;
  coursesRole = roleId;
  if (onScreen) return;
  coursesFirst = position / kCoursesPage * kCoursesPage;
  coursesShown = kCoursesPage;
}

void rolesView(const ViewContext& ctx, RolesViewState& view) {
  const core::Role* selected = ctx.catalog.findRole(ctx.state.role);
  if (ctx.narrow) {
    if (view.detailOpen && selected) {
      Semantic back;  // named without the arrow, which a screen reader would read out
      back.label = "All roles";
      if (tabButton(ctx, "\xE2\x80\xB9 All roles", false, "back/roles", 0, true, 0, back)) {
        view.detailOpen = false;
        view.focusOnShow = "role/" + selected->id;  // back on the list, at the role just left
      }
      ScrollArea detail(ctx.input, "detail", ImVec2(0, 0), ImGuiChildFlags_None, selected->id);
      roleDetail(ctx, *selected, view);
    } else {
      ScrollArea list(ctx.input, "list", ImVec2(0, 0));
      roleList(ctx, view);
      sourceFooter(ctx);
      if (view.focusOnShow.rfind("role/", 0) == 0) {
        ctx.semantics.moveFocusTo(view.focusOnShow);
        view.focusOnShow.clear();
      }
    }
    return;
  }
  view.focusOnShow.clear();  // (wide: nothing replaces anything)
  const float listWidth = std::clamp(ImGui::GetContentRegionAvail().x * 0.32f, 250.0f, 330.0f);
  {
    ScrollArea list(ctx.input, "list", ImVec2(listWidth, 0));
    roleList(ctx, view);
  }
  ImGui::SameLine(0, 16);
  // Another role starts at its title, not where the previous one was scrolled to.
  ScrollArea detail(ctx.input, "detail", ImVec2(0, 0), ImGuiChildFlags_None, selected ? selected->id : "");
  if (selected) roleDetail(ctx, *selected, view);
}

}  // namespace ui

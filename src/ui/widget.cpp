#include "widget.h"

#include <ctime>
#include <optional>
#include <vector>

#include "app_state.h"
#include "calendar.h"
#include "compare_view.h"
#include "data_loader.h"
#include "elements.h"
#include "fonts.h"
#include "header_view.h"
#include "imgui.h"
#include "item_registry.h"
#include "plan_view.h"
#include "problems_view.h"
#include "roles_view.h"
#include "share_link.h"
#include "skills_view.h"
#include "theme.h"

namespace ui {

struct Widget::Impl {
  PlatformHooks hooks;
  Fonts fonts;
  bool dark = false;
  std::optional<core::LoadResult> data;  // set by loadData; usable when data->report.ok()
  core::AppState state;
  ItemRegistry items;
  RolesViewState rolesView;
  std::string failureTitle, failureDetail;  // set by showFailure or a failed load
  std::string pageUrl;                      // for share links and the embed snippet
  bool compact = false;
  std::string savedFragment;                // what storage holds (the reader's own state)
  bool viewingLink = false;                 // showing a shared link that differs from savedFragment
  std::vector<std::string> notices;         // from restoring a link; shown until dismissed
  std::string lastSaved;                    // the last fragment handed to saveState
  int copyResult = -1;                      // -1 none pending/shown, 0 failed, 1 copied
  // Fits and the plan for `derivedFor`; mutable so that reading the state can bring them up to
  // date between frames.
  mutable core::Derived derived;
  mutable std::optional<core::AppState> derivedFor;

  bool ready() const { return data && data->report.ok(); }

  // Recomputes fits and the plan only when the state they come from changed.
  void refreshDerived() const {
    if (derivedFor && *derivedFor == state) return;
    derived = core::derive(data->catalog, state, todayInDays());
    derivedFor = state;
  }

  static int todayInDays() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return core::daysFromCivil({local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
  }
};

Widget::Widget() : impl_(std::make_unique<Impl>()) {}
Widget::~Widget() = default;

void Widget::init(const PlatformHooks& hooks) {
  impl_->hooks = hooks;
  impl_->fonts = loadFonts();
  applyTheme(impl_->dark);
}

void Widget::loadData(std::string_view json) {
  impl_->data = core::loadCatalog(json);
  if (impl_->ready()) {
    impl_->state = core::initialState(impl_->data->catalog);
    impl_->derivedFor.reset();
    impl_->failureTitle.clear();
    impl_->failureDetail.clear();
  } else {
    impl_->failureTitle = "The career data could not be loaded";
    impl_->failureDetail =
        "Nothing is shown rather than something wrong. If you edited careers.json, run "
        "career-explorer-validate on it (see the README), fix what it reports, and reload.";
  }
}

void Widget::showFailure(std::string_view title, std::string_view detail) {
  impl_->failureTitle = std::string(title);
  impl_->failureDetail = std::string(detail);
}

void Widget::setPageUrl(std::string_view url) { impl_->pageUrl = std::string(url); }

void Widget::setCompact(bool compact) { impl_->compact = compact; }

void Widget::restore(std::string_view linkFragment, std::string_view savedFragment) {
  Impl& m = *impl_;
  if (!m.ready()) return;
  const core::Catalog& catalog = m.data->catalog;
  core::DecodedFragment saved = core::decodeFragment(savedFragment, catalog);
  m.savedFragment = saved.recognised ? core::encodeFragment(saved.state) : "";
  m.lastSaved = m.savedFragment;
  core::DecodedFragment link = core::decodeFragment(linkFragment, catalog);
  if (!linkFragment.empty() && !(linkFragment.size() == 1 && linkFragment[0] == '#')) {
    m.state = link.state;
    m.notices = link.notices;
    m.viewingLink = saved.recognised && core::encodeFragment(link.state) != m.savedFragment;
  } else if (saved.recognised) {
    m.state = saved.state;
  }
  m.derivedFor.reset();
}

std::string Widget::fragment() const {
  return impl_->ready() ? core::encodeFragment(impl_->state) : std::string();
}

void Widget::copyFinished(bool ok) { impl_->copyResult = ok ? 1 : 0; }

void Widget::setDarkMode(bool dark) {
  impl_->dark = dark;
  applyTheme(dark);
}

bool Widget::darkMode() const { return impl_->dark; }

bool Widget::frame() {
  Impl& m = *impl_;
  m.items.beginFrame();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  const bool narrow = viewport->Size.x < kWideLayoutMin;
  // Phones get a little less padding: every pixel of a 360 px column counts.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, narrow ? ImVec2(12, 10) : ImVec2(20, 16));
  ImGui::Begin("GenAI Career Explorer", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  const Palette& colours = palette(m.dark);

  if (!m.failureTitle.empty()) {
    problemsView(colours, m.fonts, m.failureTitle, m.failureDetail,
                 m.data && !m.data->report.ok() ? &m.data->report : nullptr);
  } else if (!m.ready()) {
    textColoured(colours.textMuted, "Loading career data\xE2\x80\xA6");
  } else {
    m.refreshDerived();
    ViewContext ctx{m.data->catalog, m.state, m.derived, m.items, colours, m.fonts, m.hooks, narrow};
    headerView(ctx);
    switch (m.state.view) {
      case core::View::Roles: rolesView(ctx, m.rolesView); break;
      case core::View::Compare:
        if (compareView(ctx)) m.rolesView.detailOpen = true;  // a chosen row opens that role
        break;
      case core::View::Skills: skillsView(ctx); break;
      case core::View::Plan: planView(ctx); break;
    }
  }
  ImGui::End();
  m.items.endFrame();
  return false;  // nothing animates yet
}

std::string Widget::stateJson() const {
  const Impl& m = *impl_;
  core::Json j = core::Json::object();
  if (m.ready()) {
    m.refreshDerived();
    j = core::Json::parse(core::stateToJson(m.state, m.derived), nullptr, false);
  }
  j["status"] = !m.failureTitle.empty() ? "error" : m.ready() ? "ready" : "loading";
  j["theme"] = m.dark ? "dark" : "light";
  if (m.data) {
    core::Json errors = core::Json::array();
    for (const core::Problem& p : m.data->report.errors()) errors.push_back(p.text());
    j["dataErrors"] = errors;
  }
  if (!m.failureTitle.empty()) j["failure"] = m.failureTitle;
  return j.dump();
}

bool Widget::itemRect(std::string_view name, Rect& out) const {
  return impl_->items.find(name, out);
}

}  // namespace ui

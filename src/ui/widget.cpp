#include "widget.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "actions_view.h"
#include "app_state.h"
#include "calendar.h"
#include "compare_view.h"
#include "consequences.h"
#include "data_loader.h"
#include "decimal.h"
#include "derived.h"
#include "elements.h"
#include "fonts.h"
#include "header_view.h"
#include "imgui.h"
#include "input_map.h"
#include "json_object_writer.h"
#include "item_registry.h"
#include "light_dismiss.h"
#include "links.h"
#include "navigation.h"
#include "outlook.h"
#include "plan_shelf.h"
#include "plan_view.h"
#include "plans.h"
#include "problems_view.h"
#include "role_paths.h"
#include "roles_view.h"
#include "search_view.h"
#include "session.h"
#include "share_link.h"
#include "skills_view.h"
#include "text_mirror.h"
#include "theme.h"

namespace ui {

namespace {

// When storage will not keep the reader's progress (Widget::Impl::persist). Full storage keeps
// the last copy it took: a later visit opens that, without these changes.
const char* const kStorageRefusedNotice =
    "This browser is not letting the explorer keep your progress on this device (its storage is "
    "blocked or full), so your changes will be gone when you leave. Share gives a link to your ratings and the plan on screen.";

// The search results for the JS API (README, "JS API": search()), as a JSON array.
void appendSearchResults(std::string& out, const std::vector<core::SearchResult>& results) {
  core::JsonArrayWriter list(out);
  for (const core::SearchResult& r : results) {
    core::JsonObjectWriter j(list.item());
    j.put("kind", core::nameOf(r.kind));
    j.put("id", r.id);
    j.put("name", r.name);
    j.put("detail", r.detail);
    j.put("match", core::nameOf(r.match));
    j.put("item", resultItemName(r));
    if (r.kind == core::SearchKind::Tool) j.put("role", r.role);
    j.close();
  }
  list.close();
}

}  // namespace

struct Widget::Impl {
  PlatformHooks hooks;
  Fonts fonts;
  bool dark = false;
  std::optional<core::LoadResult> data;  // set by loadData; usable when data->report.ok()
  core::AppState state;
  ItemRegistry items;
  InputMap input;
  SemanticLayer semantics;
  LightDismiss popovers;
  bool pendingKeyRelease = false;  // Escape from the layer: released in the frame after its press
  RolesViewState rolesUi;
  SkillsViewState skillsUi;
  CompareViewState compareUi;
  JobChoice jobChoice;  // the reader's own ratings a job replaced (paths_view.h)
  core::PlaceHistory history;
  bool historyStarted = false;  // false until the first HistoryUpdate after a (re)start
  // The state the browser's address was last written for (stateRevision(); 0: none, rewrite
  // it), and that address's fragment: encodeLink's text, or "" when the link would be too long
  // to open again (the address then holds no state, and a reload opens the saved progress).
  std::uint64_t historyRevision = 0;
  std::string historyLink;
  Session session;
  std::string failureTitle, failureDetail;  // set by showFailure or a failed load
  // Fits, the plan and its schedule for `state`; mutable so that reading the state can bring
  // them up to date between frames.
  mutable core::DerivedCache cache;
  // Search (ui/search_view.h): transient UI, and the catalogue's index, built on first use.
  SearchUi search;
  mutable core::SearchIndex searchIndex;
  bool searching = false;  // the index or a query is still being worked on: more frames follow
  bool explorerDrawn = false;  // drawExplorer has run once (the data's first frame is behind us)

  // The index is built once per catalogue, when the reader first uses the search: `budget`
  // entries a call (a slice a frame), or all at once (the JS API).
  const core::SearchIndex& searchIndexFor(std::uint64_t budget) const {
    if (!searchIndex.built()) {
      if (searchIndex.entries() == 0 && !searchStarted) {
        searchIndex.start(data->catalog);
        searchStarted = true;
      }
      searchIndex.build(budget);
    }
    return searchIndex;
  }
  mutable bool searchStarted = false;
  // Every role's least-hours plan, for Compare's "From my job" and "Side by side" (role_paths.h).
  mutable core::RolePathsCache paths;
  // Every other plan's role and progress (plan switcher, getState().plans), planned a slice at a
  // time while the plan on screen is not.
  mutable core::PlanShelf shelf;
  PlanSwitcherState plansUi;

  // Planning steps left to this animation frame of the page: one slice (core::kSliceSteps) a
  // frame, shared by every planner (Compare's rows, the plan, the other plans), and by every
  // frame drawn in it (an input handler draws its own, before the animation frame's), so that a
  // click or a key never adds a slice of planning to the frame it lands in. Refilled by
  // animationFrame(); a platform that never calls it gives every frame a slice.
  mutable std::uint64_t stepsLeft = core::kSliceSteps;
  bool ticks = false;  // the platform reports its animation frames
  // A change made in a frame drawn inside an input handler shows above the item clicked only in
  // the next frame (ImGui lays out as it draws; "Best fits" appears over the job chosen, and the
  // operable layer's elements below it move): that frame plans a tenth of a slice, which still
  // finishes any plan of the bundled data (19,429 steps at most, measured over every role, job,
  // goal and a budget cap), so only a larger plan waits a frame for the rest.
  bool deferPlanning = false;
  static constexpr std::uint64_t kDeferredSteps = core::kSliceSteps / 10;
  std::uint64_t stepsTaken = 0;  // in the last frame, for tests and benchmarks

  std::uint64_t planStepsRun() const { return cache.planSteps() + shelf.planSteps() + paths.planSteps(); }
  // Runs `refresh` with the steps left to this frame and takes what it ran from them.
  template <class Refresh>
  void planWithin(Refresh refresh) const {
    const std::uint64_t before = planStepsRun();
    refresh(stepsLeft);
    stepsLeft -= std::min(stepsLeft, planStepsRun() - before);
  }

  bool ready() const { return data && data->report.ok(); }
  const core::Derived& derived() const { return cache.derived(); }

  // Brings fits and the plan up to date with the state (each only when what it depends on
  // changed: core/derived.h) and runs up to `planSteps` of an unfinished plan. Frames run one
  // slice each and keep coming while the plan improves (frame() reports it as animating).
  void refreshDerived(std::uint64_t planSteps = 0) const {
    const std::uint64_t before = cache.planSteps();
    cache.update(data->catalog, state, session.today, planSteps);
    const std::uint64_t used = std::min(planSteps, cache.planSteps() - before);
    shelf.update(data->catalog, state, cache.derived(), session.today, cache.planning() ? 0 : planSteps - used);
  }

  // Plans what Compare's mode shows, `planSteps` at most: every role for "From my job", the two
  // roles for "Side by side", nothing elsewhere (an unfinished plan is then dropped).
  void refreshPaths(std::uint64_t planSteps) const {
    const bool shown = state.view == core::View::Compare;
    const bool all = shown && state.compareMode == core::CompareMode::FromJob;
    std::vector<std::string> first;
    if (shown && state.compareMode == core::CompareMode::SideBySide) {
      const auto [a, b] = core::pairRoles(state, data->catalog, derived().ranking, derived().anyRated);
      for (const core::Role* r : {a, b})
        if (r) first.push_back(r->id);
    }
    paths.update(data->catalog, derived().ranking, state.ratings, state.filters, planSteps, first, all);
  }

  // The state written out (core::encodeFragment), written again only when the state changed:
  // every frame asks for it (storage, the address bar, the text mirror, a handler's before and
  // after), and at the data limits it is a few hundred kilobytes of text. Comparing the state
  // with the copy it was written from costs no allocation.
  // Each new text gets a new revision number (from 1), so a caller that only asks "did the
  // state change since" keeps a number, not a copy of the text.
  mutable core::AppState textFor;
  mutable std::string text;
  mutable std::uint64_t textRevision = 0;
  const std::string& stateText() const {
    if (textRevision == 0 || !(textFor == state)) {
      text = core::encodeFragment(state);
      textFor = state;
      ++textRevision;
    }
    return text;
  }
  std::uint64_t stateRevision() const {
    stateText();
    return textRevision;
  }

  // Hands the reader's own state to storage when it changed — never a shared link they are
  // only looking at (their saved progress stays until they choose).
  void persist() {
    if (!hooks.saveState || session.viewingLink) return;
    const std::string& fragment = stateText();
    if (fragment == session.lastSaved) return;
    const bool kept = hooks.saveState(fragment.c_str());
    // Not kept: still the reader's own progress for this visit ("Open my progress"), and the
    // next change tries again. They are told once, with a way to keep it, when something of
    // theirs would be lost: a state other than the one the visit started from.
    session.lastSaved = session.savedFragment = fragment;
    if (!visitStart) visitStart = fragment;
    if (!kept && fragment != *visitStart && !session.storageRefused) {
      session.storageRefused = true;
      session.notices.push_back(kStorageRefusedNotice);
      layoutFramesOwed = 2;  // the banner appears next frame; its height settles in the one after
    }
  }
  std::optional<std::string> visitStart;  // the state the visit started from (restore())
  int layoutFramesOwed = 0;  // frames asked for so that something that just appeared lays out

  // What changed because of the reader's last action, for the live region (consequences.h).
  Consequences consequences;
  void noteConsequences() { consequences.note(state, derived(), ImGui::GetTime(), jobChoice.kept, jobChoice.broughtBack); }
  // What the live region says besides a consequence (a toast, notices, how many results), and
  // when that last changed: Widget::announcement() leaves out an older consequence.
  std::string besides;
  double besidesChangedAt = 0;
  std::string besidesConsequences() const {
    // (A dialog says its title itself: the layer's dialog element is named by it, and takes the focus.)
    std::string text = session.toast;
    for (const std::string& n : session.notices) text += (text.empty() ? "" : " ") + n;
    // A shared link over the reader's own progress: what its banner asks, once, as it appears.
    if (session.viewingLink && !session.bannerWords.empty()) text += (text.empty() ? "" : " ") + session.bannerWords;
    if (!plansUi.refused.empty()) text += (text.empty() ? "" : " ") + plansUi.refused;
    // How many results the search field found (the options are read as the arrows reach them),
    // once the reader pauses: a count for every key typed would queue up in a screen reader.
    if (resultsCountDue() && ImGui::GetTime() - queryChangedAt >= kResultsPause) {
      const std::size_t n = search.results.size();
      text += (text.empty() ? "" : " ") +
              (n == 0 ? std::string("No results.") : core::decimal(n) + (n == 1 ? " result." : " results."));
    }
    return text;
  }
  static constexpr double kResultsPause = 0.6;  // s without a key typed before the count is said
  std::string queryNoted;
  double queryChangedAt = 0;
  bool resultsCountDue() const {
    return search.open && !search.query.empty() && !search.run && search.searched == search.query;
  }
  void noteAnnouncement() {
    if (search.query != queryNoted) {
      queryNoted = search.query;
      queryChangedAt = ImGui::GetTime();
    }
    noteConsequences();
    std::string now = besidesConsequences();
    if (now == besides) return;
    besides = std::move(now);
    besidesChangedAt = ImGui::GetTime();
  }

  static const char* dialogName(Dialog d) {
    switch (d) {
      case Dialog::CopyByHand: return "copy";
      case Dialog::Embed: return "embed";
      case Dialog::ConfirmStartOver: return "start-over";
      case Dialog::LinkTooLong: return "link-too-long";
      default: return "";
    }
  }

  // The open dialog's kind: the actions' (Session) or the plan switcher's own.
  const char* openDialog() const {
    if (session.dialog != Dialog::None) return dialogName(session.dialog);
    switch (plansUi.dialog) {
      case PlanSwitcherState::Dialog::Rename: return "rename-plan";
      case PlanSwitcherState::Dialog::Delete: return "delete-plan";
      default: return "";
    }
  }

  core::Place place() const { return core::placeOf(state, rolesUi.detailOpen, openDialog()); }

  ViewContext context(bool narrow, const Palette& colours) {
    return ViewContext{data->catalog, state, derived(), items, input, semantics, popovers, colours, fonts, hooks, narrow,
                       session.compact, session.touch};
  }

  void startOver() {
    state = core::initialState(data->catalog);
    session.viewingLink = false;
    session.notices.clear();
    session.savedFragment.clear();
    session.lastSaved.clear();
    rolesUi = {};
    consequences.reset();
    if (hooks.saveState) hooks.saveState("");
  }

  void drawExplorer(bool narrow, const Palette& colours) {
    // What is on screen plans first: Compare's rows there, else the plan (then the other plans).
    // The data's first frame shows its view as soon as it can: a plan that view does not show
    // starts searching with the next frame (in the browser, that search's code is compiled on
    // its first call, on the page's thread: ~3 ms of a first frame of ~50).
    const bool planNow = explorerDrawn || state.view == core::View::Plan;
    explorerDrawn = true;
    refreshDerived();
    if (state.view == core::View::Compare) planWithin([&](std::uint64_t steps) { refreshPaths(steps); });
    if (planNow) planWithin([&](std::uint64_t steps) { refreshDerived(steps); });
    const ViewContext ctx = context(narrow, colours);
    const auto drawSearch = [&](float width, bool collapsed) { searchField(ctx, search, width, collapsed); };
    HeaderSearch headerSearch{drawSearch, searchActive(ctx, search)};
    headerView(ctx, actionButtonsWidth(ctx, session),
               [&](const ImVec2* hiddenAt) {
                 if (hiddenAt) hiddenActionButtons(ctx, session, *hiddenAt);
                 else actionButtons(ctx, session);
               },
               headerSearch);
    bool openMine = false;
    linkBanner(ctx, session, openMine);
    if (openMine) state = core::decodeFragment(session.savedFragment, data->catalog, core::kMaxSavedLength).state;
    semantics.beginPanel();
    switch (state.view) {
      case core::View::Roles: rolesView(ctx, rolesUi); break;
      case core::View::Compare:
        if (compareView(ctx, paths, compareUi, jobChoice)) rolesUi.detailOpen = true;  // a chosen row opens that role
        break;
      case core::View::Skills: skillsView(ctx, skillsUi, jobChoice); break;
      case core::View::Plan:
        plansUi.summaries = shelf.summaries();
        planView(ctx, plansUi);
        break;
    }
    semantics.endPanel();
    const bool inUse = searchActive(ctx, search) || searchStarted;
    searching = inUse && searchResults(ctx, search, searchIndexFor(inUse ? core::kSearchIndexSlice : 0), rolesUi, skillsUi);
  }
};

Widget::Widget() : impl_(std::make_unique<Impl>()) {}
Widget::~Widget() = default;

void Widget::init(const PlatformHooks& hooks) {
  impl_->hooks = hooks;
  // The browser draws the mouse cursor (io.MouseDrawCursor stays off): the atlas needs none of
  // ImGui's cursor pictures, whose data the build leaves out (cmake/imgui/CMakeLists.txt); thin
  // lines are drawn as geometry, not from lines baked into the atlas (left out the same way).
  ImGui::GetIO().Fonts->Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoBakedLines;
  impl_->fonts = loadFonts();
  applyTheme(impl_->dark);
}

void Widget::loadData(std::string_view json, bool cutPastLimit) {
  core::JsonLimits limits;
  limits.cutPastMax = cutPastLimit;
  impl_->data = core::loadCatalog(json, limits);
  if (impl_->ready()) {
    impl_->state = core::initialState(impl_->data->catalog);
    impl_->cache.reset();
    impl_->search = {};
    impl_->searchIndex = {};
    impl_->searchStarted = false;
    impl_->paths.reset();
    impl_->shelf.reset();
    // The views' pages and orders belong to the old data (the new catalogue lives at the same
    // address, so SkillsViewState could not tell by itself).
    impl_->rolesUi = {};
    impl_->skillsUi = {};
    impl_->compareUi = {};
    impl_->jobChoice = {};
    impl_->failureTitle.clear();
    impl_->failureDetail.clear();
  } else {
    impl_->failureTitle = "The career data could not be loaded";
    impl_->failureDetail =
        "The page's career data has a problem, so nothing is shown rather than something "
        "wrong; your saved progress is kept. If this is your page: run "
        "career-explorer-validate on its data file (careers.json, or the file its ?data= names), "
        "fix what it reports, and reload.";
  }
}

void Widget::showFailure(std::string_view title, std::string_view detail) {
  impl_->failureTitle = std::string(title);
  impl_->failureDetail = std::string(detail);
}

void Widget::setPageUrl(std::string_view url) {
  impl_->session.pageUrl = std::string(url.substr(0, url.find('#')));
}

void Widget::setArticleUrl(std::string_view url, std::string_view key) {
  impl_->session.articleUrl = std::string(url.substr(0, url.find('#')));
  impl_->session.articleKey = core::isArticleKey(key) ? std::string(key) : std::string();
}

void Widget::setCompact(bool compact) { impl_->session.compact = compact; }

void Widget::setTouchInput(bool touch) { impl_->session.touch = touch; }

float Widget::scrollAt(float x, float y, float dy) { return impl_->input.scrollAt(x, y, dy); }

bool Widget::dragsAt(float x, float y) const { return impl_->input.draggableAt(x, y); }

Widget::HistoryUpdate Widget::historyUpdate() {
  Impl& m = *impl_;
  HistoryUpdate u;
  if (!m.ready()) return u;
  const core::Place place = m.place();
  const std::uint64_t revision = m.stateRevision();
  const bool settingsChanged = revision != m.historyRevision;
  const std::string arrowedIn = m.semantics.takeArrowedGroup();
  if (settingsChanged) {
    m.historyLink = core::encodeLink(m.state, m.data->catalog);
    if (m.historyLink.size() > core::kMaxFragmentLength) m.historyLink.clear();
  }
  u.fragment = m.historyLink;
  if (!m.historyStarted) {
    m.history.reset(place);
    m.historyStarted = true;
    u.step = 1;  // the first entry becomes ours (its place), so Back to it is understood
  } else {
    switch (m.history.moveTo(place, settingsChanged, arrowedIn)) {
      case core::PlaceHistory::Step::None: u.step = 0; break;
      case core::PlaceHistory::Step::Replace: u.step = 1; break;
      case core::PlaceHistory::Step::Push: u.step = 2; break;
      case core::PlaceHistory::Step::Back: u.step = 3; break;
    }
  }
  m.historyRevision = revision;
  u.place = core::encodePlace(place);
  u.depth = m.history.depth();
  return u;
}

void Widget::goToPlace(std::string_view placeText, std::size_t depth) {
  Impl& m = *impl_;
  if (!m.ready()) return;
  const core::Place place = core::decodePlace(placeText);
  core::goToPlace(m.state, m.data->catalog, place);
  m.rolesUi.detailOpen = place.roleOpen;
  // Back closes a dialog; Forward does not reopen one (its contents were a moment's): the
  // history goes back from its entry (core::PlaceHistory::arrivedAt).
  if (place.dialog.empty()) {
    m.session.dialog = Dialog::None;
    m.plansUi.dialog = PlanSwitcherState::Dialog::None;
    m.plansUi.refused.clear();  // (a refusal is the dialog's)
  }
  m.history.arrivedAt(depth, place, m.place());
  m.historyRevision = 0;  // the entry's address holds older settings: rewrite it
}

void Widget::restore(std::string_view linkFragment, std::string_view startFragment,
                     std::string_view savedFragment) {
  Impl& m = *impl_;
  if (!m.ready()) return;
  core::Startup start = core::resolveStartup(m.data->catalog, {linkFragment, startFragment, savedFragment});
  Session& s = m.session;
  m.state = std::move(start.state);
  s.notices = std::move(start.notices);
  s.savedFragment = start.savedFragment;
  // Storage holds what the visit starts from, as far as saving goes: nothing is written until
  // the reader changes something. Progress this version cannot read stays in storage until then
  // (the notice says so), and a link opened on a first visit is not made the reader's unasked.
  s.lastSaved = m.stateText();
  s.viewingLink = start.viewingLink;
  m.visitStart = m.stateText();
  m.rolesUi = {};
  m.jobChoice = {};  // (ratings a link or visit replaced are not a job's doing)
  m.rolesUi.detailOpen = start.opensRole;  // a link opens on what the sender saw
  m.historyStarted = false;
  m.consequences.reset();
}

std::string Widget::fragment() const {
  return impl_->ready() ? core::encodeLink(impl_->state, impl_->data->catalog) : std::string();
}

void Widget::savedElsewhere(std::string_view fragment) {
  Impl& m = *impl_;
  if (!m.ready()) return;
  core::DecodedFragment saved = core::decodeFragment(fragment, m.data->catalog, core::kMaxSavedLength);
  if (!saved.recognised) return;
  Session& s = m.session;
  s.savedFragment = core::encodeFragment(saved.state);
  if (!s.viewingLink) {  // while a link is looked at, "Open my progress" now opens the newest
    const core::AppState adopted = core::adoptSavedElsewhere(m.state, saved.state);
    if (adopted != m.state) {
      m.state = adopted;
      s.toast = "Updated with your progress from another tab";
      s.toastUntil = ImGui::GetTime() + 3.0;
    }
  }
  // Storage holds this already, as far as this tab is concerned: nothing is written back (two
  // tabs would otherwise keep answering each other's saves).
  s.lastSaved = m.stateText();
}

void Widget::copyFinished(bool ok) {
  impl_->session.copyResult = ok ? 1 : 0;
  settleCopy(impl_->session);
}

void Widget::downloadFinished(int outcome) {
  settleDownload(impl_->session, outcome == 1   ? DownloadOutcome::MayBeBlocked
                                 : outcome == 2 ? DownloadOutcome::NotMade
                                 : outcome == 3 ? DownloadOutcome::NoConnection
                                                : DownloadOutcome::Started);
}

void Widget::setDarkMode(bool dark) {
  impl_->dark = dark;
  applyTheme(dark);
}

bool Widget::darkMode() const { return impl_->dark; }

void Widget::setToday(int daysSinceEpoch) { impl_->session.today = daysSinceEpoch; }

void Widget::animationFrame() {
  impl_->ticks = true;
  impl_->stepsLeft = core::kSliceSteps;
}

std::uint64_t Widget::planStepsInLastFrame() const { return impl_->stepsTaken; }

bool Widget::frame(bool inInputHandler) {
  Impl& m = *impl_;
  if (!m.ticks) m.stepsLeft = core::kSliceSteps;
  if (m.deferPlanning && !inInputHandler) {
    m.stepsLeft = std::min(m.stepsLeft, Impl::kDeferredSteps);
    m.deferPlanning = false;
  }
  const std::uint64_t stepsBefore = m.ready() ? m.planStepsRun() : 0;
  const std::uint64_t stateBefore = inInputHandler && m.ready() ? m.stateRevision() : 0;
  if (m.pendingKeyRelease) {
    m.pendingKeyRelease = false;
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, false);
  }
  m.items.beginFrame();
  m.input.beginFrame();
  m.semantics.beginFrame();
  m.popovers.beginFrame();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(viewport->Size.x, kWidestLayout);
  const float left = viewport->Pos.x + std::floor((viewport->Size.x - width) * 0.5f);
  m.input.setWidgetSpan(left, left + width);
  ImGui::SetNextWindowPos(ImVec2(left, viewport->Pos.y));
  ImGui::SetNextWindowSize(ImVec2(width, viewport->Size.y));
  const bool narrow = viewport->Size.x < kWideLayoutMin;
  // Phones (and compact embeds) get less padding: every pixel of a 360 px column counts.
  const bool tight = narrow || m.session.compact;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, tight ? ImVec2(12, 10) : ImVec2(20, 16));
  // No background of its own: the renderer clears the canvas to the window colour (Widget::frame's
  // contract, widget.h), and a second full-canvas quad doubled what a software-rendered WebGL
  // (SwiftShader, a browser without a usable GPU) fills per frame, which a click's frame waits for.
  ImGui::Begin("GenAI Career Explorer", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                   ImGuiWindowFlags_NoBackground);
  ImGui::PopStyleVar();
  const Palette& colours = palette(m.dark);

  bool animating = false;
  if (!m.failureTitle.empty()) {
    problemsView(colours, m.fonts, m.input, m.items, m.semantics, m.failureTitle, m.failureDetail,
                 m.data && !m.data->report.ok() ? &m.data->report : nullptr);
  } else if (!m.ready()) {
    textColoured(colours.textMuted, "Loading career data\xE2\x80\xA6");
  } else {
    m.drawExplorer(narrow, colours);
    const ViewContext ctx = m.context(narrow, colours);
    bool startOver = false;
    actionOverlays(ctx, m.session, startOver);
    if (startOver) m.startOver();
    m.persist();
    if (m.layoutFramesOwed > 0) {
      --m.layoutFramesOwed;
      animating = true;
    }
    // A change made in this frame starts its plan now; an unfinished plan asks for more frames.
    m.refreshDerived();
    m.refreshPaths(0);
    animating = animating || m.cache.planning() || m.searching || m.paths.planning() || m.shelf.working();
    m.noteAnnouncement();
    m.stepsTaken = m.planStepsRun() - stepsBefore;
    if (inInputHandler && m.stateRevision() != stateBefore) m.deferPlanning = true;
  }
  ImGui::End();
  m.items.endFrame();
  m.input.endFrame();
  m.semantics.endFrame();
  return animating;
}

std::string Widget::stateJson() const {
  const Impl& m = *impl_;
  std::string out;
  core::JsonObjectWriter j(out);
  if (m.ready()) {
    m.refreshDerived(core::kSliceSteps);  // a slice, as a frame would: a small plan is done
    core::writeState(j, m.state, m.derived());
    j.member("plans") += core::plansJson(m.state, m.shelf);
    j.put("viewingLink", m.session.viewingLink);
    j.put("notices", m.session.notices);
    j.put("dialog", m.session.dialog != Dialog::None ? m.session.dialogTitle.c_str()
                    : m.plansUi.dialog == PlanSwitcherState::Dialog::Rename ? "Rename this plan"
                    : m.plansUi.dialog == PlanSwitcherState::Dialog::Delete ? "Delete this plan"
                                                                           : "");
    j.put("toast", m.session.toast);
    j.member("outlook") += core::outlookJson(m.data->catalog, m.data->catalog.findRole(m.state.role));
    core::JsonObjectWriter search(j.member("search"));
    search.put("query", m.search.query);
    search.put("open", m.search.open && !m.search.query.empty());
    search.put("highlighted", m.search.highlighted);
    // Also while the index is still being built: the query has not run yet.
    search.put("searching", m.search.run != nullptr || m.search.searched != m.search.query);
    appendSearchResults(search.member("results"), m.search.results);
    search.close();
    m.refreshPaths(0);
    j.member("paths") += core::pathsJson(m.paths, m.state.pathSort);
    const auto [a, b] = core::pairRoles(m.state, m.data->catalog, m.derived().ranking, m.derived().anyRated);
    j.member("pair") += a && b ? core::pairJson(core::comparePair(*a, *b, m.state.ratings), m.paths) : "null";
    bool adjusted = false;
    j.put("jobAdjusted", core::jobProfile(m.state, m.data->catalog, &adjusted) != nullptr && adjusted);
  }
  j.put("status", !m.failureTitle.empty() ? "error" : m.ready() ? "ready" : "loading");
  j.put("theme", m.dark ? "dark" : "light");
  if (m.data) {
    core::JsonArrayWriter errors(j.member("dataErrors"));
    for (const core::Problem& p : m.data->report.errors()) core::appendJsonString(errors.item(), p.text());
    errors.close();
  }
  if (!m.failureTitle.empty()) j.put("failure", m.failureTitle);
  j.close();
  return out;
}

std::string Widget::textMirrorJson() const {
  const Impl& m = *impl_;
  std::vector<core::TextSection> view;
  if (m.ready()) {
    // No planning here: the mirror follows a frame, whose slice it would double (mirrorKey
    // changes again when the plan is done).
    m.refreshDerived();
    m.refreshPaths(0);
    view = core::describeCompareMode(m.data->catalog, m.state, m.derived(), m.paths);
    if (view.empty() || m.state.view != core::View::Compare)
      view = core::describeView(m.data->catalog, m.state, m.derived());
  } else if (!m.failureTitle.empty()) {
    view.push_back({m.failureTitle, {}});
    if (!m.failureDetail.empty()) view.back().lines.push_back(m.failureDetail);
    if (m.data && !m.data->report.ok()) view.push_back(core::describeProblems(m.data->report));
  }
  std::string out;
  core::JsonArrayWriter sections(out);
  for (const core::TextSection& s : view) {
    core::JsonObjectWriter j(sections.item());
    j.put("title", s.title);
    j.put("lines", s.lines);
    j.close();
  }
  sections.close();
  return out;
}

std::string Widget::mirrorKey() const {
  const Impl& m = *impl_;
  if (!m.failureTitle.empty()) return "failure:" + m.failureTitle + "\n" + m.failureDetail;
  if (!m.ready()) return std::string();
  // A plan that finishes improving changes what the mirror says without a change of state.
  return m.stateText() + (m.derived().plan.planning ? "|planning" : "") +
         (m.paths.planning() ? "|paths" : "");
}

double Widget::frameWantedIn() const {
  const Impl& m = *impl_;
  const double now = ImGui::GetTime();
  double soonest = -1.0;
  const auto due = [&](double left) {
    if (left > 0.0 && (soonest < 0.0 || left < soonest)) soonest = left;
  };
  if (m.resultsCountDue()) due(Impl::kResultsPause - (now - m.queryChangedAt));
  if (!m.session.toast.empty()) due(std::max(m.session.toastUntil - now, 1e-3));  // the frame that hides it
  return soonest;
}

std::string Widget::announcement() const {
  // A failure replaces everything else: it is what a screen-reader user must hear.
  if (!impl_->failureTitle.empty()) return impl_->failureTitle + ". " + impl_->failureDetail;
  std::string text = impl_->besidesConsequences();
  // A consequence is news once: it is left out once anything else said changed after it (the
  // live region re-reads its whole text when it changes: beside a newer toast, or once that toast
  // went, it would be read again).
  const Consequences& c = impl_->consequences;
  if (!c.words().empty() && c.saidAt() >= impl_->besidesChangedAt) text += (text.empty() ? "" : " ") + c.words();
  return text;
}

bool Widget::itemRect(std::string_view name, Rect& out) const {
  return impl_->items.find(name, out);
}

const std::string& Widget::semanticsJson() const { return impl_->semantics.json(); }

void Widget::semanticAction(std::string_view name, int kind, int value) {
  if (kind == 1) impl_->semantics.requestValue(name, value);
  else impl_->semantics.requestActivation(name, kind == 2);
}

void Widget::semanticText(std::string_view name, std::string_view text, std::size_t caret, std::size_t anchor) {
  impl_->semantics.requestText(name, text, {caret, anchor == SIZE_MAX ? caret : anchor});
}

void Widget::semanticFieldKey(std::string_view name, int key) { impl_->semantics.requestFieldKey(name, key); }

std::string Widget::searchJson(std::string_view query) const {
  const Impl& m = *impl_;
  std::string out;
  appendSearchResults(out, m.ready() ? core::search(m.searchIndexFor(UINT64_MAX), query)
                                     : std::vector<core::SearchResult>());
  return out;
}

bool Widget::switchPlan(std::string_view name) {
  Impl& m = *impl_;
  if (!m.ready()) return false;
  const std::vector<core::NamedPlan> plans = core::allPlans(m.state);
  for (std::size_t i = 0; i < plans.size(); ++i)
    if (plans[i].name == name) return core::switchPlan(m.state, i);
  return false;
}

bool Widget::newPlan(std::string_view name) {
  return impl_->ready() && core::newPlan(impl_->state, name);
}

void Widget::semanticFocus(std::string_view name, bool ring) {
  // A blur that follows a focus elsewhere must not clear the new focus.
  if (!name.empty() || !impl_->semantics.focus().empty()) impl_->semantics.setFocus(name, ring);
}

bool Widget::semanticKey(int key) {
  Impl& m = *impl_;
  if (key == 1) {
    // Everything Escape closes is a popup (a menu, a list, an explanation, a dialog): with none
    // open, the key is the page's, as a page's own controls leave it.
    if (!ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Escape, true);
    m.pendingKeyRelease = true;
    return true;
  }
  // The region of the focused node: a control, or the text or heading the layer moved the focus
  // to; still after a page key scrolled it out of view, so that the next key pages on.
  Rect r;
  if (m.semantics.focus().empty() || !m.semantics.rectOf(m.semantics.focus(), r)) return false;
  return m.input.scrollFrom(r.x + r.w * 0.5f, r.y + r.h * 0.5f, key == 2 ? -kPageKeyScroll : kPageKeyScroll) != 0.0f;
}

std::vector<std::pair<std::string, Rect>> Widget::items() const {
  const auto& full = impl_->items.fullSizes();
  return {full.begin(), full.end()};
}

}  // namespace ui

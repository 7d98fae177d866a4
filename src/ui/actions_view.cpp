#include "actions_view.h"

#include <algorithm>
#include <cfloat>

#include "calendar.h"
#include "decimal.h"
#include "elements.h"
#include "json_document.h"  // withThousands
#include "links.h"
#include "plan_export.h"
#include "plans.h"
#include "scroll_area.h"
#include "share_link.h"

namespace ui {

namespace {

constexpr double kToastSeconds = 2.5;

// Inside an article, the link reopens the article with the widget in this state (when the embed
// script told the widget the article's address); elsewhere, the widget's own page.
// The address to share, around the state's part of a link (core::sharedLink).
std::string shareLink(const Session& s, std::string_view link) {
  if (!s.articleUrl.empty()) return core::shareUrlWith(s.articleUrl, core::PageKind::Article, link, s.articleKey);
  return core::shareUrlWith(s.pageUrl, core::PageKind::Widget, link);
}

// What the embed dialog shows (core::embedOffer). Worked out when the dialog opens or its box
// changes, not every frame: at the data limits the link is a few hundred kilobytes of text.
std::string embedSnippet(const ViewContext& ctx, Session& s) {
  core::EmbedOffer offer = core::embedOffer(s.pageUrl, ctx.state, ctx.catalog, s.embedWithProgress);
  s.embedProgressTooLong = offer.progressLeftOut;
  return std::move(offer.snippet);
}

void toast(Session& s, std::string text) {
  // Long enough to read: a short confirmation its 2.5 s, a sentence about 15 characters a second.
  const double seconds = std::max(kToastSeconds, static_cast<double>(text.size()) / 15.0);
  s.toast = std::move(text);
  s.toastUntil = ImGui::GetTime() + seconds;
}

void copy(const ViewContext& ctx, Session& s, std::string label, std::string text) {
  s.copyLabel = std::move(label);
  s.copyText = std::move(text);
  s.copyResult = -1;
  if (ctx.hooks.copyText) ctx.hooks.copyText(s.copyText.c_str());
  else s.copyResult = 0;  // no clipboard at all: show the text straight away
  settleCopy(s);
}

void openDialog(Session& s, Dialog d, std::string title, std::string text) {
  s.dialog = d;
  s.dialogTitle = std::move(title);
  s.dialogText = std::move(text);
}

// Copies the share link, or, when it would be too long to open again, says why instead of
// handing over a link that would open the start view.
void shareLinkOrSay(const ViewContext& ctx, Session& s) {
  // Written once: at the data limits a link is a few hundred kilobytes of text.
  const std::string link = core::sharedLink(ctx.state, ctx.catalog);
  if (link.size() <= core::kMaxFragmentLength) {
    copy(ctx, s, "Link copied", shareLink(s, link));
    return;
  }
  const std::size_t length = link.size();
  openDialog(s, Dialog::LinkTooLong, "This view is too much for a link",
             "With " + core::withThousands(ctx.state.ratings.size()) + " skills rated, the link would be " +
                 core::withThousands(length) + " characters long, and links open up to " +
                 core::withThousands(core::kMaxFragmentLength) +
                 ". Choosing your job first (\"I work as \xE2\x80\xA6\") keeps links short: "
                 "they carry only the ratings you change from it. Your progress stays saved in this browser.");
}

// A menu entry tall enough for a finger (kMinTarget at the least; roomier on touch screens).
// `why`: what a screen reader says after an entry that is off, why it is.
bool menuItem(const ViewContext& ctx, const char* label, const std::string& name, bool enabled = true,
              const char* why = "") {
  const float height = ctx.touch ? kComfortableTarget : 32.0f;
  bool chosen = listEntry(label, false, height, enabled);
  ctx.items.nameLastItem(name);
  Semantic sem;
  sem.role = SemanticRole::MenuItem;
  sem.label = label;
  sem.disabled = !enabled;
  if (!enabled) sem.description = why;
  sem.group = "actions-menu";
  sem.groupLabel = "More";
  ctx.semantics.describeLastItem(name, std::move(sem));
  if (enabled && ctx.semantics.takeActivation(name)) {
    ImGui::CloseCurrentPopup();
    chosen = true;
  }
  return chosen;
}

void menu(const ViewContext& ctx, Session& s) {
  if (!ImGui::BeginPopup("actions-menu")) return;
  if (ImGui::IsWindowAppearing()) ctx.semantics.moveFocusTo(s.pageUrl.empty() ? "menu/markdown" : "menu/share");
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();  // without keyboard nav
  // The layer's focus left the menu (Tab, or a click elsewhere): it closes, as a menu does.
  if (ctx.semantics.takeActivation("menu/close")) ImGui::CloseCurrentPopup();
  // A page opened from a file has no address to share or embed: said once, over the entries it
  // turns off (and by each of them, to screen readers).
  const bool share = !s.pageUrl.empty();
  constexpr const char* kNoAddress = "Share and Embed need the page on the web: this copy was opened from a file.";
  if (!share) {
    // Wrapped at a width of its own: at the window's edge it would widen the menu, which takes
    // the width of what it holds.
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.textMuted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 240.0f);
    ImGui::TextUnformatted(kNoAddress);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ctx.semantics.describeText(kNoAddress);
  }
  if (menuItem(ctx, "Share a link to this view", "menu/share", share, kNoAddress)) shareLinkOrSay(ctx, s);
  const bool plan = ctx.derived.target && !ctx.derived.plan.courses.empty();
  constexpr const char* kNoCourses = "The plan on screen has no courses.";
  if (menuItem(ctx, "Copy plan as Markdown", "menu/markdown", plan, kNoCourses))
    copy(ctx, s, "Plan copied as Markdown", core::planMarkdown(ctx.catalog, ctx.state, ctx.derived));
  if (ctx.hooks.downloadFile && menuItem(ctx, "Download plan as calendar (.ics)", "menu/ics", plan, kNoCourses)) {
    core::IcsExport ics = core::planIcs(ctx.catalog, ctx.state, ctx.derived, s.today);
    ctx.hooks.downloadFile("learning-plan.ics", "text/calendar", ics.text.c_str());
    // Said either way: a download may show nothing on the page, and the live region says it.
    toast(s, (ics.truncated ? "The calendar holds the first " : "Downloading learning-plan.ics: ") +
                 core::decimal(ics.events) + " study sessions, up to " + core::formatDate(ics.lastDay));
  }
  if (ctx.hooks.printHtml && menuItem(ctx, "Print role and plan", "menu/print", ctx.derived.target != nullptr)) {
    std::string html = core::planPrintHtml(ctx.catalog, ctx.state, ctx.derived);
    ctx.hooks.printHtml(html.c_str());
    // Said as the other exports are: the print dialog is the browser's, and the live region
    // tells a screen-reader user what it holds.
    toast(s, "Printing " + ctx.derived.target->title + " and its plan: the browser's print dialog opens");
  }
  separator();
  if (menuItem(ctx, "Embed on your site", "menu/embed", share, kNoAddress)) {
    s.embedWithProgress = false;
    openDialog(s, Dialog::Embed, "Embed this view", embedSnippet(ctx, s));
  }
  if (ctx.hooks.downloadOffline && menuItem(ctx, "Download for offline use", "menu/offline"))
    ctx.hooks.downloadOffline();
  separator();
  // Every named plan goes, not only the one on screen: the question says so.
  if (menuItem(ctx, "Start over", "menu/reset"))
    openDialog(s, Dialog::ConfirmStartOver, "Start over?",
               "Your skill ratings, the courses you marked done and all your plans on this device will be "
               "cleared. There is no undo.");
  ImGui::EndPopup();
}

// A modal with a title, a body, and buttons given by the caller.
bool beginDialog(const ViewContext& ctx, Session& s, const char* id) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, vp->Size.x - 24.0f), 0));
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  // Width fixed to the screen, height fitted to the content (the 0 above).
  // Never taller than the screen: a long body scrolls inside the dialog.
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, vp->Size.y - 24.0f));
  // Sized above every frame, so not resizable by its edges (ImGui's resizing is left out of the
  // build: cmake/imgui/CMakeLists.txt).
  if (!ImGui::BeginPopupModal(id, nullptr,
                              ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize))
    return false;
  popupScrollRegion(ctx, id);
  ctx.semantics.setModal("dialog/");  // Tab stays in the dialog while it is open
  // Focus goes into the dialog: on Copy, or on Close / Cancel (never on Start over, which a
  // second Enter would then take: the same rule as deleting a plan).
  if (ImGui::IsWindowAppearing())
    ctx.semantics.moveFocusTo(s.dialog == Dialog::Embed ? "dialog/copy" : "dialog/close");
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {  // Escape dismisses, like Close or Cancel
    s.dialog = Dialog::None;
    ImGui::CloseCurrentPopup();
  }
  FontScope bold(ctx.fonts.bold, TextSize::kTitle);
  textWrapped(ctx, s.dialogTitle);
  return true;
}

// Text shown whole, wrapped, in a framed box (a link, the embed snippet): nothing hidden past an
// edge. The layer's read-only text area over it (SemanticRole::CopyText) selects it all when
// focused or clicked, so the browser's own copy takes it even where the widget cannot reach the
// clipboard; the box is drawn selected meanwhile. Returns true when the reader copied it there.
bool copyableBox(const ViewContext& ctx, const std::string& text, const char* label) {
  constexpr const char* kName = "dialog/text";
  const bool selected = ctx.semantics.focus() == kName;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, selected ? ctx.colours.surfaceSelected : ctx.colours.surface);
  ImGui::PushStyleColor(ImGuiCol_Border, selected ? ctx.colours.accent : ctx.colours.controlBorder);
  ImGui::BeginChild("##box", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  {
    FontScope mono(ctx.fonts.regular, TextSize::kSmall);
    textWrapped(text);
  }
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
  if (ImGui::IsItemClicked()) ctx.semantics.moveFocusTo(kName);  // (in the page the text area takes the pointer)
  ctx.items.nameLastItem(kName);
  Semantic sem;
  sem.role = SemanticRole::CopyText;
  sem.label = label;
  sem.valueText = text;
  ctx.semantics.describeLastItem(kName, std::move(sem));
  return ctx.semantics.takeActivation(kName);
}

}  // namespace

// Wide enough for its "..." at the body size: drawn smaller, it made the button shorter than Share.
constexpr float kMenuWidth = 44.0f;

float actionButtonsWidth(const ViewContext& ctx, const Session& s) {
  (void)ctx;
  return (s.pageUrl.empty() ? 0.0f : 72.0f) + kMenuWidth + 8.0f;
}

// The "..." button as the layer names it: only what the menu offers here (the one-file copy has
// no address to embed and does not offer itself: menu()).
Semantic moreButton(const ViewContext& ctx, const Session& s) {
  Semantic more;
  more.label = std::string("More: export the plan") + (s.pageUrl.empty() ? "" : ", embed") +
               (ctx.hooks.downloadOffline ? ", offline copy" : "") + ", start over";
  more.menu = true;
  more.checked = ImGui::IsPopupOpen("actions-menu");
  return more;
}

void hiddenActionButtons(const ViewContext& ctx, const Session& s, ImVec2 at) {
  const float height = ImGui::GetFrameHeight();
  if (!s.pageUrl.empty()) {
    Semantic share;
    share.label = "Share";
    ctx.semantics.describeVirtual("share", std::move(share), Rect{at.x, at.y, 64.0f, height});
    at.x += 72.0f;
  }
  ctx.semantics.describeVirtual("menu", moreButton(ctx, s), Rect{at.x, at.y, kMenuWidth, height});
}

void actionButtons(const ViewContext& ctx, Session& s) {
  if (!s.pageUrl.empty()) {
    if (tabButton(ctx, "Share", false, "share", 64.0f, true)) shareLinkOrSay(ctx, s);
    ImGui::SetItemTooltip("Copy a link that reopens exactly this view");
    ImGui::SameLine();
  }
  Semantic more = moreButton(ctx, s);
  if (tabButton(ctx, "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2", false, "menu", kMenuWidth, true, 0, more))
    ImGui::OpenPopup("actions-menu");
  ImGui::SetItemTooltip("%s", more.label.c_str());
  // Under the button, its right edges lined up, however it was opened: ImGui would put it at
  // the pointer, which for a key press or a screen reader is anywhere (or nowhere yet).
  ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y + 4.0f), ImGuiCond_Appearing,
                          ImVec2(1.0f, 0.0f));
  menu(ctx, s);
}

bool linkBanner(const ViewContext& ctx, Session& s, bool& openMine) {
  openMine = false;
  if (!s.viewingLink && s.notices.empty()) return false;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ctx.colours.surface);
  ImGui::BeginChild("banner", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  for (const std::string& notice : s.notices) {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.warning);
    textWrapped(ctx, notice);
    ImGui::PopStyleColor();
  }
  if (s.viewingLink) {
    if (s.mineReadFrom != s.savedFragment) {
      s.mine = core::decodeFragment(s.savedFragment, ctx.catalog, core::kMaxSavedLength).state;
      s.mineReadFrom = s.savedFragment;
    }
    s.bannerWords = core::linkBannerWords(ctx.state, s.mine);
    textWrapped(ctx, s.bannerWords);
    if (tabButton(ctx, "Open my progress", false, "banner/mine", 0, true)) {
      openMine = true;
      s.viewingLink = false;
      s.notices.clear();
    }
    ImGui::SameLine();
    if (tabButton(ctx, "Keep this one", false, "banner/keep", 0, true)) {
      // The link's plan joins the reader's own plans (core/plans.h); from now on this state is
      // saved as theirs.
      if (std::optional<core::AppState> kept = core::keepLinkedPlan(ctx.state, s.mine)) {
        ctx.state = std::move(*kept);
        s.viewingLink = false;
        s.notices.clear();
      } else {
        s.notices = {"You keep " + core::decimal(core::kMaxPlans) +
                     " plans already, the most there can be. Open your progress and delete one to keep this plan."};
      }
    }
  } else if (tabButton(ctx, "Dismiss", false, "banner/dismiss", 0, true)) {
    s.notices.clear();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  return true;
}

void settleCopy(Session& s) {
  if (s.copyResult < 0) return;
  if (s.copyResult == 1) toast(s, s.copyLabel);
  else openDialog(s, Dialog::CopyByHand, "Copy this by hand", s.copyText);
  s.copyResult = -1;
}

void settleDownload(Session& s, DownloadOutcome outcome) {
  // The browser shows a download that arrives, but not to every screen reader: the widget says it
  // began, and what one that cannot arrive came to.
  if (outcome == DownloadOutcome::Started)
    toast(s, "Downloading career-explorer.html: open it from your downloads to use the explorer offline.");
  else if (outcome == DownloadOutcome::MayBeBlocked)
    toast(s, "If no file arrives, this page does not let the widget download: open the widget on its own page.");
  else if (outcome == DownloadOutcome::NotMade)
    toast(s, "The offline copy could not be made here: open the widget on its own page to download it.");
  else if (outcome == DownloadOutcome::NoConnection)
    toast(s, "The offline copy comes from the site: connect to the internet and try again.");
}

void actionOverlays(const ViewContext& ctx, Session& s, bool& startOver) {
  startOver = false;
  switch (s.dialog) {
    case Dialog::None: break;
    case Dialog::CopyByHand:
      if (beginDialog(ctx, s, "copy-by-hand")) {
        textWrappedMuted(ctx, std::string("The clipboard is not available here. ") + (ctx.touch ? "Tap" : "Click") +
                                  " the text to select all of it, then copy it.");
        if (copyableBox(ctx, s.dialogText, "Text to copy")) toast(s, s.copyLabel);
        if (tabButton(ctx, "Close", true, "dialog/close")) {
          s.dialog = Dialog::None;
          ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
      }
      break;
    case Dialog::Embed:
      if (beginDialog(ctx, s, "embed")) {
        textWrappedMuted(ctx, "Paste this where the widget should appear. It sizes itself to the "
                              "column and follows the reader's light or dark setting.");
        if (copyableBox(ctx, s.dialogText, "Embed snippet")) toast(s, "Snippet copied");
        // (A checkbox's label does not wrap: in a 288 px column the shorter words.)
        const char* include = "Include my ratings, plan and progress";
        const bool fits = ImGui::CalcTextSize(include).x + ImGui::GetFrameHeight() + 8.0f <= availableWidth();
        if (checkbox(ctx, fits ? include : "Include my progress", s.embedWithProgress, "dialog/progress", include))
          s.dialogText = embedSnippet(ctx, s);
        if (s.embedProgressTooLong)
          textWrappedMuted(ctx, "Your ratings are too many for a snippet: it starts at this view without them.");
        if (tabButton(ctx, "Copy", true, "dialog/copy")) {
          s.dialog = Dialog::None;
          ImGui::CloseCurrentPopup();
          copy(ctx, s, "Snippet copied", s.dialogText);
        }
        ImGui::SameLine();
        if (tabButton(ctx, "Close", false, "dialog/close")) {
          s.dialog = Dialog::None;
          ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
      }
      break;
    case Dialog::LinkTooLong:
      if (beginDialog(ctx, s, "link-too-long")) {
        textWrapped(ctx, s.dialogText);
        if (tabButton(ctx, "Close", true, "dialog/close")) {
          s.dialog = Dialog::None;
          ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
      }
      break;
    case Dialog::ConfirmStartOver:
      if (beginDialog(ctx, s, "start-over")) {
        textWrapped(ctx, s.dialogText);
        if (tabButton(ctx, "Start over", true, "dialog/confirm")) {
          startOver = true;
          s.dialog = Dialog::None;
          toast(s, "Started over");  // (the plans that went are no deletion to report)
          ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (tabButton(ctx, "Cancel", false, "dialog/close")) {
          s.dialog = Dialog::None;
          ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
      }
      break;
  }
  if (s.toast.empty()) return;
  if (ImGui::GetTime() >= s.toastUntil) {
    s.toast.clear();
    return;
  }
  // A pill at the bottom centre; role=status in the page's mirror would announce it (later).
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  FontScope bold(ctx.fonts.bold, TextSize::kBody);
  ImVec2 size = ImGui::CalcTextSize(s.toast.c_str());
  ImVec2 pos(vp->Pos.x + (vp->Size.x - size.x) * 0.5f - 14, vp->Pos.y + vp->Size.y - size.y - 40);
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x + 28, pos.y + size.y + 16), ctx.colours.text, 18.0f);
  draw->AddText(ImVec2(pos.x + 14, pos.y + 8), ctx.colours.background, s.toast.c_str());
}

}  // namespace ui

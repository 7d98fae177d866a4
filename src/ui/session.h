// What the widget remembers about this visit beside the reader's state: where it runs, what
// storage holds, whether a shared link is being looked at, and the transient UI of the actions
// (dialogs, toasts). UI-only: none of it is part of a share link.
#pragma once

#include <string>
#include <vector>

#include "app_state.h"

namespace ui {

enum class Dialog { None, CopyByHand, Embed, ConfirmStartOver, LinkTooLong };

struct Session {
  std::string pageUrl;        // the page without its fragment; empty: no Share or Embed
  std::string articleUrl;     // inside an embed: the article's address, for share links ("" unknown)
  std::string articleKey;     // and which of its widgets this is ("" the first; core::isArticleKey)
  bool touch = false;         // the reader's last pointer was a finger: say "tap"
  bool compact = false;       // embed option
  int today = 0;              // days since 1970-01-01, for plan dates

  std::string savedFragment;  // the reader's own state in storage ("" when none)
  bool viewingLink = false;   // showing a shared link that differs from savedFragment
  std::string lastSaved;      // the last fragment handed to PlatformHooks::saveState
  bool storageRefused = false;  // storage would not keep it (said once a visit, in notices)
  std::vector<std::string> notices;  // from restoring a link, until dismissed
  // savedFragment read back, for the link banner's words (read again only when it changes).
  std::string mineReadFrom;
  core::AppState mine;
  std::string bannerWords;  // what the banner says of them (drawn, and said once as it appears)

  // A copy in flight: what to confirm when it worked, what to show when it did not.
  std::string copyLabel, copyText;
  int copyResult = -1;  // -1 nothing pending, 0 failed, 1 done (set by Widget::copyFinished)

  Dialog dialog = Dialog::None;
  std::string dialogTitle, dialogText;
  bool embedWithProgress = false;  // the embed dialog's "include my ratings" choice
  bool embedProgressTooLong = false;  // and it would not fit in a link: the snippet leaves it out
  std::string toast;
  double toastUntil = 0;  // ImGui::GetTime() seconds
};

}  // namespace ui

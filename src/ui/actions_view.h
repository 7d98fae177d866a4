// Share, export, embed and start-over: the buttons on the title line (`share`, `menu` and its
// items `menu/share`, `menu/markdown`, `menu/ics`, `menu/print`, `menu/embed`, `menu/offline`,
// `menu/reset`), and what they open: banners, dialogs (`dialog/...`) and toasts.
#pragma once

#include "session.h"
#include "view_context.h"

namespace ui {

// The width the title-line buttons take, for laying out the header around them.
float actionButtonsWidth(const ViewContext& ctx, const Session& session);
void actionButtons(const ViewContext& ctx, Session& session);
// The same buttons for the layer alone, at `at` (screen px), while a phone's search field in use
// covers them (header_view.cpp): Tab goes on from the field to them as when they are drawn, and
// the focus on one gives the field back its button's size, so the button is drawn again.
void hiddenActionButtons(const ViewContext& ctx, const Session& session, ImVec2 at);

// The shared-link banner and notices, under the header. Returns true when the reader chose to
// switch to their own saved state (the caller restores it).
bool linkBanner(const ViewContext& ctx, Session& session, bool& openMine);

// Dialogs and the toast, drawn last (above everything). A toast still showing asks for no frames:
// Widget::frameWantedIn says when it goes.
void actionOverlays(const ViewContext& ctx, Session& session, bool& startOver);

// Called when a copy finished: shows the toast, or the text to copy by hand.
void settleCopy(Session& session);

// What the platform said of a download it was asked for (Widget::downloadFinished): it may not
// arrive (a frame the page does not let download), could not be made here at all, or needs a
// connection (the offline copy is fetched from the site).
enum class DownloadOutcome { Started, MayBeBlocked, NotMade, NoConnection };
void settleDownload(Session& session, DownloadOutcome outcome);

}  // namespace ui

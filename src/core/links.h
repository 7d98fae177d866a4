// What a link means and where a visit starts: the rules shared by the widget's own page and by
// embeds, kept here so that the views, the platform and the tests agree on them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"
#include "model.h"

namespace core {

// In an article that embeds the widget, a share link is the article's own address with the
// state behind this prefix (https://blog.example/post#career-explorer:v1;view=plan;...): the
// embed script reads it and opens the widget on that state.
inline constexpr std::string_view kArticleFragmentPrefix = "career-explorer:";
// An article with several widgets tells them apart by a key (web/embed.js: the blogger's
// data-id, else "2", "3", … for the second, third, … widget; "" for the first), so that a link
// opens only the widget it came from: "#career-explorer-2:v1;…". A key is 1 to 32 of a-z, 0-9
// and '-'.
inline constexpr std::size_t kMaxArticleKeyLength = 32;
bool isArticleKey(std::string_view key);
// "career-explorer:" for no key, else "career-explorer-<key>:".
std::string articleFragmentPrefix(std::string_view key);

// Where the widget runs: its own page, or inside an article (an embed).
enum class PageKind { Widget, Article };

// A link that reopens `state` from `pageUrl` (any fragment on it is dropped), with the plan on
// screen only: the reader's other plans stay theirs (plans.h). Written by encodeLink, so a job's
// ratings cost only their changes.
std::string shareUrl(std::string_view pageUrl, PageKind kind, const AppState& state, const Catalog& catalog);
// The same in two steps, for a caller that also needs the state's part alone (its length): that
// part (sharedLink), then the address with it (shareUrlWith). A link longer than
// kMaxFragmentLength cannot be opened again: the share action says so instead of handing it out.
std::string sharedLink(const AppState& state, const Catalog& catalog);
// `articleKey`: which of the article's widgets the link is for (an Article's link only).
std::string shareUrlWith(std::string_view pageUrl, PageKind kind, std::string_view link,
                         std::string_view articleKey = {});

// The embed snippet's starting view: the view and role only, unless the blogger asks to include
// their own ratings, plan and progress (`includeProgress`).
std::string embedStartFragment(const AppState& state, const Catalog& catalog, bool includeProgress);
// The whole <script> tag for the embed dialog. `widgetPageUrl` is the widget page's address;
// embed.js sits beside it. Quotes and angle brackets in the address are escaped.
std::string embedSnippet(std::string_view widgetPageUrl, const AppState& state, const Catalog& catalog,
                         bool includeProgress);
// The embed dialog's snippet: with the reader's progress when they ask for it and it fits in a
// link (embed.js would cut a longer one), else the view alone, saying that it was left out. The
// link is written once: at the data limits it is a few hundred kilobytes of text.
struct EmbedOffer {
  std::string snippet;
  bool progressLeftOut = false;  // asked for, and too long for a link
};
EmbedOffer embedOffer(std::string_view widgetPageUrl, const AppState& state, const Catalog& catalog,
                      bool wantProgress);

// What a visit starts from.
struct StartupInput {
  std::string_view link;   // a shared link the reader followed (a fragment), or empty
  std::string_view start;  // the page's starting view (an embed's data-state), or empty
  std::string_view saved;  // the reader's saved progress, or empty
};

struct Startup {
  AppState state;
  std::vector<std::string> notices;  // what a link or starting view could not use, for the reader
  std::string savedFragment;         // the saved progress, normalised ("" when none is usable)
  bool viewingLink = false;  // a link that differs from saved progress: saved only when the reader says
  bool opensRole = false;    // the link or starting view named a role: show its profile on phones
};

// A link wins; without one, the reader's own saved progress; without that, the page's starting
// view; else the first role. So a returning reader of an embed sees their own progress, and a
// blogger's starting view never counts as a link (no "shared link" banner on every visit). A link
// that cannot be read at all (too long, not ours) says so and gives way to what follows it.
Startup resolveStartup(const Catalog& catalog, const StartupInput& in);

// Another tab saved progress (`saved`) while this one shows `current`: this tab takes every
// setting from the saved state (ratings, plan choices, done courses: the newer change wins, and
// the other tab has it) and keeps its own place (view, role, and the plan on screen while the
// other tab still keeps a plan of that name), so the reader is not moved.
AppState adoptSavedElsewhere(const AppState& current, const AppState& saved);

}  // namespace core

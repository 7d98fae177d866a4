#include "links.h"

#include "plan_export.h"  // escapeHtml
#include "plans.h"
#include "share_link.h"

namespace core {

namespace {

std::string withoutFragment(std::string_view url) { return std::string(url.substr(0, url.find('#'))); }

bool namesRole(std::string_view fragment) {
  return fragment.find(";role=") != std::string_view::npos;
}

}  // namespace

std::string sharedLink(const AppState& state, const Catalog& catalog) {
  return encodeLink(sharedPlanOnly(state), catalog);
}

bool isArticleKey(std::string_view key) {
  if (key.empty() || key.size() > kMaxArticleKeyLength) return false;
  for (const char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

std::string articleFragmentPrefix(std::string_view key) {
  if (key.empty()) return std::string(kArticleFragmentPrefix);
  return "career-explorer-" + std::string(key) + ":";
}

std::string shareUrlWith(std::string_view pageUrl, PageKind kind, std::string_view link, std::string_view articleKey) {
  const std::string prefix = kind == PageKind::Article ? articleFragmentPrefix(articleKey) : "";
  return withoutFragment(pageUrl) + "#" + prefix + std::string(link);
}

std::string shareUrl(std::string_view pageUrl, PageKind kind, const AppState& state, const Catalog& catalog) {
  return shareUrlWith(pageUrl, kind, sharedLink(state, catalog));
}

std::string embedStartFragment(const AppState& state, const Catalog& catalog, bool includeProgress) {
  if (includeProgress) return sharedLink(state, catalog);
  AppState view;  // defaults everywhere but the view and the role
  view.view = state.view;
  view.role = state.role;
  return encodeFragment(view);
}

namespace {

std::string snippetWith(std::string_view widgetPageUrl, const std::string& startFragment) {
  std::string page = std::string(widgetPageUrl.substr(0, widgetPageUrl.find_first_of("?#")));
  const std::string folder = page.substr(0, page.rfind('/') + 1);
  return "<script src=\"" + escapeHtml(folder + "embed.js") + "\" data-state=\"" + escapeHtml(startFragment) +
         "\" data-theme=\"auto\" data-height=\"auto\" async></script>";
}

}  // namespace

std::string embedSnippet(std::string_view widgetPageUrl, const AppState& state, const Catalog& catalog,
                         bool includeProgress) {
  return snippetWith(widgetPageUrl, embedStartFragment(state, catalog, includeProgress));
}

EmbedOffer embedOffer(std::string_view widgetPageUrl, const AppState& state, const Catalog& catalog,
                      bool wantProgress) {
  EmbedOffer offer;
  if (wantProgress) {
    const std::string link = sharedLink(state, catalog);
    if (link.size() <= kMaxFragmentLength) {
      offer.snippet = snippetWith(widgetPageUrl, link);
      return offer;
    }
    offer.progressLeftOut = true;
  }
  offer.snippet = embedSnippet(widgetPageUrl, state, catalog, false);
  return offer;
}

AppState adoptSavedElsewhere(const AppState& current, const AppState& saved) {
  AppState out = saved;
  out.view = current.view;
  out.role = current.role;
  // Which plan is on screen is this tab's place too, while the other tab still keeps it.
  const std::vector<NamedPlan> plans = allPlans(out);
  for (std::size_t i = 0; i < plans.size(); ++i)
    if (plans[i].name == current.planName) switchPlan(out, i);
  return out;
}

Startup resolveStartup(const Catalog& catalog, const StartupInput& in) {
  Startup out;
  auto strip = [](std::string_view f) {
    if (!f.empty() && f.front() == '#') f.remove_prefix(1);
    return f;
  };
  const std::string_view link = strip(in.link), start = strip(in.start);
  const DecodedFragment saved = decodeFragment(in.saved, catalog, kMaxSavedLength);
  out.savedFragment = saved.recognised ? encodeFragment(saved.state) : "";
  // Progress this version cannot read (a newer version's, or damaged) is not dropped silently:
  // the reader is told, whatever this visit shows.
  std::vector<std::string> unreadable;
  if (!strip(in.saved).empty() && !saved.recognised)
    unreadable.push_back("Your saved progress could not be read (" + saved.rejected +
                         "), so this starts afresh; what you change is saved in its place.");
  DecodedFragment linked;
  if (!link.empty()) linked = decodeFragment(link, catalog);
  if (linked.recognised) {
    out.state = linked.state;
    out.notices = unreadable;
    out.notices.insert(out.notices.end(), linked.notices.begin(), linked.notices.end());
    out.viewingLink = !out.savedFragment.empty() && encodeFragment(linked.state) != out.savedFragment;
    out.opensRole = namesRole(link);
    return out;
  }
  // No link, or one that could not be read at all (its notice says so first).
  if (!out.savedFragment.empty()) {
    out.state = saved.state;
    if (!linked.rejected.empty())
      out.notices = {"The link could not be read (" + linked.rejected + "); showing your saved progress."};
    // What the saved progress named that this data no longer has (a course renamed, a role gone).
    for (std::string& n : fragmentNotices(saved, "your saved progress")) out.notices.push_back(std::move(n));
    return out;
  }
  out.notices = unreadable;
  out.notices.insert(out.notices.end(), linked.notices.begin(), linked.notices.end());
  if (!start.empty()) {
    // In its own words: a starting view (an embed's data-state, ?start=) is the page's, not a
    // link the reader followed. (One that cannot be read at all is the blogger's to see: embed.js
    // warns of a data-state that is no link of ours.)
    DecodedFragment d = decodeFragment(start, catalog);
    if (d.recognised) d.notices = fragmentNotices(d, "this page's starting view");
    out.state = d.state;
    out.notices.insert(out.notices.end(), d.notices.begin(), d.notices.end());
    out.opensRole = namesRole(start);
  } else {
    out.state = initialState(catalog);
  }
  return out;
}

}  // namespace core

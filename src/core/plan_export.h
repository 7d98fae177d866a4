// The plan taken out of the widget: a Markdown checklist, an iCalendar file of study blocks, and
// a printable HTML page. Pure functions of the catalog, the state and what was derived from it.
#pragma once

#include <string>

#include "app_state.h"
#include "model.h"

namespace core {

// A checklist: "- [ ] [Course](url) — 16 h, free — closes: …", then totals.
std::string planMarkdown(const Catalog& catalog, const AppState& state, const Derived& derived);

// iCalendar (RFC 5545): one event per course per study week, in floating local time (the
// reader's evening, 18:00), each as long as the hours that course gets that week. `today` is in
// days since 1970-01-01; study starts the next day.
std::string planIcs(const Catalog& catalog, const AppState& state, const Derived& derived, int today);

// A complete, self-contained HTML document: the target role's profile and the plan, with print
// styles. Every piece of data is HTML-escaped; it has no script.
std::string planPrintHtml(const Catalog& catalog, const AppState& state, const Derived& derived);

std::string escapeHtml(std::string_view text);

}  // namespace core

// The plan taken out of the widget: a Markdown checklist, an iCalendar file of study blocks, and
// a printable HTML page. Pure functions of the catalog, the state and what was derived from it.
#pragma once

#include <string>

#include "app_state.h"
#include "model.h"

namespace core {

// Every text that comes from the data is escaped for the format it lands in: Markdown punctuation
// is backslash-escaped (no HTML, autolink, comment or link can be smuggled in), iCalendar TEXT is
// escaped per RFC 5545 3.3.11, HTML is entity-escaped, and control characters become spaces in all
// three. A link is written as a link only when it is an http(s) URL, and then percent-encoded
// where it could end the link early.

// A checklist: "- [ ] [Course](url) — 16 h, free — closes: …", then totals.
std::string planMarkdown(const Catalog& catalog, const AppState& state, const Derived& derived);

// A calendar is bounded: long courses at few hours a week could otherwise give hundreds of
// thousands of events (10,000-hour courses at 1 h a week). 1,000 study sessions are about four
// years at five a week; past that, the calendar says where it stops.
inline constexpr int kMaxIcsEvents = 1000;

struct IcsExport {
  std::string text;
  int events = 0;          // VEVENTs written
  bool truncated = false;  // the plan has study blocks after the last event written
  int lastDay = 0;         // day of the last event written (days since 1970-01-01)
};

// iCalendar (RFC 5545): study sessions in floating local time, on evenings from 18:00. A week's
// hours go to as few evenings as keep each at most 3 hours (all seven past 21 h a week), spread
// through the week and shared out evenly; a session is one course's part of an evening, and a
// course that ends mid-evening hands the rest of it to the next. `today` is in days since
// 1970-01-01; study starts the next day. At most `maxEvents` events: when the plan
// needs more, the calendar's description (RFC 7986) and the last event say so, and so does
// `truncated` for the caller to tell the reader.
IcsExport planIcs(const Catalog& catalog, const AppState& state, const Derived& derived, int today,
                  int maxEvents = kMaxIcsEvents);

// A complete, self-contained HTML document: the target role's profile and the plan, with print
// styles. Every piece of data is HTML-escaped; it has no script.
std::string planPrintHtml(const Catalog& catalog, const AppState& state, const Derived& derived);

// HTML text or attribute value: & < > " ' as entities, control characters as spaces.
std::string escapeHtml(std::string_view text);
// Markdown inline text: punctuation that could start markup is backslash-escaped, line breaks and
// control characters become spaces.
std::string escapeMarkdown(std::string_view text);
// iCalendar TEXT value (RFC 5545 3.3.11): \ ; , escaped, a newline as \n, controls as spaces.
std::string escapeIcsText(std::string_view text);

}  // namespace core

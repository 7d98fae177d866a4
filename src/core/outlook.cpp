#include "outlook.h"

#include <cstdio>

#include "decimal.h"
#include "json_object_writer.h"

namespace core {

const char* const kOutlookNotStated =
    "The article makes no statement on demand or growth for this role.";
const char* const kOutlookNoOccupation =
    "No comparable government occupation is recorded for this role, so there is no projected "
    "growth to show.";
const char* const kOutlookAboutAll = "About all the roles in the article, not this one alone";
const char* const kCourseFactsSource = "course facts from public pages about each course";

RoleOutlook outlookOf(const Catalog& c, const Role& role) {
  RoleOutlook o;
  // Both lists are bounded by the loader (20 each), so this is a small, fixed amount of work.
  for (const OutlookStatement& s : role.outlook) {
    o.statements.push_back({&s, OutlookScope::Role});
    if (s.kind == OutlookKind::Demand || s.kind == OutlookKind::Growth) o.stated = true;
  }
  for (const OutlookStatement& s : c.outlook) o.statements.push_back({&s, OutlookScope::All});
  for (const Benchmark& b : role.benchmarks)
    if (b.growthPct) o.growth.push_back(&b);
  return o;
}

std::string_view nameOf(OutlookScope s) { return s == OutlookScope::All ? "all" : "role"; }

std::string outlookKindWords(OutlookKind k) {
  switch (k) {
    case OutlookKind::Growth: return "On growth";
    case OutlookKind::HiringSignal: return "What employers look for";
    case OutlookKind::Pay: return "On pay";
    default: return "On demand";
  }
}

std::string quoted(const std::string& words) { return "\xE2\x80\x9C" + words + "\xE2\x80\x9D"; }

std::string sourceTitleWords(const Source& source) {
  return source.titleIsDescription ? source.title : quoted(source.title);
}

std::string statementSourceShort(const OutlookStatement& s) {
  return s.source == "article" ? "the source article" : s.source;
}

std::string statementProvenance(const Source& source, const OutlookStatement& s) {
  std::string where;
  if (s.source == "article") {
    where = "The source article: " + sourceTitleWords(source) + ", " +
            (source.publisher.empty() ? "no publisher recorded" : source.publisher) +
            (source.year > 0 ? ", " + decimal(source.year) : "") + ".";
  } else {
    where = "Read at " + s.source + ".";
  }
  return where + " Quoted word for word" + (s.checked.empty() ? "" : ", checked " + s.checked) + ".";
}

std::string growthPercent(double pct) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", pct);
  std::string text = buf;
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text + "%";
}

std::string growthWords(const Benchmark& b) {
  std::string words = b.occupation + (b.code.empty() ? "" : " (SOC " + b.code + ")") +
                      ": projected employment growth";
  if (b.growthPct) words += " " + growthPercent(*b.growthPct);
  if (!b.growthPeriod.empty()) words += " over " + b.growthPeriod;
  return words;
}

std::vector<std::string> outlookLines(const Catalog& c, const Role& role) {
  const RoleOutlook o = outlookOf(c, role);
  std::vector<std::string> lines;
  if (!o.stated) lines.push_back(std::string("Outlook: ") + kOutlookNotStated);
  for (const OutlookItem& item : o.statements) {
    const OutlookStatement& s = *item.statement;
    const std::string prefix = item.scope == OutlookScope::All
                                   ? "Outlook, about all the roles in the article, "
                                   : "Outlook, ";
    std::string kind = outlookKindWords(s.kind);
    kind[0] = static_cast<char>(kind[0] - 'A' + 'a');  // "on growth", mid-sentence
    lines.push_back(prefix + kind + ": " + quoted(s.quote) + " (" + statementSourceShort(s) + ")");
  }
  for (const Benchmark* b : o.growth)
    lines.push_back("Government projection for a broad occupation, not this role: " +
                    growthWords(*b) + " (" + std::string(nameOf(b->confidence)) + ")");
  if (o.growth.empty()) lines.push_back(kOutlookNoOccupation);
  return lines;
}

std::string outlookJson(const Catalog& c, const Role* role) {
  if (!role) return "null";
  const RoleOutlook o = outlookOf(c, *role);
  std::string out;
  JsonObjectWriter j(out);
  j.put("role", role->id);
  j.put("stated", o.stated);
  JsonArrayWriter statements(j.member("statements"));
  for (const OutlookItem& item : o.statements) {
    JsonObjectWriter s(statements.item());
    s.put("quote", item.statement->quote);
    s.put("kind", nameOf(item.statement->kind));
    s.put("scope", nameOf(item.scope));
    s.put("source", item.statement->source);
    s.put("checked", item.statement->checked);
    s.close();
  }
  statements.close();
  JsonArrayWriter growth(j.member("growth"));
  for (const Benchmark* b : o.growth) {
    JsonObjectWriter g(growth.item());
    g.put("occupation", b->occupation);
    g.put("code", b->code);
    g.put("pct", *b->growthPct);
    g.put("period", b->growthPeriod);
    g.put("url", b->url);
    g.put("confidence", nameOf(b->confidence));
    g.close();
  }
  growth.close();
  j.close();
  return out;
}

}  // namespace core

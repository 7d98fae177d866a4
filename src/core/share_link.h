// The reader's state as a URL fragment, and back. The fragment is input from strangers: decoding
// never crashes, hangs or allocates without bound, and anything it cannot use falls back to the
// default with a notice. It only carries state: ids and numbers, never a URL or a data source.
//
// Format (version 1): fields separated by ';', each `key=value`, led by the version:
//   v1;view=plan;role=genai-engineer;sort=entry;skills=python.2,nlp.1;target=mlops-engineer;
//   goal=cost;budget=200;free=1;level=intermediate;legacy=0;hours=6;done=ai-for-everyone;
//   mode=paths;job=data-analyst;psort=hours;pair=genai-engineer,mlops-engineer
// (mode: Compare's mode, pay / paths / pair; job: the profile the ratings started from; psort:
// the "From my job" table's order; pair: the roles side by side, either may be empty.)
// Keys are stable ids (never list positions), so a link survives data that gained or lost items:
// what no longer exists is dropped and said so. Fields equal to the default are left out.
// What a pasted link picks up around it (a closing bracket, a full stop, "&utm_…") is cut off,
// and a field with characters we never write is left out alone: the rest of the link stands.
//
// Two ways to write the ratings. `skills` lists every rating: what the reader's device saves, so
// their progress means the same whatever the data's profiles become. A link with a job may
// instead write `changed`, the ratings that differ from that job's profile (level 0: not rated),
// and no `skills`: `job=data-analyst;changed=python.3,sql.0`. The decoder starts from the
// profile's ratings then. A profile may rate thousands of skills; a link stays short.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"
#include "model.h"

namespace core {

// The most of a link the decoder reads (a bound on its work; web/app.js and web/embed.js cut what
// they pass on at the same length). A link written by encodeLink is far shorter unless the
// reader rated hundreds of skills by hand; the share action says so when one would be longer.
inline constexpr std::size_t kMaxFragmentLength = 32'768;
// The reader's saved progress (every rating and done course written out) may be longer: enough
// for the largest catalogue the loader accepts (10,000 skills and 20,000 courses, ids of up to
// 48 characters: about 1.5 MB), and still a bound.
inline constexpr std::size_t kMaxSavedLength = 2'097'152;

// The whole state, every rating written out: what is saved on this device.
std::string encodeFragment(const AppState& state);
// The state as a link: with a job, the ratings as changes from that job's profile when that is
// shorter (see above); otherwise encodeFragment's text.
std::string encodeLink(const AppState& state, const Catalog& catalog);

struct DecodedFragment {
  AppState state;                    // usable as it is: invalid parts were replaced by defaults
  std::vector<std::string> notices;  // for the reader: what was dropped or ignored, and why
  bool recognised = false;           // it was a version-1 fragment (else: defaults)
  std::string rejected;              // when not: why ("it is too long"), for a notice of the caller's
  // What the notices count: ids no longer in the data, values brought within range, parts not
  // understood, plan names with characters a name cannot hold, and plans left out (past the
  // most a reader keeps, or without a name of their own).
  std::size_t dropped = 0, clamped = 0, ignored = 0, cleaned = 0, plansLeftOut = 0;
};

// The notices for what a decoded fragment left out, saying whose it was: "the link" or "your
// saved progress" ("2 items of your saved progress no longer exist in the data and were left out.").
std::vector<std::string> fragmentNotices(const DecodedFragment& decoded, std::string_view whose);

// `fragment` with or without the leading '#'. An empty fragment gives the initial state and no
// notice. One longer than `maxLength` is turned down whole (kMaxSavedLength for saved progress).
DecodedFragment decodeFragment(std::string_view fragment, const Catalog& catalog,
                               std::size_t maxLength = kMaxFragmentLength);

}  // namespace core

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
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"
#include "model.h"

namespace core {

inline constexpr std::size_t kMaxFragmentLength = 8192;

std::string encodeFragment(const AppState& state);

struct DecodedFragment {
  AppState state;                    // usable as it is: invalid parts were replaced by defaults
  std::vector<std::string> notices;  // for the reader: what was dropped or ignored, and why
  bool recognised = false;           // it was a version-1 fragment (else: defaults)
};

// `fragment` with or without the leading '#'. An empty fragment gives the initial state and no
// notice.
DecodedFragment decodeFragment(std::string_view fragment, const Catalog& catalog);

}  // namespace core

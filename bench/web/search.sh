#!/usr/bin/env bash
# Search benchmark (bench/web/search.mjs): the search field with 12,000 synthetic courses, the
# size bench/web/size-limit.sh finds the loader's 8 MiB allows. Figures only: exits 0 whatever
# they are.   bash bench/web/search.sh          RUNS=5 bash bench/web/search.sh
# Extra arguments are more dist folders (copies of earlier builds), measured in the same runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/web/lib/synthetic-setup.sh
"$synth" 12000 20 42 10 > build/bench/search-catalogue.json
exec node bench/web/search.mjs dist build/bench/search-catalogue.json "$@"

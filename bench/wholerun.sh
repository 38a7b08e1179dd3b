#!/usr/bin/env bash
# Whole-run benchmark on real text the rules were not tuned on: the
# unlabeled corpus (12,583 articles as JSON Lines). Runs the floor (read,
# decode, normalize, split sentences, write the documents table with zstd)
# and the whole pipeline on 1 and 2 cores, back to back in the same run, and
# prints MB/s, docs/s, the ratio to the floor, allocations per document,
# peak RSS and per-stage MB/s. Each configuration is its own process, so the
# peak RSS is its own.
# Usage: bench/wholerun.sh [PATH ...]   (default: ../shared/corpus/unlabeled)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  src=../shared/corpus/unlabeled
  if [ ! -d "$src" ]; then
    echo "wholerun: $src not found (the unlabeled corpus sits beside the repo); skipping the whole-run benchmark" >&2
    exit 0
  fi
  set -- "$src"
fi
work=${TMPDIR:-/tmp}/vnextract-wholerun
mkdir -p "$work"
go build -o "$work/wholerun" ./bench/wholerun

field() { # line key
  sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $*"
echo
echo "| run | cores | MB/s | docs/s | x floor | allocs/doc | KB allocated/doc | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|"
declare -A full
for c in 1 2; do
  # GOMAXPROCS pins the cores; the runner starts one worker per core
  fl=$(GOMAXPROCS=$c "$work/wholerun" -floor "$@")
  pl=$(GOMAXPROCS=$c "$work/wholerun" "$@")
  full[$c]=$pl
  fm=$(field "$fl" mbps); pm=$(field "$pl" mbps)
  printf '| floor | %s | %s | %s | 1 | %s | %s | %s |\n' "$c" "$fm" "$(field "$fl" docsps)" \
    "$(field "$fl" allocs_per_doc)" "$(field "$fl" alloc_kb_per_doc)" "$(field "$fl" rss_mb)"
  printf '| pipeline | %s | %s | %s | %s | %s | %s | %s |\n' "$c" "$pm" "$(field "$pl" docsps)" \
    "$(awk -v f="$fm" -v p="$pm" 'BEGIN{printf "%.1f", f/p}')" \
    "$(field "$pl" allocs_per_doc)" "$(field "$pl" alloc_kb_per_doc)" "$(field "$pl" rss_mb)"
done
p1=$(field "${full[1]}" mbps); p2=$(field "${full[2]}" mbps)
echo
echo "2 cores / 1 core: $(awk -v a="$p1" -v b="$p2" 'BEGIN{printf "%.2fx", b/a}')"
echo
echo "per stage, 1 core (input MB over the time spent in the stage):"
tr ' ' '\n' <<<"${full[1]}" | sed -n 's/^stage_\(.*\)=\(.*\)/  \1 \2 MB\/s/p'
echo
echo "raw:"
for c in 1 2; do echo "  ${full[$c]}"; done

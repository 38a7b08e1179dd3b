#!/usr/bin/env bash
# Whole-run benchmark: repeat the development corpus to at least 200 MB,
# run vnextract on it on 1 and 2 cores (GOMAXPROCS and --workers), and
# report MB/s, docs/s, peak RSS and the time by stage. Text and HTML are measured apart (the targets differ).
# Usage: bench/wholerun.sh [MB]   (needs ../shared/corpus beside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
want_mb=${1:-200}
src=../shared/corpus
if [ ! -d "$src" ]; then
  echo "wholerun: $src not found; skipping the whole-run benchmark" >&2
  exit 0
fi
work=${TMPDIR:-/tmp}/vnextract-wholerun
mkdir -p "$work"
go build -o "$work/vnextract" ./cmd/vnextract

make_corpus() { # kind pattern
  local kind=$1 pat=$2 dir=$work/$1
  if [ -f "$dir/.done-$want_mb" ]; then return; fi
  rm -rf "$dir"; mkdir -p "$dir/c0000"
  find "$src" -name "$pat" -exec cp {} "$dir/c0000/" \;
  local one; one=$(du -sb "$dir/c0000" | cut -f1)
  local copies=$(( want_mb * 1000000 / one + 1 ))
  for i in $(seq 1 $((copies - 1))); do cp -r "$dir/c0000" "$dir/$(printf c%04d "$i")"; done
  touch "$dir/.done-$want_mb"
}
make_corpus text '*.txt'
make_corpus html '*.html'

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for kind in text html; do
  size=$(du -sb "$work/$kind" | cut -f1)
  for w in 1 2; do
    # GOMAXPROCS pins the cores the run may use: w workers on w cores
    line=$(GOMAXPROCS=$w "$work/vnextract" run --workers "$w" --out "$work/out-$kind-$w" "$work/$kind" 2>&1 | head -2 | tr '\n' ' ')
    echo "$kind $((size / 1000000)) MB, $w core(s): ${line#vnextract: }"
  done
done

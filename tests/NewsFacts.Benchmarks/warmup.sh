#!/usr/bin/env bash
# Warm-up as a fresh process feels it: the mean processor time of the first 10 AEB dev pages against the steady
# state, from whole runs of `newsfacts extract` (processor time, user + system, median of RUNS runs of each, taken in
# turns so a shared machine's drift touches all alike):
#   start   = one small article (corpus/002): start-up alone, near enough
#   first   = the first 10 pages (by name) in a fresh process
#   many    = the same 10 pages and then the same 10 pages five times more (60 files) in one process
#   first 10 pages, mean per page = (first - start) / 10;  steady state per page = (many - first) / 50
#
#   tests/NewsFacts.Benchmarks/warmup.sh [COMMAND]
#
# COMMAND defaults to the published harness, built first (`dotnet publish src/NewsFacts.Cli -c Release -o OUT`).
# The pages are read from ../shared/eval/data/aeb-dev (never copied into the repository).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command=${1:-}
if [ -z "$command" ]; then
  dotnet publish src/NewsFacts.Cli -c Release -o "$work/out" > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
  command="$work/out/newsfacts"
fi

mkdir -p "$work/first"
for f in $(ls ../shared/eval/data/aeb-dev/html/*.html.gz | sort | head -10); do
  gunzip -c "$f" > "$work/first/$(basename "$f" .gz)"
done
for copy in 1 2 3 4 5; do
  mkdir -p "$work/again$copy"
  cp "$work/first/"* "$work/again$copy/"
done

# Processor seconds (user + system) of one run of the command on the given paths, from the kernel's accounting of the
# finished child (microseconds; /usr/bin/time rounds to hundredths, too coarse for ten pages).
cpu() {
  python3 -c '
import resource, shlex, subprocess, sys
before = resource.getrusage(resource.RUSAGE_CHILDREN)
subprocess.run(shlex.split(sys.argv[1]) + ["extract"] + sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.4f" % (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))' "$command" "$@"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

start=(); first=(); many=()
cpu corpus/002_14083e9a3131a838.txt > /dev/null # the file cache
for _ in $(seq "$runs"); do
  start+=("$(cpu corpus/002_14083e9a3131a838.txt)")
  first+=("$(cpu "$work/first")")
  many+=("$(cpu "$work/first" "$work"/again*)")
done

s=$(printf '%s\n' "${start[@]}" | median)
f=$(printf '%s\n' "${first[@]}" | median)
m=$(printf '%s\n' "${many[@]}" | median)
awk -v s="$s" -v f="$f" -v m="$m" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  first = (f - s) / 10 * 1000; steady = (m - f) / 50 * 1000
  printf "start-up %.4f s, 10 pages %.4f s, 60 pages %.4f s (processor time, medians)\n", s, f, m
  printf "first 10 pages %.1f ms/page, steady state %.1f ms/page: ratio %.2f (load: %s)\n", first, steady, first / steady, load
}'

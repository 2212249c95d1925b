#!/usr/bin/env bash
# Start-up as a user feels it: the median wall time of 20 runs of `newsfacts extract` on one small article
# (corpus/002, 2.2 KB), start-up included, output thrown away.
#
#   tests/NewsFacts.Benchmarks/startup.sh [COMMAND [BASELINE]]
#
# COMMAND defaults to the published harness, built first into a temporary folder
# (`dotnet publish src/NewsFacts.Cli -c Release -o OUT`, then OUT/newsfacts). With BASELINE (a second command, such as
# "dotnet bin/NewsFacts.Cli.dll"), the two run in turn, run by run, and the ratio of their medians is printed too,
# so a comparison holds when a shared machine's speed drifts.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-20}
article=corpus/002_14083e9a3131a838.txt

command=${1:-}
if [ -z "$command" ]; then
  out=$(mktemp -d)
  dotnet publish src/NewsFacts.Cli -c Release -o "$out" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
  command="$out/newsfacts"
fi
baseline=${2:-}

# Wall seconds of one run of a command (split as a shell splits words) on the article.
once() {
  local start end
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  $1 extract "$article" > /dev/null
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 ))"
}

median() { sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.3f", m / 1e6}'; }

# One warm-up run of each (the file cache), not counted.
once "$command" > /dev/null
[ -n "$baseline" ] && once "$baseline" > /dev/null
a=(); b=()
for _ in $(seq "$runs"); do
  a+=("$(once "$command")")
  [ -n "$baseline" ] && b+=("$(once "$baseline")")
done

ma=$(printf '%s\n' "${a[@]}" | median)
echo "$command: median ${ma} s wall over $runs runs (load: $(cut -d' ' -f1-3 /proc/loadavg))"
if [ -n "$baseline" ]; then
  mb=$(printf '%s\n' "${b[@]}" | median)
  echo "$baseline: median ${mb} s wall over $runs runs"
  awk -v a="$ma" -v b="$mb" 'BEGIN {printf "ratio %.3f (command / baseline)\n", a / b}'
fi

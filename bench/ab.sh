#!/usr/bin/env bash
# Compares the one-core throughput of two lede binaries on a noisy machine: each round runs
# `bench` of both at the same time, one per core (swapping cores every round), so both see the
# same load from other tenants. Prints each binary's median MB/s, the median ratio B/A, and how
# many rounds B won, with the two-sided sign-test p-value of that count. Rounds are not truly
# independent (a neighbour's load lasts minutes): two series of the same pair have differed by
# 5-10%, so repeat a series, with the builds swapped, before believing a few percent.
#   bench/ab.sh OLD_BINARY NEW_BINARY [ROUNDS=16] [MEGABYTES=20] [CORPUS=tests/corpus]
set -euo pipefail
a=$1 b=$2 rounds=${3:-16} mb=${4:-20} corpus=${5:-tests/corpus}
results=$(mktemp)
trap 'rm -f "$results"' EXIT
one_core() { # CORE BINARY LABEL
  taskset -c "$1" "$2" bench "$corpus" --megabytes "$mb" | awk -v label="$3" '/^threads 1:/ {print label, $3}' >>"$results"
}
for round in $(seq 1 "$rounds"); do
  # Cores swap every round and the launch order every other round, so neither build keeps a
  # core or a head start.
  core=$((round % 2))
  if [ $(((round / 2) % 2)) -eq 0 ]; then
    one_core "$core" "$a" A &
    one_core "$((1 - core))" "$b" B &
  else
    one_core "$((1 - core))" "$b" B &
    one_core "$core" "$a" A &
  fi
  wait
done
python3 - "$results" "$a" "$b" <<'PY'
import math, statistics, sys
path, a, b = sys.argv[1:]
runs = {"A": [], "B": []}
for line in open(path):
    label, mbps = line.split()
    runs[label].append(float(mbps))
ratios = [y / x for x, y in zip(runs["A"], runs["B"])]
for label, name in (("A", a), ("B", b)):
    print(f"{name}: median {statistics.median(runs[label]):.1f} MB/s ({min(runs[label])}-{max(runs[label])})")
wins, n = sum(r > 1 for r in ratios), len(ratios)
# Sign test: how likely so lopsided a count of wins would be if neither build were faster.
tail = sum(math.comb(n, k) for k in range(max(wins, n - wins), n + 1)) / 2**n
print(f"B/A: median ratio {statistics.median(ratios):.3f}, B faster in {wins} of {n} rounds "
      f"(sign test p = {min(1.0, 2 * tail):.2f})")
PY

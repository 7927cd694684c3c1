#!/usr/bin/env bash
# lede vs spaCy en_core_web_sm NER on the same corpus, one core each, in one run.
# usage: bench/compare.sh [MEGABYTES_FOR_SPACY]   (spaCy is slow: 2 MB takes about half a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-2}
cargo build --release -q -p lede-cli
lede_line=$(./target/release/lede bench tests/corpus --megabytes 50 | grep '^threads 1:')
spacy_line=$(python3 bench/spacy_ner.py tests/corpus "$mb")
echo "lede (all four extractors), $lede_line"
echo "$spacy_line"
lede_mbs=$(echo "$lede_line" | sed -E 's/.*: ([0-9.]+) MB\/s.*/\1/')
spacy_mbs=$(echo "$spacy_line" | sed -E 's/.*: ([0-9.]+) MB\/s.*/\1/')
python3 -c "print(f'ratio: lede is {float(\"$lede_mbs\") / float(\"$spacy_mbs\"):.0f}x spaCy NER throughput per core')"

#!/bin/sh
# Builds a profile-guided (PGO) release binary at target/pgo/release/lede: an instrumented build
# runs `lede bench` on tests/corpus, and the release build then uses that profile to lay out hot
# code together and to choose what to inline. Opt-in: `cargo build --release` does not do this.
# Needs rustup's llvm-tools component (added here when missing), whose llvm-profdata matches
# rustc's LLVM.
set -eu
cd "$(dirname "$0")/.."
rustup component add llvm-tools >/dev/null 2>&1 || true
profdata=$(find "$(rustc --print sysroot)" -name llvm-profdata -type f | head -n 1)
[ -n "$profdata" ] || { echo "llvm-profdata not found: rustup component add llvm-tools" >&2; exit 1; }
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT
RUSTFLAGS="-Cprofile-generate=$profiles" cargo build --release -p lede-cli --target-dir target/pgo-train
target/pgo-train/release/lede bench --megabytes 20 >/dev/null
"$profdata" merge -o "$profiles/lede.profdata" "$profiles"
RUSTFLAGS="-Cprofile-use=$profiles/lede.profdata" cargo build --release -p lede-cli --target-dir target/pgo
echo "built target/pgo/release/lede"

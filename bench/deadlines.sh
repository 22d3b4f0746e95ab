#!/usr/bin/env bash
# Deadline calculator throughput: builds bench/Deadlines (and src/Core) in Release, then runs
# DeadlineCalculator.Calculate single-threaded over 10,000 synthetic cases of 20 events each:
# a warm-up, 5 rounds of ~5 s, each round's rate, the median, allocations per calculation and
# PASS/FAIL against 200,000 calculations/s. Arguments pass through (--cases, --rounds, --seconds,
# --warmup, --seed). SKIP_BUILD=1 runs what is already built. Exit code 1 when under target.
#
#   bash bench/deadlines.sh
#   bash bench/deadlines.sh --rounds 3 --seconds 2
#   PIN_CPU=1 bash bench/deadlines.sh         # also pin the process to CPU 1 with taskset
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "dotnet build -c Release bench/Deadlines/Deadlines.csproj"
  dotnet build -c Release -nologo -v quiet bench/Deadlines/Deadlines.csproj
fi

run=(dotnet bench/Deadlines/bin/Release/net10.0/Deadlines.dll "$@")
if [[ "${PIN_CPU:-}" != "" ]] && command -v taskset >/dev/null; then
  run=(taskset -c "$PIN_CPU" "${run[@]}")
fi

exec "${run[@]}"

#!/usr/bin/env bash
# Issue 6: every agency's figures for one year, and a full scoring run, over a generated SQLite file.
# Targets: metrics <= 2 s, scoring run <= 3 s (medians of RUNS in one process). Exit 0 = PASS, 1 = FAIL.
#
#   bash bench/metrics.sh                                   # 1,000,000 cases (generated if missing), the last full year
#   DB=bench/.data/answers-340000/danvan-feedback.db YEAR=2025 RUNS=5 SKIP_BUILD=1 bash bench/metrics.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
DB="${DB:-bench/.data/metrics-1000000/danvan-feedback.db}"
YEAR="${YEAR:-$(( $(date +%Y) - 1 ))}"
RUNS="${RUNS:-5}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release -nologo -v quiet bench/Metrics/Metrics.csproj
fi
if [[ ! -f "$DB" ]]; then
  SKIP_BUILD="${SKIP_BUILD:-0}" bash bench/generate-cases.sh 1000000 "$DB"
fi
dotnet bench/Metrics/bin/Release/net10.0/Metrics.dll "$DB" --year "$YEAR" --runs "$RUNS"

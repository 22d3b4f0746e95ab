#!/usr/bin/env bash
# Overdue sweep over 1,000,000 cases on SQLite (target ≤ 5 s): builds bench/OverdueSweep (and
# src/Core) in Release, then seeds a fresh SQLite file in a temp directory (migrated and seeded by
# Core, then 1,000,000 cases and their events written with raw SQL; timed apart, not against the
# target), and runs EscalateOverdueCasesJob on 3 fresh copies of it with the clock at
# 2026-11-26 06:30 +07: each first sweep, a second sweep, RefreshDeadlinesJob, the median and
# PASS/FAIL. Exit code 1 when the median is over target. SKIP_BUILD=1 runs what is already built.
#
#   bash bench/overdue-sweep.sh                       # 1,000,000 cases, 3 runs
#   bash bench/overdue-sweep.sh --cases 100000        # any OverdueSweep option passes through (--help)

#   bash bench/overdue-sweep.sh --dir /tmp/os --keep  # keep the seeded file; later: --seeded /tmp/os/seeded.db
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "dotnet build -c Release bench/OverdueSweep/OverdueSweep.csproj"
  dotnet build -c Release -nologo -v quiet bench/OverdueSweep/OverdueSweep.csproj
fi

exec dotnet bench/OverdueSweep/bin/Release/net10.0/OverdueSweep.dll "$@"

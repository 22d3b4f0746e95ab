#!/usr/bin/env bash
# Intake load test: builds the Portal and the two bench projects in Release, then runs
# bench/IntakeLoad, which starts the built Portal and bench/BareInsert on loopback ports, loads
# both and prints submissions/s, p50/p99, the ratio and PASS/FAIL. Arguments pass through to
# IntakeLoad (try --help). SKIP_BUILD=1 runs what is already built.
#
#   bash bench/intake.sh                                # 32 users, 5 s warm-up, 20 s per target
#   bash bench/intake.sh --concurrency 8 --duration 10
#   bash bench/intake.sh --database bench/.data/cases-1000000/danvan-feedback.db   # also a Portal on 1,000,000
#                                                       # cases: CPU per filing there vs on the empty file
#   BAREINSERT_WRITE_GATE=true bash bench/intake.sh     # a what-if for the bare endpoint (README)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  for project in src/Portal/DanVan.Feedback.Portal.csproj bench/BareInsert/BareInsert.csproj bench/IntakeLoad/IntakeLoad.csproj; do
    echo "dotnet build -c Release $project"
    dotnet build -c Release -nologo -v quiet "$project"
  done
fi

exec dotnet bench/IntakeLoad/bin/Release/net10.0/IntakeLoad.dll --repo "$root" "$@"

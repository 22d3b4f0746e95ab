#!/usr/bin/env bash
# A SQLite database of N realistic cases (default 1,000,000) for benchmarks and for trying the apps
# with a city's worth of data. The Backoffice itself creates the file (Release, Development: its
# migrations, reference data and staff accounts canbo.<agency>/lanhdao.<agency>), then
# bench/CaseGenerator writes the cases: spread over three years (2024 to now), every agency the
# routing rules reach, all kinds, channels and statuses, each history told through the domain's own
# workflow methods. Extra arguments pass through to CaseGenerator (--seed, --from, --now, --analyze,
# --vacuum; --help). SKIP_BUILD=1 runs what is already built.
#
#   bash bench/generate-cases.sh                              # 1,000,000 → bench/.data/cases-1000000/danvan-feedback.db
#   bash bench/generate-cases.sh 100000                       # → bench/.data/cases-100000/danvan-feedback.db
#   bash bench/generate-cases.sh 50000 /tmp/try/danvan-feedback.db --seed 7
#
# The staff password is in staff-password beside the database (made once; STAFF_PASSWORD overrides).
# To browse the result: run the Backoffice with Database__DataDirectory=<that folder> (the default
# file name is danvan-feedback.db) and sign in as canbo.<agency code, lower case>.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

cases="${1:-1000000}"
cases="${cases//[,_]/}"
if ! [[ "$cases" =~ ^[0-9]+$ ]] || (( cases < 1 )); then
  echo "usage: bench/generate-cases.sh [N] [db-path] [CaseGenerator options…]" >&2
  exit 2
fi
db="${2:-bench/.data/cases-$cases/danvan-feedback.db}"
shift $(( $# > 2 ? 2 : $# ))
mkdir -p "$(dirname "$db")"
db="$(cd "$(dirname "$db")" && pwd)/$(basename "$db")"
dir="$(dirname "$db")"

if [[ -e "$db" ]]; then
  echo "$db exists; delete it (and its -wal/-shm files) to generate again." >&2
  exit 2
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "dotnet build -c Release src/Backoffice bench/CaseGenerator"
  dotnet build -c Release -nologo -v quiet src/Backoffice/DanVan.Feedback.Backoffice.csproj
  dotnet build -c Release -nologo -v quiet bench/CaseGenerator/CaseGenerator.csproj
fi

password_file="$dir/staff-password"
if [[ -n "${STAFF_PASSWORD:-}" ]]; then
  printf '%s' "$STAFF_PASSWORD" > "$password_file"
elif [[ ! -s "$password_file" ]]; then
  head -c 12 /dev/urandom | base64 | tr '+/' 'xy' | tr -d '\n' > "$password_file"
fi
password="$(cat "$password_file")"

# shellcheck source=bench/backoffice-server.sh
source "$root/bench/backoffice-server.sh"
trap backoffice_stop EXIT INT TERM

started=$SECONDS
echo "Creating $db with the Backoffice (Development: migrations, reference data, staff accounts)…"
backoffice_start "$db" Development "$password" "$dir/backoffice-create.log"
backoffice_stop
echo "  created in $((SECONDS - started)) s"

dotnet bench/CaseGenerator/bin/Release/net10.0/CaseGenerator.dll --db "$db" --cases "$cases" "$@"
echo "Total $((SECONDS - started)) s. Staff password: $password_file"

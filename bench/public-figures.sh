#!/usr/bin/env bash
# Issue 6: the Portal's public figures page (/so-lieu), served from the nightly snapshots. Takes tonight's snapshots
# on the generated file (bench/Metrics --snapshot), starts the Release Portal on it, then times sequential GETs of
# the page's four views (year or 12 months, departments or communes). Target: p95 <= 100 ms. Exit 0 = PASS.
#
#   SKIP_BUILD=1 bash bench/public-figures.sh          # on bench/.data/metrics-1000000 (bench/metrics.sh makes it)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
DB="${DB:-bench/.data/metrics-1000000/danvan-feedback.db}"
REQUESTS="${REQUESTS:-400}"
WARMUP="${WARMUP:-100}"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release -nologo -v quiet src/Portal/DanVan.Feedback.Portal.csproj
  dotnet build -c Release -nologo -v quiet bench/Metrics/Metrics.csproj
fi
[[ -f "$DB" ]] || { echo "No database at $DB: run bench/metrics.sh first." >&2; exit 2; }
DB="$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")"
dotnet bench/Metrics/bin/Release/net10.0/Metrics.dll "$DB" --snapshot
work="$(mktemp -d)"
# shellcheck source=bench/portal-server.sh
source "$root/bench/portal-server.sh"
trap 'portal_stop; rm -rf "$work"' EXIT INT TERM
portal_start "$DB" "$work/portal.log"
views=("/so-lieu" "/so-lieu?ky=12-thang" "/so-lieu?loai=xa-phuong" "/so-lieu?ky=12-thang&loai=xa-phuong&sap-xep=thoi-gian")
rows=$(curl -s "$PORTAL_URL/so-lieu?loai=xa-phuong" | grep -c '<th scope="row"' || true)
for ((i = 0; i < WARMUP; i++)); do curl -s -o /dev/null "$PORTAL_URL${views[i % 4]}"; done
for ((i = 0; i < REQUESTS; i++)); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$PORTAL_URL${views[i % 4]}"
done > "$work/times"
grep -v '^200 ' "$work/times" && { echo "A view answered other than 200." >&2; exit 2; }
read -r p50 p95 p99 max < <(awk '{ print $2 * 1000 }' "$work/times" | sort -n | awk '{ v[NR] = $1 } END {
  printf "%.1f %.1f %.1f %.1f\n", v[int(NR * 0.5)], v[int(NR * 0.95)], v[int(NR * 0.99)], v[NR] }')
verdict=$(awk -v p="$p95" 'BEGIN { print (p <= 100 ? "PASS" : "FAIL") }')
echo
echo "=== /so-lieu from snapshots: $REQUESTS sequential GETs over 4 views ($rows communes listed), load $(cut -d' ' -f1-3 /proc/loadavg) ==="
printf '%-28s %8s %8s %8s %8s  %s\n' page "p50 ms" "p95 ms" "p99 ms" "max ms" target
printf '%-28s %8s %8s %8s %8s  p95 <= 100 ms %s\n' "GET /so-lieu (4 views)" "$p50" "$p95" "$p99" "$max" "$verdict"
echo "RESULT: $verdict"
[[ "$verdict" == PASS ]]

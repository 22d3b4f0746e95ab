#!/usr/bin/env bash
# The Portal's tracking look-up (POST /tra-cuu: tracking code + phone or e-mail → the case's status page) under
# load: wrk, keep-alive connections in a closed loop, each request the real form post with the antiforgery
# cookie and token a visitor's browser sends, a different case each time (codes and phones of real rows).
# Release Portal in Production on a generated database; the look-up's rate limit (30 posts per 10 minutes
# per address in production) is raised for the run, since all the load comes from one address.
# Target (issue 3): >= 3,000 look-ups/s on this machine. Exit code 0 = PASS, 1 = FAIL, 2 = could not run.
#
#   bash bench/tracking-lookup.sh                 # build; generate or reuse the 340,000-case database; measure
#   SKIP_BUILD=1 bash bench/tracking-lookup.sh
#   CONNECTIONS=64 DURATION=30 bash bench/tracking-lookup.sh
#   TRACE=/tmp/lookup.nettrace DOTNET_TRACE=/tmp/dtools/dotnet-trace SKIP_BUILD=1 bash bench/tracking-lookup.sh  # and profile it
#
# Settings (environment): CASES (340000), DB, CONNECTIONS (32), THREADS (2), WARMUP (60 s: dynamic PGO re-compiles the hot path for some 30 s under this load), DURATION (20 s),
# LOOKUPS (2000 distinct cases in the rotation).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

CASES="${CASES:-340000}"
DB="${DB:-bench/.data/answers-$CASES/danvan-feedback.db}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-60}"
DURATION="${DURATION:-20}"
LOOKUPS="${LOOKUPS:-2000}"
TARGET=3000

for tool in curl sqlite3 wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install -y $tool)." >&2; exit 2; }
done

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "dotnet build -c Release src/Portal src/Backoffice bench/CaseGenerator"
  dotnet build -c Release -nologo -v quiet src/Portal/DanVan.Feedback.Portal.csproj
  dotnet build -c Release -nologo -v quiet src/Backoffice/DanVan.Feedback.Backoffice.csproj
  dotnet build -c Release -nologo -v quiet bench/CaseGenerator/CaseGenerator.csproj
fi
if [[ ! -f "$DB" ]]; then
  SKIP_BUILD=1 bash bench/generate-cases.sh "$CASES" "$DB" --publish 100
fi
DB="$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")"

work="$(mktemp -d)"
# shellcheck source=bench/portal-server.sh
source "$root/bench/portal-server.sh"
cleanup() { portal_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

echo "Starting the Portal (Release, Production, look-up limit raised) on $DB…"
# shellcheck disable=SC2086 # PORTAL_SETTINGS: extra NAME=VALUE settings for the Portal, space-separated (e.g. DOTNET_gcServer=0)
portal_start "$DB" "$work/portal.log" RateLimits__Lookup__PermitLimit=100000000 RateLimits__Lookup__Window=00:10:00 ${PORTAL_SETTINGS:-}
url="$PORTAL_URL"

# A visitor's antiforgery pair: the cookie from GET /tra-cuu and the form's hidden token.
curl -s -c "$work/jar" "$url/tra-cuu" -o "$work/form.html"
token="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/form.html" | sed 's/.*value="//;s/"$//')"
cookie="$(awk '$6 ~ /Antiforgery/ { print $6 "=" $7 }' "$work/jar")"
[[ -n "$token" && -n "$cookie" ]] || { echo "No antiforgery cookie or token from /tra-cuu." >&2; exit 2; }

# Real cases with a phone (denunciations' contacts are sealed with keys this database was not made with).
sqlite3 -readonly -separator ' ' "$DB" \
  "SELECT \"TrackingCode\", \"FilerPhone\" FROM \"Cases\" WHERE \"Kind\" <> 'Denunciation' AND \"FilerPhone\" IS NOT NULL ORDER BY random() LIMIT $LOOKUPS" > "$work/cases"
(( $(wc -l < "$work/cases") > 0 )) || { echo "No cases with a phone in $DB." >&2; exit 2; }
read -r code phone < "$work/cases"
status="$(curl -s -b "$work/jar" -o "$work/one.html" -w '%{http_code}' --data-urlencode "Input.Code=$code" --data-urlencode "Input.Contact=$phone" --data-urlencode "__RequestVerificationToken=$token" "$url/tra-cuu")"
[[ "$status" == 200 ]] && grep -q 'id="case-status"' "$work/one.html" || { echo "A look-up of a real case answered $status without the case's status; is the form the same?" >&2; exit 2; }

{
  echo "local bodies = {"
  while read -r code phone; do
    printf '  "Input.Code=%s&Input.Contact=%s&__RequestVerificationToken=%s",\n' "${code:0:4}-${code:4}" "$phone" "$token"
  done < "$work/cases"
  echo "}"
  cat <<LUA
local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "$cookie" }
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/tra-cuu", headers, bodies[i])
end
done = function(summary, latency, requests)
  io.write(string.format("FIGURES %d %d %d %.3f %.3f %.3f %d\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.bytes))
end
LUA
} > "$work/lookup.lua"

server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$PORTAL_PID/stat" 2>/dev/null || echo 0; }

echo
echo "=== Tracking look-up: POST /tra-cuu, $(wc -l < "$work/cases") cases in rotation, $CONNECTIONS connections, $THREADS wrk threads, Portal Release (Production) at $url ==="
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up ${WARMUP} s (JIT, connection pool, page cache)…"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$work/lookup.lua" "$url" > "$work/warm.out"
# TRACE=file.nettrace: a CPU profile of the Portal over the timed run (dotnet-trace; figures are lower meanwhile).
if [[ -n "${TRACE:-}" ]]; then
  "${DOTNET_TRACE:-dotnet-trace}" collect -p "$PORTAL_PID" --duration "00:00:00:$(printf '%02d' "$DURATION")" -o "$TRACE" > "${TRACE}.log" 2>&1 &
  trace_pid=$!
fi
before=$(server_cpu_ticks)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$work/lookup.lua" "$url" > "$work/run.out"
after=$(server_cpu_ticks)
[[ -z "${TRACE:-}" ]] || wait "$trace_pid" || echo "dotnet-trace failed: $(tail -3 "${TRACE}.log")" >&2
read -r _ requests micros errors p50 p99 max _ < <(grep '^FIGURES' "$work/run.out")
rate=$(awk -v r="$requests" -v us="$micros" 'BEGIN { printf "%.0f", r / (us / 1e6) }')
cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v r="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / r }')
verdict=$([[ "$rate" -ge "$TARGET" && "$errors" -eq 0 ]] && echo PASS || echo FAIL)
printf '%-24s %10s %8s %8s %8s %8s %10s %6s  %s\n' target "look-ups/s" "p50 ms" "p99 ms" "max ms" errors "CPU ms/rq" load target
printf '%-24s %10s %8s %8s %8s %8s %10s %6s  >= %d/s  %s\n' "POST /tra-cuu" "$rate" "$p50" "$p99" "$max" "$errors" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" "$TARGET" "$verdict"
grep -E 'Non-2xx|Socket errors' "$work/run.out" || true
echo
echo "errors: answers other than 200 (a 400 is an antiforgery or form failure, 404 a case not matched, 429 the limit) and socket errors."
echo "CPU ms/rq: the Portal's CPU per look-up; the machine has $(nproc) cores shared with wrk (and with any other work: see load)."
echo "RESULT: $verdict (look-up >= $TARGET/s)"
[[ "$verdict" == PASS ]]

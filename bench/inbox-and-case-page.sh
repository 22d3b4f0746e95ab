#!/usr/bin/env bash
# Inbox and case page latency at 1,000,000 cases on SQLite (targets: inbox p95 ≤ 30 ms, case page
# p95 ≤ 50 ms). Generates the database with bench/generate-cases.sh if it is not there yet (or
# reuses it), starts the Release Backoffice on it (ASPNETCORE_ENVIRONMENT=Production, warnings-only
# logging), signs in with curl as the officer of the busiest agency (and of the busiest commune
# committee), warms up, then times sequential requests, one at a time over one keep-alive
# connection, and prints p50/p95/p99 per URL and PASS/FAIL. Exit code 0 = PASS, 1 = FAIL,
# 2 = could not run.
#
#   bash bench/inbox-and-case-page.sh                   # build, generate or reuse 1,000,000 cases, measure
#   SKIP_BUILD=1 bash bench/inbox-and-case-page.sh      # run what is already built
#   CASES=100000 REQUESTS=200 bash bench/inbox-and-case-page.sh
#   INBOX_FILTERS='/?qua-han=1 /?trang-thai=dang-giai-quyet&trang=2' bash bench/inbox-and-case-page.sh
#
# Settings (environment):
#   CASES (1000000)   DB (bench/.data/cases-$CASES/danvan-feedback.db)
#   REQUESTS (500) timed requests per URL; WARMUP (150) untimed ones before them
#   MAX_SECONDS (120) stop timing a URL after this long (column n shows how many were timed);
#   WARMUP_SECONDS (60) likewise for its warm-up: a page that takes seconds gets fewer requests
#   INBOX_FILTERS     filtered inbox URLs, space-separated (default below). A filter the inbox does
#                     not know yet (the same page as the plain inbox) is reported and skipped.
#   COMMUNE (1)       also time the inbox and case page of the busiest commune committee's officer
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

CASES="${CASES:-1000000}"
DB="${DB:-bench/.data/cases-$CASES/danvan-feedback.db}"
REQUESTS="${REQUESTS:-500}"
WARMUP="${WARMUP:-150}"
MAX_SECONDS="${MAX_SECONDS:-120}"
WARMUP_SECONDS="${WARMUP_SECONDS:-60}"
INBOX_FILTERS="${INBOX_FILTERS:-/?qua-han=1 /?trang-thai=dang-giai-quyet}"
COMMUNE="${COMMUNE:-1}"
INBOX_TARGET_MS=30
CASE_TARGET_MS=50

command -v curl >/dev/null || { echo "curl is needed (apt-get install -y curl)." >&2; exit 2; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "dotnet build -c Release src/Backoffice bench/CaseGenerator"
  dotnet build -c Release -nologo -v quiet src/Backoffice/DanVan.Feedback.Backoffice.csproj
  dotnet build -c Release -nologo -v quiet bench/CaseGenerator/CaseGenerator.csproj
fi

if [[ ! -f "$DB" ]]; then
  SKIP_BUILD=1 bash bench/generate-cases.sh "$CASES" "$DB"
else
  echo "Reusing $DB ($(du -m "$DB" | cut -f1) MiB); delete it to generate again."
fi
DB="$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")"
password="$(cat "$(dirname "$DB")/staff-password")"

# Read-only queries of the database, with the sqlite3 shell or Python's sqlite3 module.
sql() {
  if command -v sqlite3 >/dev/null; then
    sqlite3 -readonly -separator ' ' "$DB" "$1"
  else
    python3 -c 'import sqlite3,sys; c=sqlite3.connect("file:"+sys.argv[1]+"?mode=ro", uri=True); [print(*r) for r in c.execute(sys.argv[2])]' "$DB" "$1"
  fi
}

work="$(mktemp -d)"
# shellcheck source=bench/backoffice-server.sh
source "$root/bench/backoffice-server.sh"
cleanup() { backoffice_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

read -r total_cases < <(sql 'SELECT count(*) FROM "Cases"')
read -r agency agency_cases < <(sql 'SELECT "LeadAgencyCode", count(*) FROM "Cases" GROUP BY 1 ORDER BY 2 DESC LIMIT 1')
read -r commune commune_cases < <(sql "SELECT \"LeadAgencyCode\", count(*) FROM \"Cases\" WHERE \"LeadAgencyCode\" LIKE 'UBND-%' GROUP BY 1 ORDER BY 2 DESC LIMIT 1")

echo "Starting the Backoffice (Release, Production) on $DB…"
backoffice_start "$DB" Production "$password" "$work/backoffice.log"
url="$BACKOFFICE_URL"

# GET /dang-nhap for the antiforgery cookie and token, POST the form; the staff cookie lands in the jar.
sign_in() {
  local user="$1" jar="$2" token status
  curl -s -c "$jar" -b "$jar" "$url/dang-nhap" -o "$work/signin.html"
  token="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/signin.html" | sed 's/.*value="//;s/"$//')"
  [[ -n "$token" ]] || { echo "No antiforgery token on /dang-nhap." >&2; return 1; }
  status="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/dang-nhap")"
  [[ "$status" == 302 ]] || { echo "Sign-in as $user answered $status, not 302." >&2; return 1; }
}

# An inbox page without its per-request antiforgery tokens: a filter the page knows changes something
# in it (the rows, the count, the selected option, the paging links), one it ignores changes nothing.
inbox_page() { curl -s -b "$1" "$url$2" | sed -E 's/CfDJ8[A-Za-z0-9_-]+//g'; }

server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$BACKOFFICE_PID/stat" 2>/dev/null || echo 0; }

# Sequential GETs over one connection (curl reuses it across the URLs of one run), in chunks so that
# a time limit ($4 seconds) can stop a slow URL. Prints "http_code seconds" per request to $3.
timed_gets() {
  local jar="$1" list="$2" out="$3" limit="$4" started=$SECONDS chunk=10 from=0 total
  total=$(wc -l < "$list")
  : > "$out"
  while (( from < total )); do
    sed -n "$((from + 1)),$((from + chunk))p" "$list" | awk -v base="$url" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", base, $0 }' > "$work/curl.cfg"
    curl -s -b "$jar" -K "$work/curl.cfg" -w '%{http_code} %{time_total}\n' >> "$out" || true
    from=$((from + chunk))
    (( SECONDS - started < limit )) || break
  done
}

results=()
verdict=PASS
# measure LABEL JAR TARGET_MS PATHS_FILE: warm-up, then timed requests; one line of figures.
measure() {
  local label="$1" jar="$2" target="$3" paths="$4" ticks_before ticks_after hz n line errors
  head -n "$WARMUP" "$paths" > "$work/warm"
  tail -n +"$((WARMUP + 1))" "$paths" | head -n "$REQUESTS" > "$work/timed"
  timed_gets "$jar" "$work/warm" "$work/warm.out" "$WARMUP_SECONDS"
  ticks_before=$(server_cpu_ticks)
  timed_gets "$jar" "$work/timed" "$work/timed.out" "$MAX_SECONDS"
  ticks_after=$(server_cpu_ticks)
  hz=$(getconf CLK_TCK)
  n=$(wc -l < "$work/timed.out")
  errors=$(awk '$1 != 200' "$work/timed.out" | wc -l)
  line="$(awk '$1 == 200 { print $2 * 1000 }' "$work/timed.out" | sort -n | awk -v label="$label" -v target="$target" -v n="$n" -v errors="$errors" \
      -v cpu="$(( (ticks_after - ticks_before) * 1000 / hz ))" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    { t[++ok] = $1 }
    END {
      if (ok == 0) { printf "%-34s %5d %8s %8s %8s %8s %6d %9s %6s  p95 <= %d ms  FAIL (no answer was 200)\n", label, n, "-", "-", "-", "-", errors, "-", load, target; exit }
      p50 = t[int(ok * 0.50 + 0.999999)]; p95 = t[int(ok * 0.95 + 0.999999)]; p99 = t[int(ok * 0.99 + 0.999999)]
      verdict = (p95 <= target && errors == 0) ? "PASS" : "FAIL"
      printf "%-34s %5d %8.1f %8.1f %8.1f %8.1f %6d %9.1f %6s  p95 <= %d ms  %s\n", label, n, p50, p95, p99, t[ok], errors, cpu / n, load, target, verdict
    }')"
  echo "$line"
  results+=("$line")
  [[ "$line" == *PASS ]] || verdict=FAIL
}

# 1234567 → 1,234,567
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# repeat PATH N: the same path N times.
repeat() { for _ in $(seq 1 "$2"); do echo "$1"; done; }

header() {
  printf '%-34s %5s %8s %8s %8s %8s %6s %9s %6s  %s\n' url n "p50 ms" "p95 ms" "p99 ms" "max ms" errors "CPU ms/rq" load target
}

# run_officer AGENCY CASES: sign in as its officer and time its inbox, filtered inboxes and case pages.
run_officer() {
  local code="$1" count="$2" user jar coordinating needed
  user="canbo.${code,,}"
  jar="$work/$user.jar"
  read -r coordinating < <(sql "SELECT count(*) FROM \"CaseCoordinators\" WHERE \"AgencyCode\" = '$code'")
  echo
  echo "Officer $user: $code leads $(thousands "$count") cases and coordinates $(thousands "$coordinating")"
  sign_in "$user" "$jar"
  inbox_page "$jar" / > "$work/plain.html"
  grep -q 'href="/ho-so/' "$work/plain.html" || { echo "The inbox of $user lists no case links; is the sign-in right?" >&2; exit 2; }
  header
  needed=$((WARMUP + REQUESTS))
  repeat / "$needed" > "$work/paths"
  measure "GET / ($code)" "$jar" "$INBOX_TARGET_MS" "$work/paths"
  repeat '/?trang=2' "$needed" > "$work/paths"
  measure "GET /?trang=2" "$jar" "$INBOX_TARGET_MS" "$work/paths"
  for filter in $INBOX_FILTERS; do
    if cmp -s "$work/plain.html" <(inbox_page "$jar" "$filter"); then
      printf '%-34s skipped: the page is the same as without it (no such filter on this branch?)\n' "GET $filter"
      continue
    fi
    repeat "$filter" "$needed" > "$work/paths"
    measure "GET $filter" "$jar" "$INBOX_TARGET_MS" "$work/paths"
  done

  # Random cases of this agency, each asked for once, in the display form ABCD-EFGH.
  sql "SELECT \"TrackingCode\" FROM \"Cases\" WHERE \"LeadAgencyCode\" = '$code' ORDER BY random() LIMIT $needed" \
    | awk '{ printf "/ho-so/%s-%s\n", substr($1, 1, 4), substr($1, 5) }' > "$work/paths"
  measure "GET /ho-so/{random case}" "$jar" "$CASE_TARGET_MS" "$work/paths"
}

echo
echo "=== Inbox and case page: $(thousands "$total_cases") cases, SQLite, Backoffice Release (Production) at $url ==="
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $WARMUP warm-up + $REQUESTS timed sequential requests per URL"
run_officer "$agency" "$agency_cases"
if [[ "$COMMUNE" == 1 && -n "${commune:-}" && "$commune" != "$agency" ]]; then
  run_officer "$commune" "$commune_cases"
fi

echo
echo "CPU ms/rq: the server's CPU time per timed request; well below p50 means the request waited (other work on the machine, I/O)."
echo "load: the 1-minute load average when the line was measured; above 2 the two cores were shared."
if grep -qiE 'fail|error|exception' "$work/backoffice.log"; then
  echo "The server logged warnings or errors:"
  grep -iE 'fail|error|exception' "$work/backoffice.log" | sort | uniq -c | sort -rn | head -10
fi
echo "RESULT: $verdict (inbox p95 <= $INBOX_TARGET_MS ms, case page p95 <= $CASE_TARGET_MS ms)"
[[ "$verdict" == PASS ]]

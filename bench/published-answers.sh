#!/usr/bin/env bash
# Published answers' search on the Portal (/tra-loi) at 100,000 published answers, SQLite, Release Portal in
# Production: sequential GETs (one at a time, one keep-alive connection, curl's time_total) over a mix of
# searches a visitor makes — folded and accented words, one or two words, with and without filters, page 1
# and later pages — and the detail page of random answers. Target (issue 3): search p95 <= 50 ms.
# Exit code 0 = PASS, 1 = FAIL, 2 = could not run.
#
#   bash bench/published-answers.sh                      # build; generate 340,000 cases (--publish 100) or reuse; measure
#   SKIP_BUILD=1 bash bench/published-answers.sh         # run what is already built
#   REQUESTS=300 WARMUP=100 bash bench/published-answers.sh
#
# Settings (environment): CASES (340000; with --publish 100 about a third get a published answer),
# DB (bench/.data/answers-$CASES/danvan-feedback.db), REQUESTS (600) timed searches, WARMUP (200) untimed
# ones first, DETAILS (200) timed detail pages, SEED (7) of the mix.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

CASES="${CASES:-340000}"
DB="${DB:-bench/.data/answers-$CASES/danvan-feedback.db}"
REQUESTS="${REQUESTS:-600}"
WARMUP="${WARMUP:-200}"
DETAILS="${DETAILS:-200}"
SEED="${SEED:-7}"
TARGET_MS=50

command -v curl >/dev/null || { echo "curl is needed (apt-get install -y curl)." >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install -y sqlite3)." >&2; exit 2; }

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "dotnet build -c Release src/Portal src/Backoffice bench/CaseGenerator"
  dotnet build -c Release -nologo -v quiet src/Portal/DanVan.Feedback.Portal.csproj
  dotnet build -c Release -nologo -v quiet src/Backoffice/DanVan.Feedback.Backoffice.csproj
  dotnet build -c Release -nologo -v quiet bench/CaseGenerator/CaseGenerator.csproj
fi

if [[ ! -f "$DB" ]]; then
  SKIP_BUILD=1 bash bench/generate-cases.sh "$CASES" "$DB" --publish 100
else
  echo "Reusing $DB ($(du -m "$DB" | cut -f1) MiB); delete it to generate again."
fi
DB="$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")"
sql() { sqlite3 -readonly -separator ' ' "$DB" "$1"; }

work="$(mktemp -d)"
# shellcheck source=bench/portal-server.sh
source "$root/bench/portal-server.sh"
cleanup() { portal_stop; rm -rf "$work"; }
trap cleanup EXIT INT TERM

read -r answers < <(sql 'SELECT count(*) FROM "PublishedAnswers"')
read -r words < <(sql 'SELECT count(*) FROM "PublishedAnswerTerms"')
(( answers >= 100000 )) || echo "WARNING: only $answers published answers (the target is stated at 100,000)."

echo "Starting the Portal (Release, Production) on $DB…"
portal_start "$DB" "$work/portal.log"
url="$PORTAL_URL"

# The mix: words as visitors type them (with and without marks, any case), filters drawn from the data.
mapfile -t topics < <(sql 'SELECT "TopicCode" FROM "PublishedAnswers" GROUP BY 1 ORDER BY count(*) DESC LIMIT 8')
mapfile -t agencies < <(sql 'SELECT "AgencyCode" FROM "PublishedAnswers" GROUP BY 1 ORDER BY count(*) DESC LIMIT 12')
mapfile -t communes < <(sql 'SELECT "LocalityCode" FROM "PublishedAnswers" WHERE "LocalityCode" IS NOT NULL GROUP BY 1 ORDER BY random() LIMIT 20')
python3 - "$SEED" "$((WARMUP + REQUESTS))" "${topics[*]}" "${agencies[*]}" "${communes[*]}" > "$work/searches" <<'PY'
import random, sys, urllib.parse
rnd = random.Random(int(sys.argv[1])); n = int(sys.argv[2])
topics, agencies, communes = sys.argv[3].split(), sys.argv[4].split(), sys.argv[5].split()
words = ["duong", "đường", "Đường", "DUONG", "rác", "rac thai", "ngập", "ngap nuoc", "đèn đường", "den duong", "vỉa hè",
         "via he", "lấn chiếm", "lan chiem via he", "Lạch Tray", "lach tray", "Đà Nẵng", "tô hiệu", "cống thoát nước",
         "karaoke", "tieng on", "giấy chứng nhận", "giay chung nhan quyen su dung dat", "xe buýt", "xe buyt khu cong nghiep",
         "bụi", "xây dựng", "xay dung", "môi trường", "moi truong", "thu gom", "chieu sang", "Lê Chân", "Máy Tơ",
         "hồ sơ chậm", "ho so", "trường học", "phuong", "xử phạt", "xu phat vi pham"]
lines = []
for _ in range(n):
    q = {}
    shape = rnd.random()
    if shape < 0.75:
        q["q"] = rnd.choice(words)
    if shape >= 0.55 or "q" not in q:
        f = rnd.random()
        if f < 0.4: q["linh-vuc"] = rnd.choice(topics)
        elif f < 0.7: q["co-quan"] = rnd.choice(agencies)
        elif f < 0.9: q["xa"] = rnd.choice(communes)
        else: q["linh-vuc"] = rnd.choice(topics); q["xa"] = rnd.choice(communes)
    p = rnd.random()
    if p >= 0.6: q["trang"] = rnd.choice([2, 3, 5, 10, 25])
    lines.append("/tra-loi?" + urllib.parse.urlencode(q))
print("\n".join(lines))
PY
sql "SELECT \"Id\" FROM \"PublishedAnswers\" ORDER BY random() LIMIT $((DETAILS + 50))" | sed 's|^|/tra-loi/|' > "$work/details"

server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$PORTAL_PID/stat" 2>/dev/null || echo 0; }

# Sequential GETs over one connection, "http_code seconds url" per request.
timed_gets() {
  local list="$1" out="$2"
  awk -v base="$url" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", base, $0 }' "$list" > "$work/curl.cfg"
  curl -s -K "$work/curl.cfg" -w '%{http_code} %{time_total} %{url_effective}\n' > "$out" || true
}

header() { printf '%-40s %5s %8s %8s %8s %8s %6s %9s %6s  %s\n' requests n "p50 ms" "p95 ms" "p99 ms" "max ms" "4xx" "CPU ms/rq" load target; }

verdict=PASS
# line LABEL FILE TARGET CPU_MS: figures of the 200 answers in FILE; 404 of a page past the end counts apart, anything else fails.
line() {
  local label="$1" file="$2" target="$3" cpu="$4" n errors
  n=$(wc -l < "$file")
  errors=$(awk '$1 != 200 && $1 != 404' "$file" | wc -l)
  awk '$1 == 200 { print $2 * 1000 }' "$file" | sort -n | awk -v label="$label" -v target="$target" -v n="$n" -v errors="$errors" \
      -v notfound="$(awk '$1 == 404' "$file" | wc -l)" -v cpu="$cpu" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    { t[++ok] = $1 }
    END {
      if (ok == 0) { printf "%-40s %5d  no answer was 200  FAIL\n", label, n; exit }
      p50 = t[int(ok * 0.50 + 0.999999)]; p95 = t[int(ok * 0.95 + 0.999999)]; p99 = t[int(ok * 0.99 + 0.999999)]
      verdict = target == 0 ? "" : (p95 <= target && errors == 0) ? "PASS" : "FAIL"
      printf "%-40s %5d %8.1f %8.1f %8.1f %8.1f %6d %9.1f %6s  %s\n", label, n, p50, p95, p99, t[ok], notfound, cpu / n, load, (target == 0 ? "-" : "p95 <= " target " ms  " verdict)
    }'
  if (( errors > 0 )); then
    echo "  $errors answers were neither 200 nor 404:"; awk '$1 != 200 && $1 != 404' "$file" | head -3 | sed 's/^/    /'
    verdict=FAIL
  fi
}

echo
echo "=== Published answers: $(printf "%'d" "$answers") answers, $(printf "%'d" "$words") search words, SQLite, Portal Release (Production) at $url ==="
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $WARMUP warm-up + $REQUESTS timed sequential searches, $DETAILS detail pages"
head -n "$WARMUP" "$work/searches" > "$work/warm"
tail -n +"$((WARMUP + 1))" "$work/searches" > "$work/timed"
timed_gets "$work/warm" "$work/warm.out"
before=$(server_cpu_ticks)
timed_gets "$work/timed" "$work/timed.out"
after=$(server_cpu_ticks)
cpu=$(( (after - before) * 1000 / $(getconf CLK_TCK) ))
header
line "GET /tra-loi?… (the whole mix)" "$work/timed.out" "$TARGET_MS" "$cpu" | tee "$work/result"
[[ "$(cat "$work/result")" == *PASS ]] || verdict=FAIL
# The same requests by shape, for reading (no target of their own).
grep -E 'q=' "$work/timed.out" | grep -vE 'linh-vuc|co-quan|xa=' | grep -v 'trang=' > "$work/a" || true
grep -E 'q=' "$work/timed.out" | grep -E 'linh-vuc|co-quan|xa=' > "$work/b" || true
grep -vE 'q=' "$work/timed.out" > "$work/c" || true
grep -E 'trang=' "$work/timed.out" > "$work/d" || true
for shape in "a:  words only, page 1" "b:  words and a filter" "c:  filters only" "d:  pages 2-25"; do
  f="${shape%%:*}"; [[ -s "$work/$f" ]] && line "${shape#*:}" "$work/$f" 0 0
done
timed_gets "$work/details" "$work/details.out"
line "GET /tra-loi/{random answer}" "$work/details.out" "$TARGET_MS" 0 | tee "$work/result"
[[ "$(cat "$work/result")" == *PASS ]] || verdict=FAIL

echo
echo "4xx: pages past the last of their search (404, a friendly page); counted apart, not as errors."
echo "CPU ms/rq: the server's CPU per timed search; well below p50 means the request waited for a core."
echo "load: the 1-minute load average; above 2 the two cores were shared with other work."
if grep -qiE 'fail|error|exception' "$work/portal.log"; then
  echo "The server logged errors:"; grep -iE 'fail|error|exception' "$work/portal.log" | sort | uniq -c | sort -rn | head -5
fi
echo "RESULT: $verdict (search p95 <= $TARGET_MS ms)"
[[ "$verdict" == PASS ]]

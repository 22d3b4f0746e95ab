#!/usr/bin/env bash
# The dashboards on a metrics database (bench/metrics.sh makes one of 1,000,000 cases): the agency's page
# (/tong-hop/co-quan, with its 12-month trend), the city-wide /tong-hop and a drill-down, each asked N times in a
# row after sign-in as the busiest agency's officer and as the assessor. Prints "status:seconds" per request; the
# first is cold. Runs on a COPY of the database: the Backoffice migrates, seeds and runs its jobs on what it opens.
#
#   cp bench/.data/metrics-1000000/danvan-feedback.db bench/.data/metrics-1000000/staff-password /tmp/copy/
#   SKIP_BUILD=1 N=6 bash bench/dashboards.sh /tmp/copy/danvan-feedback.db
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
DB="$(cd "$(dirname "${1:?the database copy to open}")" && pwd)/$(basename "$1")"
N="${N:-5}"
password="$(cat "$(dirname "$DB")/staff-password")"
work="$(mktemp -d)"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release -nologo -v quiet src/Backoffice/DanVan.Feedback.Backoffice.csproj
fi

source bench/backoffice-server.sh
backoffice_start "$DB" Production "$password" "$work/backoffice.log"
trap 'backoffice_stop; rm -rf "$work"' EXIT
url="$BACKOFFICE_URL"

sign_in() {
  local user="$1" jar="$2" token status
  curl -s -c "$jar" -b "$jar" "$url/dang-nhap" -o "$work/signin.html"
  token="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/signin.html" | sed 's/.*value="//;s/"$//')"
  status="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/dang-nhap")"
  [[ "$status" == 302 ]] || { echo "Sign-in as $user answered $status, not 302." >&2; exit 2; }
}

time_url() {
  printf '%-60s' "$2"
  for _ in $(seq 1 "$N"); do curl -s -b "$1" -o /dev/null -w '%{http_code}:%{time_total} ' "$url$2"; done
  echo
}

year="$(date +%Y)"
sign_in canbo.snnmt "$work/officer.jar"
sign_in danhgia "$work/assessor.jar"
time_url "$work/officer.jar" /tong-hop/co-quan
time_url "$work/officer.jar" "/tong-hop/co-quan?nam=$year&thang=1"
time_url "$work/officer.jar" "/tong-hop/ho-so?co-quan=SNNMT&chi-so=thanh-tra&nam=$year"
time_url "$work/assessor.jar" /tong-hop
time_url "$work/assessor.jar" "/tong-hop?nam=$year&thang=1"

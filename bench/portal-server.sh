# Sourced by bench/published-answers.sh and bench/tracking-lookup.sh: starts the built Portal (Release,
# Production) on one SQLite file and stops it again. Not a script to run by itself.
#
#   portal_start DB_FILE LOG [NAME=VALUE …]   # extra settings as environment; sets PORTAL_URL and PORTAL_PID
#   portal_stop
#
# Production needs an ALTCHA key: a random one is made per run (no form is filed by these benches).

PORTAL_DIR="$root/src/Portal/bin/Release/net10.0"
PORTAL_PID=""
PORTAL_URL=""

portal_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

portal_start() {
  local db="$1" log="$2" port
  shift 2
  if [[ ! -f "$PORTAL_DIR/DanVan.Feedback.Portal.dll" ]]; then
    echo "The Portal is not built in Release ($PORTAL_DIR): run without SKIP_BUILD=1." >&2
    return 2
  fi
  port="$(portal_free_port)"
  PORTAL_URL="http://127.0.0.1:$port"
  (
    cd "$PORTAL_DIR"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      Database__Provider=Sqlite \
      Database__DataDirectory="$(dirname "$db")" \
      ConnectionStrings__Feedback="Data Source=$db" \
      Captcha__Altcha__HmacKey="$(head -c 32 /dev/urandom | base64 | tr -d '\n')" \
      Logging__LogLevel__Default=Warning \
      "$@" \
      dotnet DanVan.Feedback.Portal.dll --urls "$PORTAL_URL"
  ) >"$log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 240); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$PORTAL_URL/healthz")" == 200 ]]; then
      return 0
    fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      echo "The Portal stopped while starting; its log ($log):" >&2
      tail -30 "$log" >&2
      PORTAL_PID=""
      return 2
    fi
    sleep 0.5
  done
  echo "The Portal did not answer /healthz within 2 minutes; log: $log" >&2
  portal_stop
  return 2
}

portal_stop() {
  if [[ -n "$PORTAL_PID" ]]; then
    kill "$PORTAL_PID" 2>/dev/null || true
    wait "$PORTAL_PID" 2>/dev/null || true
    PORTAL_PID=""
  fi
}

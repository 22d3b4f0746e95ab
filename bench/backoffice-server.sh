# Sourced by bench/generate-cases.sh and bench/inbox-and-case-page.sh: starts the built Backoffice
# (Release) on one SQLite file and stops it again. Not a script to run by itself.
#
#   backoffice_start DB_FILE ENVIRONMENT PASSWORD LOG   # sets BACKOFFICE_URL and BACKOFFICE_PID
#   backoffice_stop

BACKOFFICE_DIR="$root/src/Backoffice/bin/Release/net10.0"
BACKOFFICE_PID=""
BACKOFFICE_URL=""

free_port() {
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

# The database file is given by a connection string; its folder is the data directory (hangfire.db,
# mail pickup). Development seeds the staff accounts on a database without any, with PASSWORD.
backoffice_start() {
  local db="$1" environment="$2" password="$3" log="$4" port
  if [[ ! -f "$BACKOFFICE_DIR/DanVan.Feedback.Backoffice.dll" ]]; then
    echo "The Backoffice is not built in Release ($BACKOFFICE_DIR): run without SKIP_BUILD=1." >&2
    return 2
  fi
  port="$(free_port)"
  BACKOFFICE_URL="http://127.0.0.1:$port"
  (
    cd "$BACKOFFICE_DIR"
    ASPNETCORE_ENVIRONMENT="$environment" \
    Database__Provider=Sqlite \
    Database__DataDirectory="$(dirname "$db")" \
    ConnectionStrings__Feedback="Data Source=$db" \
    Seed__StaffPassword="$password" \
    Logging__LogLevel__Default=Warning \
      exec dotnet DanVan.Feedback.Backoffice.dll --urls "$BACKOFFICE_URL"
  ) >"$log" 2>&1 &
  BACKOFFICE_PID=$!
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null --max-time 2 "$BACKOFFICE_URL/healthz"; then
      if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BACKOFFICE_URL/healthz")" == 200 ]]; then
        return 0
      fi
    fi
    if ! kill -0 "$BACKOFFICE_PID" 2>/dev/null; then
      echo "The Backoffice stopped while starting; its log ($log):" >&2
      tail -30 "$log" >&2
      BACKOFFICE_PID=""
      return 2
    fi
    sleep 0.5
  done
  echo "The Backoffice did not answer /healthz within 2 minutes; log: $log" >&2
  backoffice_stop
  return 2
}

backoffice_stop() {
  if [[ -n "$BACKOFFICE_PID" ]]; then
    kill "$BACKOFFICE_PID" 2>/dev/null || true
    wait "$BACKOFFICE_PID" 2>/dev/null || true
    BACKOFFICE_PID=""
  fi
}

#!/usr/bin/env bash
# Starts the Portal and the Backoffice together on the embedded default (a SQLite file in .data/),
# for trying the system on a developer's machine. Needs only the .NET SDK. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")"

PORTAL_URL="http://localhost:5080"
BACKOFFICE_URL="http://localhost:5090"
DATA_DIR="$PWD/.data"
mkdir -p "$DATA_DIR"

# The development staff password: made once on this machine, kept beside the database, never in git.
PASSWORD_FILE="$DATA_DIR/dev-staff-password"
if [ ! -s "$PASSWORD_FILE" ]; then
  head -c 12 /dev/urandom | base64 | tr '+/' 'xy' > "$PASSWORD_FILE"
fi
STAFF_PASSWORD="$(cat "$PASSWORD_FILE")"

echo "Building…"
dotnet build src/Backoffice -v quiet -nologo >/dev/null
dotnet build src/Portal -v quiet -nologo >/dev/null

export ASPNETCORE_ENVIRONMENT=Development
export Database__DataDirectory="$DATA_DIR"
export Seed__StaffPassword="$STAFF_PASSWORD"

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

dotnet run --no-build --no-launch-profile --project src/Backoffice --urls "$BACKOFFICE_URL" &
pids+=($!)
dotnet run --no-build --no-launch-profile --project src/Portal --urls "$PORTAL_URL" &
pids+=($!)

# Wait until both answer their health check (bash's /dev/tcp: no curl needed).
for url in "$BACKOFFICE_URL" "$PORTAL_URL"; do
  port="${url##*:}"
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.5
  done
done

cat <<EOT

  DanVan.Feedback đang chạy (dữ liệu: $DATA_DIR/danvan-feedback.db)

  Cổng người dân (Portal):   $PORTAL_URL
  Trang cán bộ (Backoffice): $BACKOFFICE_URL
    Đăng nhập: canbo.<mã cơ quan>, ví dụ canbo.ubnd-11311 (UBND phường Hồng Bàng),
               canbo.snnmt (Sở Nông nghiệp và Môi trường); quản trị: admin
    Mật khẩu:  $STAFF_PASSWORD

  Ctrl+C để dừng.
EOT
wait

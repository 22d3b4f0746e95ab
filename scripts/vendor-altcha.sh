#!/usr/bin/env bash
# Copies the ALTCHA widget from npm into the Portal's wwwroot. The copied files are committed, so a
# fresh clone builds and runs without npm; run this again only to move to another widget version.
#
# The CSP-strict build (dist/external) is used, not dist/main: the main bundle injects a <style>
# element and starts its workers from blob: URLs, which the Portal's Content-Security-Policy
# (no 'unsafe-inline') refuses. The external build needs its stylesheet and the SHA worker as files
# of our own origin; wwwroot/js/captcha.js registers the worker.
#
#   scripts/vendor-altcha.sh [version]      (default: the version below)
set -euo pipefail

version="${1:-3.2.2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/src/Portal/wwwroot/lib/altcha"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fetching altcha@$version from npm"
(cd "$work" && npm pack "altcha@$version" --silent >/dev/null && tar -xzf "altcha-$version.tgz")
package="$work/package"

rm -rf "$target"
mkdir -p "$target/i18n" "$target/workers"
cp "$package/dist/external/altcha.min.js" "$target/altcha.min.js"
cp "$package/dist/external/altcha.css" "$target/altcha.css"
cp "$package/dist/workers/sha.js" "$target/workers/sha.js"
cp "$package/dist/i18n/vi.js" "$package/dist/i18n/en.js" "$target/i18n/"
cp "$package/LICENSE.txt" "$target/LICENSE.txt"
echo "altcha@$version (npm), dist/external build; copied by scripts/vendor-altcha.sh" > "$target/VERSION"

echo "copied into ${target#"$root"/}:"
(cd "$target" && find . -type f | sort)

#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (PostgreSQL for the team-server tests,
# poppler for PDF checks, Qt's X libraries). Quiet when everything is present already.
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then need+=(libxcb-cursor0); fi
if ! ldconfig -p 2>/dev/null | grep -q libEGL.so.1; then need+=(libegl1); fi
if ! ldconfig -p 2>/dev/null | grep -q libxkbcommon-x11.so.0; then need+=(libxkbcommon-x11-0); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing system packages: ${need[*]}. Install them (e.g. sudo apt-get install ${need[*]}) and run again." >&2
    exit 1
fi
echo "Installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

#!/usr/bin/env bash
# The one test command (README and .ci/run): installs what the tests need on a fresh machine
# (Debian's poppler-utils, LibreOffice Calc, openpyxl; the npm packages and fonts), then runs vitest.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
if [ ${#need[@]} -gt 0 ]; then
  echo "zonebrief: installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $( [ "$(id -u)" = 0 ] || echo sudo ) apt-get update -qq
  $( [ "$(id -u)" = 0 ] || echo sudo ) apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

npm ci --no-audit --no-fund
npx vitest run

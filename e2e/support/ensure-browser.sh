#!/usr/bin/env bash
# Makes sure the end-to-end tests have a Chromium: Playwright's own build if present, else Debian's
# package (the only browser source this project's machines can reach).
set -euo pipefail
if node -e "const {chromium}=require('@playwright/test');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)" 2>/dev/null; then
  echo "ensure-browser: using Playwright's own Chromium"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "ensure-browser: using /usr/bin/chromium ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
  exit 0
fi
echo "ensure-browser: installing Debian chromium"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
/usr/bin/chromium --version

#!/usr/bin/env bash
# Runs the product in sandbox mode: SQLite file, the Graph sandbox in-process, a demo connector.
# Open the URL it prints. Pass ASP.NET Core settings after it, e.g. --urls http://127.0.0.1:8080.
# Sandbox mode is asked for explicitly (Sandbox:Enabled=true): a server never falls into it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f addin/package.json ]; then
  [ -d addin/node_modules ] || npm ci --prefix addin --no-audit --no-fund
  if grep -q '"build"' addin/package.json; then npm --prefix addin run --silent build; fi
fi
urls="http://127.0.0.1:5000"
for arg in "$@"; do case "$arg" in --urls*) urls="";; esac; done
exec dotnet run -c Release --no-launch-profile --project server/OutlookIntroAddin -- \
  --Sandbox:Enabled true ${urls:+--urls "$urls"} "$@"

#!/usr/bin/env bash
# The whole soak in one command (about 20 minutes): 1,000 intros through 20 SIGKILLs, the same
# under Graph faults, three server processes on one SQLite file and on one throwaway PostgreSQL
# database, the fuzz pass, and the load (paced, then closed loop). Each part appends its table
# to soak/results.md, or to the file given as $1. Exits 0 only when every part passed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/machine.sh
out=${1:-soak/results.md}

need dotnet || { echo "the .NET 10 SDK is required" >&2; exit 1; }
need node && need npm || apt_install nodejs npm
[ -d addin/node_modules ] || npm ci --prefix addin --no-audit --no-fund
npm --prefix addin run --silent build
dotnet build OutlookIntroAddin.sln -c Release -nologo -v quiet
start_throwaway_postgres

failed=()
part() {
  echo "== $(date -u +%H:%M:%S) $*"
  dotnet run -c Release --no-build --project soak/OutlookIntroAddin.Soak -- "$@" --out "$out" || failed+=("$*")
}
part --intros 1000 --kills 20
part --intros 1000 --kills 20 --faults
part --intros 300 --instances 3 --kills 5
part --intros 300 --instances 3 --kills 5 --provider Postgres --postgres "$THROWAWAY_POSTGRES"
part --mode fuzz --requests 5000
part --mode load --connectors 200 --seconds 60 --think-ms 1000
part --mode load --connectors 200 --seconds 60

if [ ${#failed[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "every part passed; results in $out"

#!/usr/bin/env bash
# Runs every test of the product: the server's and the Graph sandbox's xunit suites, and the
# add-in's vitest suite. Ends with one line "N passed, N failed" summed over all of them.
# Installs what a fresh machine lacks first (Node.js, Chromium, xmllint; as root, with apt).
# Set INTROS_TEST_POSTGRES to a PostgreSQL connection string to run the store and scheduler tests
# on PostgreSQL too (.ci/run starts a throwaway server for that).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/machine.sh
install_test_tools
results="$(pwd)/TestResults"
rm -rf "$results" && mkdir -p "$results"
status=0

# The add-in is built first: the server's build copies it into its wwwroot.
if [ -f addin/package.json ]; then
  [ -d addin/node_modules ] || npm ci --prefix addin --no-audit --no-fund || exit 1
  npm --prefix addin run --silent build || exit 1
fi
dotnet build OutlookIntroAddin.sln -c Release -warnaserror -nologo -v quiet || exit 1
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=normal" || status=1
done

if [ -f addin/package.json ]; then
  npm --prefix addin run --silent test -- --reporter=default --reporter=json --outputFile.json="$results/addin.json" || status=1
fi

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ -f "$results/addin.json" ]; then
  read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests)' "$results/addin.json")
  passed=$((passed + p)); failed=$((failed + f))
fi
# The failed tests' names and the first lines of why, just above the count, so a log's tail says
# which ones failed and how.
if [ "$failed" -gt 0 ]; then
  echo "Failed tests:"
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    node scripts/failures.js trx "$trx"
  done
  if [ -f "$results/addin.json" ]; then
    node scripts/failures.js vitest "$results/addin.json"
  fi
fi
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status

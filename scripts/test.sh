#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs Azurite from npm, restores,
# builds and runs all test projects. Tests start Azurite and the Bitget simulator themselves,
# on free loopback ports, and stop them when done.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite-table ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet restore Functions.sln
dotnet build Functions.sln -c Release --no-restore

log=$(mktemp)
status=0
dotnet test Functions.sln -c Release --no-build 2>&1 | tee "$log" || status=$?

# One closing line with the totals over every test project.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  failed  += $(i + 1);
         if ($i == "Passed:")  passed  += $(i + 1);
         if ($i == "Skipped:") skipped += $(i + 1);
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
rm -f "$log"
exit "$status"

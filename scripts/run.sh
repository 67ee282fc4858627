#!/usr/bin/env bash
# The main job, locally: Azurite (Table Storage), the Bitget simulator with a demo account, a local
# Teams/webhook receiver, and Sentinel (the published isolated worker) under a Functions host, ticking
# every 5 seconds. BTC falls 8 % in the first minute (tools/Bitget.Simulator/demo-setup.json); watch the
# alerts fire on the console and through the HTTP API. The host is `func start` where Azure Functions
# Core Tools are installed, else the repository's local host (tools/Functions.LocalHost).
# Risk automation runs live here (the simulator is paper money): a staged risk rule reduces the long by
# 25 %, then 50 %, then closes it as it nears liquidation (docs/risk.md).
#
#   bash scripts/run.sh                 # runs until Ctrl+C
#   bash scripts/run.sh --duration 150  # stops by itself after 150 s
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration=0
if [ "${1:-}" = "--duration" ]; then duration=${2:?seconds}; fi

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
log() { printf '\033[1m[run]\033[0m %s\n' "$*"; }

[ -x node_modules/.bin/azurite-table ] || npm ci --no-audit --no-fund --loglevel=error
work=$(mktemp -d)
localhost_project=tools/Functions.LocalHost/Functions.LocalHost.csproj
if ! command -v func >/dev/null && [ ! -f "$localhost_project" ]; then
  log "no Functions host: install Azure Functions Core Tools (func) or use a checkout with $localhost_project"; exit 1
fi
dotnet publish src/Functions/Functions.csproj -c Release -v quiet -nologo -o "$work/app"
dotnet build tools/Bitget.Simulator/Bitget.Simulator.csproj -c Release -v quiet -nologo
command -v func >/dev/null || dotnet build "$localhost_project" -c Release -v quiet -nologo

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

table_port=$(free_port); sim_port=$(free_port); receiver_port=$(free_port); app_port=$(free_port)
signing_key="demo-signing-key"
function_key="demo-function-key"

node_modules/.bin/azurite-table --inMemoryPersistence --tableHost 127.0.0.1 --tablePort "$table_port" \
  --skipApiVersionCheck --disableProductStyleUrl --silent > "$work/azurite.log" 2>&1 &
pids+=($!)

dotnet tools/Bitget.Simulator/bin/Release/net10.0/Bitget.Simulator.dll \
  --url "http://127.0.0.1:$sim_port" --setup tools/Bitget.Simulator/demo-setup.json > "$work/simulator.log" 2>&1 &
pids+=($!)

WEBHOOK_SIGNING_KEY=$signing_key node scripts/demo/receiver.mjs "$receiver_port" &
pids+=($!)

wait_for() { # url, what: waits until something answers HTTP there, whatever the status
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" != "000" ] && return 0
    sleep 0.5
  done
  log "$2 did not come up; logs in $work"; exit 1
}
wait_for "http://127.0.0.1:$sim_port/api/v2/public/time" "the simulator"

# The Functions host passes these Values to the worker as app settings, as local.settings.json does for func start.
cat > "$work/app/local.settings.json" <<EOF
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "MONITOR_SCHEDULE": "*/5 * * * * *",
    "DELIVERY_SCHEDULE": "*/5 * * * * *",
    "STREAMING_SCHEDULE": "0 * * * * *",
    "Sentinel__Mode": "live",
    "Risk__Guard__SymbolCooldown": "00:00:30",
    "Bitget__BaseAddress": "http://127.0.0.1:$sim_port",
    "Bitget__AccountKind": "auto",
    "State__ConnectionString": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;",
    "Secrets__bitget-api-key": "demo-key",
    "Secrets__bitget-api-secret": "demo-secret",
    "Secrets__bitget-api-passphrase": "demo-passphrase",
    "Secrets__teams-webhook-url": "http://127.0.0.1:$receiver_port/teams",
    "Secrets__webhook-url": "http://127.0.0.1:$receiver_port/webhook",
    "Secrets__webhook-signing-key": "$signing_key"
  }
}
EOF

(
  cd "$work/app"
  if command -v func >/dev/null; then
    exec func start --port "$app_port"
  fi
  exec dotnet "$root/tools/Functions.LocalHost/bin/Release/net10.0/Sentinel.LocalHost.dll" --app "$work/app" \
    --settings "$work/app/local.settings.json" --port "$app_port" --function-key "$function_key" --master-key "$function_key-master"
) > >(node scripts/demo/pretty-log.mjs) 2>&1 &
pids+=($!)

api="http://127.0.0.1:$app_port/api"
wait_for "$api/health" "Sentinel"
log "Sentinel is up: $api  (function key: $function_key)"
log "try: curl -s -H 'x-functions-key: $function_key' $api/status"

curl -fs -X POST -H "x-functions-key: $function_key" -H 'Content-Type: application/json' "$api/rules" -d '{
  "id":"demo-liq-staged","type":"liquidation_distance","symbols":["BTCUSDT"],"threshold":12,"clear":30,"severity":"critical",
  "channels":["teams","webhook"],
  "action":{"stages":[{"type":"reduce","percent":25},{"type":"reduce","percent":50},{"type":"close"}],"stageMinutes":1}}' > /dev/null
log "risk rule demo-liq-staged: liquidation within 12 % -> reduce 25 %, then 50 %, then close (a stage a minute, live on paper money)"
log "the simulator's demo script moves BTCUSDT -8 % over its first minute; a 10x long suffers"
started=$(date +%s)
while :; do
  sleep 10
  status=$(curl -fs -H "x-functions-key: $function_key" "$api/status" || echo '{}')
  alerts=$(curl -fs -H "x-functions-key: $function_key" "$api/alerts" || echo '{}')
  node scripts/demo/summary.mjs "$status" "$alerts"
  if [ "$duration" -gt 0 ] && [ $(( $(date +%s) - started )) -ge "$duration" ]; then break; fi
done

#!/usr/bin/env bash
# The main job, locally: Azurite (Table Storage), the Bitget simulator with a demo account, a local
# Teams/webhook receiver, and Sentinel in standalone mode, ticking every 5 seconds. BTC falls 8 % in
# the first minute (tools/Bitget.Simulator/demo-setup.json); watch the alerts fire on the console and
# through the HTTP API. Risk automation runs live here (the simulator is paper money): a staged risk
# rule reduces the long by 25 %, then 50 %, then closes it as it nears liquidation (docs/risk.md).
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
dotnet build src/Functions/Functions.csproj -c Release -v quiet -nologo
dotnet build tools/Bitget.Simulator/Bitget.Simulator.csproj -c Release -v quiet -nologo

work=$(mktemp -d)
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

(
  cd "$work"
  export Hosting__StandaloneUrl="http://127.0.0.1:$app_port"
  export FUNCTION_KEY=$function_key
  export MONITOR_SCHEDULE="*/5 * * * * *"
  export DELIVERY_SCHEDULE="*/5 * * * * *"
  export Sentinel__Mode=live   # paper money: the simulator
  export Risk__Guard__SymbolCooldown=00:00:30   # below the demo rule's one-minute stages
  export Bitget__BaseAddress="http://127.0.0.1:$sim_port"
  export Bitget__AccountKind=auto
  export State__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
  # Secret names contain '-', which shell variables cannot: pass them through env.
  exec env "Secrets__bitget-api-key=demo-key" "Secrets__bitget-api-secret=demo-secret" "Secrets__bitget-api-passphrase=demo-passphrase" \
    "Secrets__teams-webhook-url=http://127.0.0.1:$receiver_port/teams" "Secrets__webhook-url=http://127.0.0.1:$receiver_port/webhook" \
    "Secrets__webhook-signing-key=$signing_key" \
    dotnet "$root/src/Functions/bin/Release/net10.0/Sentinel.Functions.dll"
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

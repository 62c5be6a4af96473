#!/usr/bin/env bash
# Dashboard figures at scale (issue 6): seeds LISTINGS published listings and TRANSFERS transfers
# straight into the embedded database (TransferSeed: states, countries, disease areas, dates from
# 2026-02-27 to now, milestones, follow-ups, audit trail), starts the app on that data directory,
# waits for the search index, signs in a staff user, then GET /api/staff/dashboard sequentially
# (WARMUP rounds, then ROUNDS timed). SEED=0 reuses the data directory of a previous run.
# Usage (from the repository root): src/test/bench/dashboard.sh [LISTINGS] [TRANSFERS] [ROUNDS] [WARMUP]
. "$(dirname "$0")/env.sh"
LISTINGS="${1:-100000}"; TRANSFERS="${2:-50000}"; ROUNDS="${3:-30}"; WARMUP="${4:-5}"
PORT="${PORT:-18090}"; BASE="http://127.0.0.1:$PORT"
DATA="${DATA:-$BENCH_OUT/dashboard-data}"; OUT="$BENCH_OUT/dashboard-$TRANSFERS.txt"
machine | tee "$OUT"
if [ "${SEED:-1}" = 1 ]; then
  rm -rf "$DATA"
  "$JAVA" -Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$CP" org.transferhub.bench.TransferSeed \
    "$DATA" "$LISTINGS" "$TRANSFERS" 2>&1 | grep --line-buffered -v ' DEBUG \| INFO ' | tee -a "$OUT"
fi
du -sh "$DATA/mongo" | tee -a "$OUT"
start_app "$DATA" "$PORT" "$BENCH_OUT/dashboard"
trap stop_app EXIT
wait_for_index "$BASE"
echo "search index in step at $(date -u +%T); uptime: $(uptime)" | tee -a "$OUT"
JAR="$BENCH_OUT/dashboard-cookies.txt"
sign_in "$BASE" "$JAR" bench-staff-0 bench-user-Secret-2026
echo "/api/staff/dashboard" > "$BENCH_OUT/dashboard-paths.txt"
curl -s -b "$JAR" "$BASE/api/staff/dashboard" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("figures: technologies", d["technologies"]["value"], "professionals", d["professionals"]["value"],
      "| funnel", {k: d["funnel"][k] for k in ("applications", "accepted", "approved", "completed")},
      "| overdue", d["overdue"]["applications"], "steps,", d["overdue"]["followUps"], "follow-ups,",
      len(d["overdue"]["items"]), "items listed | months", len(d["monthly"]))' | tee -a "$OUT"
echo "GET /api/staff/dashboard: $WARMUP warm-up rounds, then $ROUNDS (uptime before: $(uptime))" | tee -a "$OUT"
COOKIE="$(cookie_header "$JAR")" python3 "$(dirname "$0")/latency.py" "127.0.0.1:$PORT" \
  "$BENCH_OUT/dashboard-paths.txt" "$ROUNDS" "$WARMUP" | tee -a "$OUT"
echo "uptime after: $(uptime)" | tee -a "$OUT"
stop_app; trap - EXIT
gc_peak "$BENCH_OUT/dashboard-gc.log" | tee -a "$OUT"

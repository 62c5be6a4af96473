#!/usr/bin/env bash
# USERS concurrent users working on applications for SECONDS (issue 6), against the app on
# 127.0.0.1 serving a copy of the data directory dashboard.sh seeded (100,000 listings, 50,000
# transfers; seeded here first when it does not exist). TransferLoadBenchmark signs every user in
# once, then requesters apply, read their lists, sign agreements, go live, confirm completion and
# message; providers accept and record training; staff approve and close. Reports req/s, p50/p99
# per request kind, status codes, errors (any 5xx). The copy keeps the seeded directory unchanged.
# Usage (from the repository root): src/test/bench/transfer-load.sh [USERS] [SECONDS] [WARMUP_SECONDS]
. "$(dirname "$0")/env.sh"
USERS="${1:-50}"; SECONDS_="${2:-60}"; WARMUP="${3:-10}"
PORT="${PORT:-18091}"; BASE="http://127.0.0.1:$PORT"
SOURCE="${SOURCE:-$BENCH_OUT/dashboard-data}"; DATA="${DATA:-$BENCH_OUT/transfer-load-data}"
OUT="$BENCH_OUT/transfer-load-$USERS.txt"
if [ ! -f "$SOURCE/bench-plan.txt" ]; then
  "$JAVA" -Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$CP" org.transferhub.bench.TransferSeed \
    "$SOURCE" 100000 50000 2>&1 | grep --line-buffered -v ' DEBUG \| INFO '
fi
rm -rf "$DATA"; cp -r "$SOURCE" "$DATA"
machine | tee "$OUT"
start_app "$DATA" "$PORT" "$BENCH_OUT/transfer-load"
trap stop_app EXIT
wait_for_index "$BASE"
# let the start-up jobs (reminders, expiry, the transfers' in-memory copy) finish: steady state is measured
sleep "${SETTLE:-90}"
echo "search index in step at $(date -u +%T); $USERS users, warm-up $WARMUP s, then $SECONDS_ s (uptime before: $(uptime))" | tee -a "$OUT"
"$JAVA" -Xmx512m -cp "$CP" org.transferhub.bench.TransferLoadBenchmark "$BASE" "$DATA/bench-plan.txt" \
  "$USERS" "$SECONDS_" "$WARMUP" 2>&1 | grep --line-buffered -v ' DEBUG \| INFO ' | tee -a "$OUT"
echo "uptime after: $(uptime)" | tee -a "$OUT"
echo "app log: $(grep -c ' ERROR ' "$BENCH_OUT/transfer-load-app.log" || true) ERROR lines" | tee -a "$OUT"
stop_app; trap - EXIT
gc_peak "$BENCH_OUT/transfer-load-gc.log" | tee -a "$OUT"

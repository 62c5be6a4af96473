#!/usr/bin/env bash
# Search over HTTP at the size search-engine.sh built: starts the app (-Xmx1g) on that data dir (its
# index is marked synced, so the app serves it as is), then (1) sequential endpoint latency vs tookMs
# over the 106 queries after a 20 s warm-up (WARMUP), (2) wrk with 50 connections for DURATION seconds on 127.0.0.1, (3) heap.
# Usage (from the repository root): src/test/bench/search-http.sh [COUNT] [DURATION]
. "$(dirname "$0")/env.sh"
COUNT="${1:-100000}"; DURATION="${2:-30}"; PORT="${PORT:-18081}"
DATA="${DATA:-$BENCH_OUT/data-$COUNT}"; OUT="$BENCH_OUT/search-http-$COUNT.txt"
[ -f "$DATA/queries.txt" ] || { echo "run search-engine.sh $COUNT first" >&2; exit 1; }
sed 's|^|/api/search?|' "$DATA/queries.txt" > "$BENCH_OUT/search-paths.txt"
machine | tee "$OUT"
start_app "$DATA" "$PORT" "$BENCH_OUT/search-http"
trap stop_app EXIT
curl -s "http://127.0.0.1:$PORT/api/search?q=&size=1" | python3 -c 'import json,sys; print("documents searchable:", json.load(sys.stdin)["total"])' | tee -a "$OUT"
# Steady state, as a portal that has been up for a while: the HTTP path (security filters, codecs,
# Reactor) is compiled only after some thousand requests, and the first few hundred answers carry
# 2-3 ms of interpreted framework code that a running server no longer pays. Not recorded.
echo "warm-up: wrk -t2 -c20 -d${WARMUP:-20}s (not recorded)" | tee -a "$OUT"
PATHS="$BENCH_OUT/search-paths.txt" wrk -t2 -c20 -d"${WARMUP:-20}s" --timeout 10s -s src/test/bench/paths.lua \
  "http://127.0.0.1:$PORT" > /dev/null
python3 src/test/bench/latency.py "127.0.0.1:$PORT" "$BENCH_OUT/search-paths.txt" 5 2 | tee -a "$OUT"
echo "wrk -t2 -c50 -d${DURATION}s --latency (uptime before: $(uptime))" | tee -a "$OUT"
PATHS="$BENCH_OUT/search-paths.txt" wrk -t2 -c50 -d"${DURATION}s" --timeout 10s --latency -s src/test/bench/paths.lua \
  "http://127.0.0.1:$PORT" | tee -a "$OUT"
echo "uptime after: $(uptime)" | tee -a "$OUT"
stop_app; trap - EXIT
gc_peak "$BENCH_OUT/search-http-gc.log" | tee -a "$OUT"

#!/usr/bin/env bash
# Bulk import throughput through the real path (HTTP → catalog → embedded MongoDB → search index;
# the import answers once its listings are searchable), then catalog page latency at the size reached.
# Posts generated NDJSON in chunks of CHUNK lines until COUNT lines or BUDGET seconds, whichever first.
# Usage (from the repository root): src/test/bench/import-http.sh [COUNT] [BUDGET_SECONDS] [CHUNK]
. "$(dirname "$0")/env.sh"
COUNT="${1:-100000}"; BUDGET="${2:-900}"; CHUNK="${3:-2000}"; PORT="${PORT:-18082}"
DATA="${DATA:-$BENCH_OUT/import-data}"; OUT="$BENCH_OUT/import-http.txt"; BASE="http://127.0.0.1:$PORT"
rm -rf "$DATA" "$BENCH_OUT/import-chunks"; mkdir -p "$DATA" "$BENCH_OUT/import-chunks"
"$JAVA" -cp "$CP" org.transferhub.catalog.bench.ListingGenerator "$COUNT" 7 "$BENCH_OUT/import.ndjson"
split -l "$CHUNK" -d -a 4 "$BENCH_OUT/import.ndjson" "$BENCH_OUT/import-chunks/c"
machine | tee "$OUT"
start_app "$DATA" "$PORT" "$BENCH_OUT/import-http"
trap stop_app EXIT
JAR="$BENCH_OUT/cookies.txt"; rm -f "$JAR"
csrf() { curl -s -c "$JAR" -b "$JAR" "$BASE/api/auth/csrf" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
TOKEN=$(csrf)
curl -sf -c "$JAR" -b "$JAR" -H "X-XSRF-TOKEN: $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"username\":\"benchadmin\",\"password\":\"${BENCH_ADMIN_PASSWORD:-bench-admin-Secret-2026}\"}" "$BASE/api/auth/login" > /dev/null
TOKEN=$(csrf)
echo "chunks of $CHUNK lines, budget $BUDGET s, heap -Xmx1g" | tee -a "$OUT"
START=$(date +%s.%N); DONE=0
for f in "$BENCH_OUT"/import-chunks/c*; do
  T0=$(date +%s.%N)
  REPORT=$(curl -s --max-time "${CHUNK_TIMEOUT:-600}" -c "$JAR" -b "$JAR" -H "X-XSRF-TOKEN: $TOKEN" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$f" "$BASE/api/admin/listings/import" || echo "no answer within ${CHUNK_TIMEOUT:-600} s")
  T1=$(date +%s.%N); N=$(wc -l < "$f"); DONE=$((DONE + N))
  echo "$(date -u +%T) chunk $(basename "$f"): $N lines in $(echo "$T1 - $T0" | bc) s; $(echo "$REPORT" | head -c 120); total $DONE; load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT"
  [ "$(echo "$T1 - $START > $BUDGET" | bc)" = 1 ] && break
done
ELAPSED=$(echo "$(date +%s.%N) - $START" | bc)
echo "RESULT import: $DONE lines in $ELAPSED s = $(echo "scale=1; $DONE / $ELAPSED" | bc) lines/s" | tee -a "$OUT"
curl -s "$BASE/api/listings?size=1" | python3 -c 'import json,sys; print("published listings (GET /api/listings total):", json.load(sys.stdin)["total"])' | tee -a "$OUT"
CATALOG_OUT="$OUT" measure_catalog_pages "$BASE" "$DONE"
stop_app; trap - EXIT
gc_peak "$BENCH_OUT/import-http-gc.log" | tee -a "$OUT"
du -sh "$DATA" | tee -a "$OUT"

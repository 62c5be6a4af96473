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
# Catalog pages: first, middle and deep pages; with filters.
LAST=$(( DONE / 20 - 1 )); [ "$LAST" -lt 1 ] && LAST=1
cat > "$BENCH_OUT/catalog-paths.txt" <<P
/api/listings?page=0&size=20
/api/listings?page=$((LAST / 2))&size=20
/api/listings?page=$LAST&size=20
/api/listings?page=0&size=20&diseaseArea=DIABETES
/api/listings?page=3&size=20&diseaseArea=OBESITY&language=ru
/api/listings?page=0&size=20&type=MEDICAL_DEVICE&trlMin=6&country=KZ
P
for p in $(cat "$BENCH_OUT/catalog-paths.txt"); do
  echo "== $p" | tee -a "$OUT"
  echo "$p" > "$BENCH_OUT/one-path.txt"
  python3 src/test/bench/latency.py "127.0.0.1:$PORT" "$BENCH_OUT/one-path.txt" 20 2 | tee -a "$OUT"
done
echo "wrk -t2 -c10 -d20s over the six catalog pages (uptime before: $(uptime))" | tee -a "$OUT"
PATHS="$BENCH_OUT/catalog-paths.txt" wrk -t2 -c10 -d20s --timeout 10s --latency -s src/test/bench/paths.lua "$BASE" | tee -a "$OUT"
stop_app; trap - EXIT
gc_peak "$BENCH_OUT/import-http-gc.log" | tee -a "$OUT"
du -sh "$DATA" | tee -a "$OUT"

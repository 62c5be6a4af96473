#!/usr/bin/env bash
# Catalog page latency (issue 3) on a data directory an import left (default: import-http.sh's),
# after the app has brought its search index in step (a rebuild if the schema changed).
# Usage (from the repository root): src/test/bench/catalog-pages.sh [DATA_DIR]
. "$(dirname "$0")/env.sh"
DATA="${1:-$BENCH_OUT/import-data}"; PORT="${PORT:-18083}"; BASE="http://127.0.0.1:$PORT"
OUT="$BENCH_OUT/catalog-pages.txt"
machine | tee "$OUT"
start_app "$DATA" "$PORT" "$BENCH_OUT/catalog-pages"
trap stop_app EXIT
# Wait for the index first: until it is in step, pages come from the embedded database, which sorts
# every listing in memory (and at 100,000 listings can exhaust a 1 GB heap while the index rebuilds).
PREV=-1; SAME=0
for _ in $(seq 1 900); do  # the rebuild grows the count; three equal readings 5 s apart: it is done
  N=$(curl -s "$BASE/api/search?q=&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo -1)
  if [ "$N" = "$PREV" ] && [ "$N" != 0 ] && [ "$N" != -1 ]; then SAME=$((SAME + 1)); else SAME=0; fi
  [ "$SAME" -ge 3 ] && break
  PREV=$N; sleep 5
done
COUNT=$(curl -s "$BASE/api/listings?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "published listings: $COUNT (search index in step at $(date -u +%T))" | tee -a "$OUT"
CATALOG_OUT="$OUT" measure_catalog_pages "$BASE" "$COUNT"
stop_app; trap - EXIT

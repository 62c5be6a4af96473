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
COUNT=$(curl -s "$BASE/api/listings?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
for _ in $(seq 1 600); do  # the index answers catalog pages once it is READY; until then MongoDB does
  [ "$(curl -s "$BASE/api/search?q=&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" = "$COUNT" ] && break
  sleep 2
done
echo "published listings: $COUNT (search index in step at $(date -u +%T))" | tee -a "$OUT"
CATALOG_OUT="$OUT" measure_catalog_pages "$BASE" "$COUNT"
stop_app; trap - EXIT

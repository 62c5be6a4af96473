#!/usr/bin/env bash
# In-process search benchmark at COUNT generated listings (default 100,000): rebuild time, tookMs
# p50/p99 over the 106 multilingual evaluation queries, the regex stand-in for a plain MongoDB
# portal, nDCG@10 of both, heap. Leaves the index and queries.txt in $DATA for search-http.sh.
# Usage (from the repository root): src/test/bench/search-engine.sh [COUNT] [ROUNDS]
. "$(dirname "$0")/env.sh"
COUNT="${1:-100000}"; ROUNDS="${2:-10}"
DATA="${DATA:-$BENCH_OUT/data-$COUNT}"
rm -rf "$DATA"; mkdir -p "$DATA"
machine | tee "$BENCH_OUT/search-engine-$COUNT.txt"
echo "heap: -Xms1g -Xmx1g, GC log $BENCH_OUT/search-engine-gc.log" | tee -a "$BENCH_OUT/search-engine-$COUNT.txt"
"$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -Xlog:gc:file="$BENCH_OUT/search-engine-gc.log" --enable-native-access=ALL-UNNAMED \
  -cp "$CP" org.transferhub.bench.SearchEngineBenchmark "$DATA" "$COUNT" "$ROUNDS" 2>&1 \
  | grep --line-buffered -v ' DEBUG \| INFO ' | tee -a "$BENCH_OUT/search-engine-$COUNT.txt"
echo "uptime after: $(uptime)" | tee -a "$BENCH_OUT/search-engine-$COUNT.txt"

#!/usr/bin/env bash
# Matching at LISTINGS generated listings and NEEDS generated open needs (docs/benchmarks.md, "Matching"):
# (a) top-20 for one need, (b) full recompute (compute only and stored through the embedded database),
# (c) publish -> stored matches. Reuses $DATA/index when it holds LISTINGS documents (search-engine.sh
# leaves one with 150 more, so a first run here rebuilds).
# Usage (from the repository root): flock /tmp/bench.lock src/test/bench/matching.sh [LISTINGS] [NEEDS] [SAMPLE]
. "$(dirname "$0")/env.sh"
LISTINGS="${1:-100000}"; NEEDS="${2:-10000}"; SAMPLE="${3:-300}"
# To skip the ~2 min rebuild, copy the index search-engine.sh left: cp -r target/bench/data-100000/index "$DATA/"
DATA="${DATA:-$BENCH_OUT/matching-$LISTINGS}"
mkdir -p "$DATA"; rm -f "$DATA"/db-*.mv
OUT="$BENCH_OUT/matching-$LISTINGS-$NEEDS.txt"
machine | tee "$OUT"
echo "heap: ${BENCH_HEAP:-1500m}, GC log $BENCH_OUT/matching-gc.log" | tee -a "$OUT"
"$JAVA" ${BENCH_JAVA_OPTS:-} -Xms${BENCH_HEAP:-1500m} -Xmx${BENCH_HEAP:-1500m} -XX:+UseG1GC -Xlog:gc:file="$BENCH_OUT/matching-gc.log" --enable-native-access=ALL-UNNAMED \
  -cp "$CP" org.transferhub.matching.MatchingBenchmark "$DATA" "$LISTINGS" "$NEEDS" "$SAMPLE" 2>&1 \
  | grep --line-buffered -v ' DEBUG \| INFO ' | tee -a "$OUT"
echo "uptime after: $(uptime)" | tee -a "$OUT"
rm -f "$DATA"/db-*.mv

#!/usr/bin/env bash
# The plain-MongoDB-portal baseline on the embedded database (H2 backend): the same COUNT generated
# listings + the evaluation listings, case-insensitive $regex over title/summary/description, newest
# first, page of 10 + count. Latency and nDCG@10. Usage: src/test/bench/mongo-regex.sh [COUNT]
. "$(dirname "$0")/env.sh"
COUNT="${1:-100000}"; OUT="$BENCH_OUT/mongo-regex-$COUNT.txt"
machine | tee "$OUT"
"$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -Xlog:gc:file="$BENCH_OUT/mongo-regex-gc.log" --enable-native-access=ALL-UNNAMED \
  -cp "$CP" org.transferhub.bench.MongoRegexBenchmark "$BENCH_OUT/mongo-regex" "$COUNT" 2>&1 \
  | grep --line-buffered -v ' DEBUG \| INFO ' | tee -a "$OUT"
echo "uptime after: $(uptime)" | tee -a "$OUT"

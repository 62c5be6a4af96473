#!/usr/bin/env bash
# What durability costs the embedded database (issue 2): inserts/s and file size with H2's default
# once-a-second commit against DurableH2Backend's commit-before-answer, 1 and 16 concurrent writers.
# Usage (from the repository root): src/test/bench/embedded-writes.sh [COUNT]
. "$(dirname "$0")/env.sh"
COUNT="${1:-5000}"
machine | tee "$BENCH_OUT/embedded-writes.txt"
"$JAVA" -Xmx512m -cp "$CP" org.transferhub.database.EmbeddedWriteBenchmark "$COUNT" 2>&1 \
  | grep --line-buffered -v ' DEBUG \| INFO ' | tee -a "$BENCH_OUT/embedded-writes.txt"

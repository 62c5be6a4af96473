# Shared by the benchmark scripts: a Java 21+ binary and the test classpath (compiled once).
# Source it from the repository root: . src/test/bench/env.sh
set -euo pipefail
JAVA="${JAVA:-}"
if [ -z "$JAVA" ]; then
  for j in /usr/lib/jvm/temurin-2[5-9]*/bin/java /usr/lib/jvm/*-2[1-9]*/bin/java; do
    [ -x "$j" ] && JAVA="$j" && break
  done
fi
[ -n "$JAVA" ] || { echo "need a Java 21+ binary (set JAVA=...)" >&2; exit 1; }
if [ ! -f target/bench-classpath.txt ] || [ "${BENCH_COMPILE:-1}" = 1 ]; then
  ./mvnw -B -q -Dskip.frontend=true test-compile
  ./mvnw -B -q -Dskip.frontend=true dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
BENCH_OUT="${BENCH_OUT:-target/bench}"
mkdir -p "$BENCH_OUT"
machine() {
  echo "date: $(date -u +%FT%TZ)"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  echo "uptime: $(uptime)"
}

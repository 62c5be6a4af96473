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
  ./mvnw -B -q -Dskip.frontend=true dependency:build-classpath -Dmdep.outputFile=target/app-classpath.txt -Dmdep.includeScope=runtime
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

# The application from target/classes (runtime classpath only, no test classes), -Xmx1g, GC log;
# APP_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=app.jfr); APP_CLASSES replaces
# target/classes (e.g. a copy of an older build, to compare).
# start_app DATA_DIR PORT LOG_PREFIX; sets APP_PID; waits until /api/search answers.
start_app() {
  local data="$1" port="$2" log="$3"
  TRANSFERHUB_DATA_DIR="$data" PORT="$port" TRANSFERHUB_DEMO=false \
  TRANSFERHUB_ADMIN_USERNAME=benchadmin TRANSFERHUB_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-bench-admin-Secret-2026}" \
  "$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -Xlog:gc:file="$log-gc.log" --enable-native-access=ALL-UNNAMED ${APP_OPTS:-} \
    -Dlogging.level.root=WARN -Dlogging.level.org.transferhub=INFO \
    -cp "${APP_CLASSES:-target/classes}:$(cat target/app-classpath.txt)" org.transferhub.TransferHubApplication > "$log-app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/api/search?q=x" && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $log-app.log" >&2; return 1; }
    sleep 1
  done
  echo "app did not answer in 300 s" >&2; return 1
}
stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
# Peak heap in use before a collection, from a -Xlog:gc file (lines like "Pause Young ... 412M->96M(1024M)").
gc_peak() { python3 "$(dirname "${BASH_SOURCE[0]}")/gcpeak.py" "$1"; }

# Catalog page latency against a running app: first, middle and last pages, and filtered pages,
# sequentially (latency.py) and with wrk -c10. measure_catalog_pages BASE_URL LISTING_COUNT
measure_catalog_pages() {
  local base="$1" count="$2" out="${CATALOG_OUT:-$BENCH_OUT/catalog-pages.txt}"
  local last=$(( count / 20 - 1 )); [ "$last" -lt 1 ] && last=1
  cat > "$BENCH_OUT/catalog-paths.txt" <<P
/api/listings?page=0&size=20
/api/listings?page=$((last / 2))&size=20
/api/listings?page=$last&size=20
/api/listings?page=0&size=20&diseaseArea=DIABETES
/api/listings?page=3&size=20&diseaseArea=OBESITY&language=ru
/api/listings?page=0&size=20&type=MEDICAL_DEVICE&trlMin=6&country=KZ
P
  for p in $(cat "$BENCH_OUT/catalog-paths.txt"); do
    echo "== $p" | tee -a "$out"
    echo "$p" > "$BENCH_OUT/one-path.txt"
    python3 "$(dirname "${BASH_SOURCE[0]}")/latency.py" "${base#http://}" "$BENCH_OUT/one-path.txt" 20 2 | tee -a "$out"
  done
  echo "wrk -t2 -c10 -d20s over the six catalog pages (uptime before: $(uptime))" | tee -a "$out"
  PATHS="$BENCH_OUT/catalog-paths.txt" wrk -t2 -c10 -d20s --timeout 10s --latency \
    -s "$(dirname "${BASH_SOURCE[0]}")/paths.lua" "$base" | tee -a "$out"
}

# Waits until the search index is in step with the catalog (a rebuild after start grows the count;
# three equal readings 5 s apart mean it is done). wait_for_index BASE_URL
wait_for_index() {
  local base="$1" prev=-1 same=0 n
  for _ in $(seq 1 900); do
    n=$(curl -s "$base/api/search?q=&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo -1)
    if [ "$n" = "$prev" ] && [ "$n" != 0 ] && [ "$n" != -1 ]; then same=$((same + 1)); else same=0; fi
    [ "$same" -ge 3 ] && return 0
    prev=$n; sleep 5
  done
}

# Signs in through the API with a cookie jar; prints nothing. sign_in BASE_URL JAR USERNAME PASSWORD
sign_in() {
  local base="$1" jar="$2" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/api/auth/csrf" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  curl -sf -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$3\",\"password\":\"$4\"}" "$base/api/auth/login" > /dev/null
}
# The Cookie header value of a curl cookie jar (for latency.py's COOKIE).
cookie_header() { awk -F'\t' 'NF >= 7 && $0 !~ /^# / {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$1"; }

#!/usr/bin/env bash
# Builds the app jar, then measures issue 18's attendance import: a synthetic provider's sessions with 1,000 workers
# each, three warm-up lists, then one of --rows (100,000) through the API; rows/s and the figures' check go to
# bench/target/attendance.txt. Extra arguments go to the bench, e.g. bench/attendance.sh --rows 20000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec ./mvnw -q -B -f bench/pom.xml compile exec:java -Dbench.main=org.ronghe.bench.AttendanceImportBench \
  -Dexec.args="$*"

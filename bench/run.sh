#!/usr/bin/env bash
# Builds the app jar, then runs the benchmark at the default scale (200,000 organisations);
# extra arguments go to the bench, e.g. bench/run.sh --organisations 20000 --requests 500
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec ./mvnw -q -B -f bench/pom.xml compile exec:java -Dexec.args="$*"

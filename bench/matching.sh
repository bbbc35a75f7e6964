#!/usr/bin/env bash
# Builds the app jar, then measures docking's matching at scale: background embedding through the API, 1,000,000
# capabilities and 100,000 needs loaded, the search index rebuilt, top-10 matches at 2 workers, index size and memory
# (bench/target/matching.txt). Extra arguments go to the bench, e.g. bench/matching.sh --capabilities 100000 --needs 10000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec ./mvnw -q -B -f bench/pom.xml compile exec:java -Dbench.main=org.ronghe.bench.MatchingBench -Dexec.args="$*"

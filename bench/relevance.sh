#!/usr/bin/env bash
# Builds the app jar, then measures docking's matching on the labelled set in bench/relevance: nDCG@10 and recall@10
# for lexical only, vectors only and the hybrid (bench/target/relevance.txt). Extra arguments go to the bench, e.g.
# bench/relevance.sh --port 18082
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec ./mvnw -q -B -f bench/pom.xml compile exec:java -Dbench.main=org.ronghe.bench.RelevanceBench -Dexec.args="$*"

#!/usr/bin/env bash
# Builds the app jar, then measures issue 17's evaluation at scale: the synthetic data of bench/run.sh (the first body
# with 50,000 agreements and 1,000,000 students) and three years of graded evaluations of the other 1,499 bodies; the
# first body's self-assessment computed and read, its annual report in each format, its submission, and the region view
# of all bodies at 2 workers (bench/target/evaluation.txt). Extra arguments go to the bench, e.g.
# bench/evaluation.sh --students 100000 --internships 300000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec ./mvnw -q -B -f bench/pom.xml compile exec:java -Dbench.main=org.ronghe.bench.EvaluationBench \
  -Dexec.args="--data-dir bench/target/evaluation-data --requests 1000 --warmup 200 $*"

#!/usr/bin/env bash
# Builds the app jar, then measures issue 18's dashboards at scale: a small synthetic directory (20,000 organisations,
# 100 bodies) and, in the first synthetic body, 100,000 R&D projects with 500,000 tranches and 2,000,000 training
# enrolments; the body's R&D and training dashboards (page and API) and the records behind a figure at 2 workers
# (bench/target/outcomes.txt). Extra arguments go to the bench, e.g. bench/outcomes.sh --enrolments 200000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec ./mvnw -q -B -f bench/pom.xml compile exec:java -Dbench.main=org.ronghe.bench.OutcomesBench \
  -Dexec.args="--data-dir bench/target/outcomes-data --organisations 20000 --bodies 100 --memberships 40000 \
--agreements 1000 --obligations 5000 --students 0 --requests 1000 --warmup 200 $*"

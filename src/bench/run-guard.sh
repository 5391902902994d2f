#!/usr/bin/env bash
# Times the content guard over every text of a content folder (default: the sample city), in one JVM: the first run
# (cold, learning the models from the examples unless OPENDOORS_GUARD_MODELS names a folder that keeps them) and the
# median of ten more. The issue's target: under 2 s for the whole city.
#
#   src/bench/run-guard.sh [CONTENT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/guard-bench.classpath >/dev/null
java -cp "target/classes:$(cat target/guard-bench.classpath)" src/bench/guard/GuardTiming.java "${1:-content}"

#!/bin/sh
# The classroom load test: builds the production jar and runs src/test/java/**/*LoadIT.java against it.
# Figures: stdout and target/load-report.md; the server's log: target/load-server.log. See load/README.md.
set -e
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B -Pproduction,load verify "$@"

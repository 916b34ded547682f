#!/usr/bin/env bash
# How long the digits preset takes to reach its test accuracy in the app: bench/digits-in-the-app.sh [ROUNDS] [URL]
# A fresh page in headless Chromium picks the digits, sets the speed to "as fast as it goes" and presses Train, each
# round; prints when the run ended and when the test accuracy showed, after Train (medians after the first round).
# Without a URL the app starts in this JVM on a free port (development mode, the committed dev bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
set +u; . .mvn/tools.sh; set -u +f
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1  # the machine's /usr/bin/chromium (BrowserSupport)
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" --add-modules jdk.incubator.vector -Xmx1g \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.nnplayground.e2e.DigitsInTheAppBench "$@"

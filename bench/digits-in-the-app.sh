#!/usr/bin/env bash
# How long the digits preset takes to reach its test accuracy in the app: bench/digits-in-the-app.sh [ROUNDS] [URL]
# A fresh page in headless Chromium picks the digits, sets the speed to "as fast as it goes" and presses Train, each
# round; prints when the run ended and when the test accuracy showed, after Train (medians after the first round).
# Without a URL the app starts in this JVM on a free port (development mode, the committed dev bundle).
exec "$(dirname "$0")/test-main.sh" com.nnplayground.e2e.DigitsInTheAppBench "$@"

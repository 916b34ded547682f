#!/usr/bin/env bash
# What 40 pages watching paced runs cost the server: bench/paced-class.sh [ROUNDS] [PAGES]
# 40 seed runs at the preset's pace at once, through the real training service, each page's chart, pictures and maths
# following its run; prints the server's CPU as a share of one core (idle beside paced) and per push.
exec "$(dirname "$0")/test-main.sh" com.nnplayground.load.PacedClassBench "$@"

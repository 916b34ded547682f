#!/usr/bin/env bash
# What the pictures cost a run: bench/pictures.sh [ROUNDS] [SECONDS]
# Trains long runs through the real training service, alternating a page with only the loss chart and one with the
# loss chart and the pictures, and prints the medians (speed, picture work per push, bytes pushed per update).
exec "$(dirname "$0")/test-main.sh" com.nnplayground.pictures.PicturesCostBench "$@"

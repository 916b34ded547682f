#!/usr/bin/env bash
# Trains the 8x8 digits with our engine and with scikit-learn's MLPClassifier, the same network on the same
# stratified 80/20 split, alternated, and prints each one's test accuracy and training time (medians); the method
# is in bench/digits_vs_sklearn.py. Usage: bench/digits-vs-sklearn.sh [ROUNDS] [FITS_PER_ROUND]
# Build first: ./mvnw -B -o -q package -DskipTests. Needs Debian's python3-sklearn (apt-get install python3-sklearn),
# which runs with /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."
# a JDK 21+ (the jar's class files are Java 21), found as ./mvnw finds it
set +u; . .mvn/tools.sh; set -u +f  # tools.sh may leave globbing off
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=$(ls target/nn-playground-*.jar | head -1)
echo "$("$JAVA" -version 2>&1 | head -1); scikit-learn $(/usr/bin/python3 -c 'import sklearn; print(sklearn.__version__)'); $(nproc) cores"
exec /usr/bin/python3 bench/digits_vs_sklearn.py --java "$JAVA" --jar "$JAR" --rounds "${1:-5}" --repeat "${2:-5}"

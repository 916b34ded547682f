#!/bin/sh
# Two instances of the production jar behind nginx (load/nginx/playground.conf), on loopback: 20 pages train across
# them, one instance is killed mid-run (src/test/java/com/nnplayground/load/TwoServersIT.java). Needs nginx
# (Debian: apt-get install nginx); nginx runs as a normal process of this script's, with its files in target/nginx.
# Figures: stdout and target/two-servers-report.md; the instances' logs: target/server-a.log, target/server-b.log.
set -e
cd "$(dirname "$0")/.."
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "nginx is not installed (Debian: apt-get install nginx)" >&2
  exit 1
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B -Pproduction,load verify -Dit.test=TwoServersIT "$@"

# Sourced by ./mvnw (POSIX sh). The project needs a JDK 21 or newer and, for Vaadin's frontend build, Node.js 24.
# Where the machine's defaults are older (Debian 12: Java 17, Node.js 18-20), use what bin/setup installed:
# - JAVA_HOME unset and `java` older than 21: the newest JDK 21+ under /usr/lib/jvm;
# - `node` older than 24: the Node.js 24 that bin/setup put in ~/.cache/nn-playground/node24 (from the npm
#   registry). Without either, Vaadin downloads Node.js itself into ~/.vaadin when nodejs.org can be reached.
nnp_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1; }
nnp_default=$(nnp_major java)
if [ -z "${JAVA_HOME-}" ] && [ "${nnp_default:-0}" -lt 21 ]; then
  case $- in *f*) nnp_noglob=1 ;; *) nnp_noglob= ;; esac
  set +f
  for nnp_jdk in /usr/lib/jvm/*; do
    if [ -x "$nnp_jdk/bin/javac" ] && [ "$(nnp_major "$nnp_jdk/bin/java")" -ge 21 ] 2>/dev/null; then
      if [ -z "${nnp_best-}" ] || [ "$(nnp_major "$nnp_jdk/bin/java")" -gt "$(nnp_major "$nnp_best/bin/java")" ]; then
        nnp_best=$nnp_jdk
      fi
    fi
  done
  if [ -n "$nnp_noglob" ]; then set -f; fi
  if [ -n "${nnp_best-}" ]; then
    JAVA_HOME=$nnp_best
    export JAVA_HOME
  fi
fi
nnp_node="${XDG_CACHE_HOME:-$HOME/.cache}/nn-playground/node24/bin"
if [ -x "$nnp_node/node" ]; then
  nnp_path_node=$(node --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p')
  if [ "${nnp_path_node:-0}" -lt 24 ]; then
    PATH="$nnp_node:$PATH"
    export PATH
  fi
fi
unset nnp_noglob nnp_default nnp_jdk nnp_best nnp_node nnp_path_node

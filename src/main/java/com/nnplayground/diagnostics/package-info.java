/**
 * A read-only diagnostics endpoint for load tests and operators: heap after a GC, active runs, busy
 * training threads, open sessions. Off unless {@code playground.diagnostics.enabled=true}.
 */
package com.nnplayground.diagnostics;

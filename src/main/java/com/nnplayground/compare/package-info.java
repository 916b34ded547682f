/**
 * Comparing runs, in plain Java: the page's last five runs (their settings and loss curves) and, for each, what
 * differed from the run before it, in the few words a chart's legend has room for.
 */
package com.nnplayground.compare;

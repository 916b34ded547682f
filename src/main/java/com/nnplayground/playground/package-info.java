/**
 * The playground page and its wiring: the view that lays out every panel and tells them about a run, the run's
 * controls, and how a run's reports reach the page and whether the page is still there to see them.
 */
package com.nnplayground.playground;

/**
 * The maths of one iteration with a run's numbers (forward pass, loss, deltas, gradients, the update of one weight),
 * written as TeX for the page, and the gradient check: plain Java over the reference engine.
 */
package com.nnplayground.maths;

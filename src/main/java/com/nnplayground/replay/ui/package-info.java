/** The replay slider: a run at any of its iterations, in the pictures, the maths and the loss chart. */
package com.nnplayground.replay.ui;

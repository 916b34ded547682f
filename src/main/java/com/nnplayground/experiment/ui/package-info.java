/**
 * The experiment on the page: the network-and-training form (hidden layers, activations, loss, optimizer, ...),
 * how each setting reads on screen, and the panel that saves and opens experiment files.
 */
package com.nnplayground.experiment.ui;

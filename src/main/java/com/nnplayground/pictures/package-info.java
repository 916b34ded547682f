/**
 * The pictures of an experiment, computed in plain Java: the input plane a picture is drawn over (in the data's
 * own units), what the network and each of its neurons make of a coarse grid over it, and the layout and numbers
 * of the network's drawing, as compact arrays; {@code pictures.ui} hands them to the browser components.
 */
package com.nnplayground.pictures;

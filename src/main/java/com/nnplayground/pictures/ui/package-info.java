/**
 * The pictures on the page: the network's drawing ({@code <network-diagram>}) and the data-and-output map
 * ({@code <output-map>}), Lit elements in {@code src/main/frontend/}, and {@link com.nnplayground.pictures.ui.Pictures},
 * which follows a run and feeds them what {@code pictures} computes.
 */
package com.nnplayground.pictures.ui;

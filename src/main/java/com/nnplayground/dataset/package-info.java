/** Tables of data: presets, the CSV import and export, and encoding a table into numbers for the engine. */
package com.nnplayground.dataset;

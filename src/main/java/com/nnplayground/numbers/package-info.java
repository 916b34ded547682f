/**
 * Numbers as people type them and as the page writes them: one reading of typed text (decimal commas, scientific
 * notation, whole numbers, ranges, with a message saying why not) and one way of writing a number, used by every
 * panel; {@code ui} holds the text field that reads its own text.
 */
package com.nnplayground.numbers;

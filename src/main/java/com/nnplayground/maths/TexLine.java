package com.nnplayground.maths;

/**
 * One displayed equation: a caption in plain words (set as text, never parsed) and its TeX.
 *
 * @param caption what the equation says, or empty
 * @param tex     the equation, with user text already escaped ({@link Tex#text})
 */
public record TexLine(String caption, String tex) {
}

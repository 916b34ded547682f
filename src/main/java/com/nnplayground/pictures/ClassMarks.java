package com.nnplayground.pictures;

/**
 * How the pictures mark a class, in words for the text alternatives: the colour and shape that
 * {@code src/main/frontend/pictures/palette.ts} draws (Okabe and Ito's colour-blind-safe colours, in its order;
 * beyond eight classes the shapes shift so that no two classes look alike).
 */
public final class ClassMarks {
    static final String[] COLOURS = {"orange", "blue", "green", "vermilion", "purple", "sky blue", "yellow", "black"};
    static final String[] SHAPES = {"circles", "squares", "triangles", "diamonds", "downward triangles", "pluses",
            "crosses", "stars"};

    private ClassMarks() {
    }

    public static String of(int k) {
        return COLOURS[k % COLOURS.length] + " " + SHAPES[(k + k / COLOURS.length) % SHAPES.length];
    }
}

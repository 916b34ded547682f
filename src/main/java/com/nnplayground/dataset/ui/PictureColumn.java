package com.nnplayground.dataset.ui;

import com.nnplayground.dataset.PixelGrid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;

/**
 * One grid column for the inputs that form a picture (the digits' 64 pixels): a {@code <digit-image>}
 * (src/main/frontend/digit-image.ts, which the grid's component loads) per row, with a text alternative.
 */
public final class PictureColumn {

    private PictureColumn() {
    }

    /**
     * The picture of each row.
     *
     * @param cells the table row (all its columns) of a grid row
     * @param label what a screen reader says of the picture
     */
    public static <T> LitRenderer<T> renderer(PixelGrid picture, ValueProvider<T, List<String>> cells,
                                              ValueProvider<T, String> label) {
        return LitRenderer.<T>of("<digit-image pixels=\"${item.pixels}\" columns=\"${item.columns}\""
                        + " label=\"${item.label}\"></digit-image>")
                .withProperty("pixels", row -> picture.code(cells.apply(row)))
                .withProperty("columns", row -> picture.width())
                .withProperty("label", label);
    }

    /** "8x8 image (pixel_0_0 … pixel_7_7)": the picture's size and its first and last columns. */
    public static String header(PixelGrid picture, List<String> columns) {
        int[] pixels = picture.columns();
        return size(picture) + " image (" + columns.get(pixels[0]) + " … " + columns.get(pixels[pixels.length - 1])
                + ")";
    }

    /** "8x8". */
    public static String size(PixelGrid picture) {
        return picture.width() + "x" + picture.height();
    }
}

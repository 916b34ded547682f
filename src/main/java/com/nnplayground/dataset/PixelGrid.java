package com.nnplayground.dataset;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs that form a picture: columns named {@code pixel_R_C} (row R, column C, from 0) covering a whole grid,
 * as the digits' 8x8. Found from the column names, so it survives a CSV download, an experiment file and edits
 * that keep those columns as inputs.
 *
 * @param height   rows of pixels
 * @param width    pixels per row
 * @param maxValue the largest intensity in those columns (16 for the digits), at least 1
 * @param columns  for each pixel, row by row, the index of its column in the table
 */
public record PixelGrid(int height, int width, double maxValue, int[] columns) {
    private static final Pattern NAME = Pattern.compile("pixel_(\\d{1,3})_(\\d{1,3})");

    /** The picture the inputs form, if every input is a pixel and together they fill a grid of at least 2x2. */
    public static Optional<PixelGrid> of(Dataset data) {
        int height = 0;
        int width = 0;
        for (String input : data.inputs()) {
            Matcher m = NAME.matcher(input);
            if (!m.matches()) {
                return Optional.empty();
            }
            height = Math.max(height, Integer.parseInt(m.group(1)) + 1);
            width = Math.max(width, Integer.parseInt(m.group(2)) + 1);
        }
        if (height < 2 || width < 2 || height * width != data.inputs().size()) {
            return Optional.empty();
        }
        int[] columns = new int[height * width];
        double max = 1;
        for (int p = 0; p < columns.length; p++) {
            String name = "pixel_" + p / width + "_" + p % width;
            if (!data.inputs().contains(name)) {
                return Optional.empty();
            }
            columns[p] = data.columnIndex(name);
            for (List<String> row : data.rows()) {
                String cell = row.get(columns[p]);
                if (DatasetEncoder.isNumber(cell)) {
                    max = Math.max(max, Double.parseDouble(cell.trim()));
                }
            }
        }
        return Optional.of(new PixelGrid(height, width, max, columns));
    }

    /** One table row's pixels, row by row, as the table holds them (a cell that is not a number is 0). */
    public double[] image(List<String> row) {
        double[] pixels = new double[columns.length];
        for (int p = 0; p < pixels.length; p++) {
            String cell = row.get(columns[p]);
            pixels[p] = DatasetEncoder.isNumber(cell) ? Double.parseDouble(cell.trim()) : 0;
        }
        return pixels;
    }

    /**
     * A drawn bitmap reduced the way the digits were made (UCI's description: normalised 32x32 bitmaps divided
     * into non-overlapping 4x4 blocks, and the on pixels in each block counted, giving 0-16): the bitmap is cut
     * into {@code height x width} equal blocks and each block's inked pixels are counted, row by row.
     *
     * @param ink a bitmap whose sides are whole multiples of the grid's ({@code ink[y][x]}, true for ink)
     */
    public int[] countBlocks(boolean[][] ink) {
        int blockHeight = ink.length / height;
        int blockWidth = ink.length == 0 ? 0 : ink[0].length / width;
        if (blockHeight == 0 || blockWidth == 0 || ink.length != blockHeight * height) {
            throw new IllegalArgumentException("A " + ink.length + "-row bitmap does not divide into " + height
                    + " rows of blocks");
        }
        int[] counts = new int[height * width];
        for (int y = 0; y < ink.length; y++) {
            if (ink[y].length != blockWidth * width) {
                throw new IllegalArgumentException("Bitmap row " + y + " has " + ink[y].length + " pixels, expected "
                        + blockWidth * width);
            }
            for (int x = 0; x < ink[y].length; x++) {
                if (ink[y][x]) {
                    counts[(y / blockHeight) * width + x / blockWidth]++;
                }
            }
        }
        return counts;
    }
}

package com.nnplayground.dataset;

import java.util.Arrays;

/**
 * A digit drawn with a mouse or a finger, reduced to one row of a {@link PixelGrid} the way the 8x8 digits were made.
 *
 * <p>The dataset's description (UCI, Alpaydin and Kaynak) says how: NIST's programs turned each handwritten digit
 * into a normalised 32x32 bitmap, which was cut into 4x4 blocks, and the inked pixels of each block counted (0-16).
 * NIST's normalisation itself is not given with the data, so the steps that stand for it copy what the dataset's own
 * 1,797 digits show (measured once over digits.csv):
 * <ol>
 * <li>Height: every one of them spans all 8 rows, so the strokes are scaled to the bitmap's full height (less a
 * margin of {@value #MARGIN_Y} px at top and bottom for the pen).</li>
 * <li>Width: 1,642 of them are 4 to 6 blocks wide (the rest nearly all 7), and 21 touch the first column: the
 * width is scaled as the height (the shape kept), then held between {@value #MIN_WIDTH} and {@value #MAX_WIDTH} px
 * (the pen adds to that), centred.</li>
 * <li>Pen: they ink about 310 of their 1,024 pixels (the sum of the 64 counts: mean 313, standard deviation 34, and
 * 303 to 330 on average for each digit), so the strokes are drawn as wide as it takes to ink 310 pixels, with a pen
 * radius between {@value #MIN_PEN} and {@value #MAX_PEN} px.</li>
 * <li>Blocks: {@link PixelGrid#countBlocks}, scaled to the grid's largest value when that is not 16.</li>
 * </ol>
 * Strokes arrive in the pad's own units (its square is 0 to 1 both ways, y down); only their shape counts, not where
 * on the pad or how large they were drawn.
 */
public final class DigitDrawing {
    /** Bitmap pixels per block side: 32x32 for the 8x8 grid. */
    static final int BLOCK = 4;
    static final double MARGIN_Y = 2;
    static final double MIN_WIDTH = 12;
    static final double MAX_WIDTH = 20;
    static final double MIN_PEN = 1;
    static final double MAX_PEN = 4;
    /** The share of the bitmap the dataset's digits ink: 310 of 1,024 pixels. */
    static final double INK_SHARE = 310.0 / 1024;
    /** More than a hand draws; a page that sends more is refused. */
    public static final int MAX_POINTS = 4_000;
    public static final int MAX_STROKES = 200;

    private DigitDrawing() {
    }

    /**
     * The grid's intensities for these strokes, row by row; all zero when nothing is drawn.
     *
     * @param strokes one array per stroke, its points as x0, y0, x1, y1, ... in the pad's 0-1 units
     * @throws IllegalArgumentException for more than {@link #MAX_STROKES} strokes or {@link #MAX_POINTS} points, a
     *                                  stroke of an odd count of numbers, or a number that is not finite
     */
    public static int[] reduce(PixelGrid grid, double[][] strokes) {
        check(strokes);
        int height = grid.height() * BLOCK;
        int width = grid.width() * BLOCK;
        double[][] placed = place(strokes, width, height);
        boolean[][] ink = ink(placed, width, height);
        int[] counts = grid.countBlocks(ink);
        if (grid.maxValue() != BLOCK * BLOCK) {
            for (int p = 0; p < counts.length; p++) {
                counts[p] = (int) Math.round(counts[p] * grid.maxValue() / (BLOCK * BLOCK));
            }
        }
        return counts;
    }

    private static void check(double[][] strokes) {
        if (strokes.length > MAX_STROKES) {
            throw new IllegalArgumentException("The drawing has " + strokes.length + " strokes; at most " + MAX_STROKES);
        }
        int points = 0;
        for (double[] stroke : strokes) {
            if (stroke == null || stroke.length % 2 != 0) {
                throw new IllegalArgumentException("A stroke needs an x and a y for each point");
            }
            points += stroke.length / 2;
            for (double v : stroke) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("A point of the drawing is not a number");
                }
            }
        }
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException("The drawing has " + points + " points; at most " + MAX_POINTS);
        }
    }

    /** The strokes moved into the bitmap: the height filled, the width kept in proportion within its bounds. */
    private static double[][] place(double[][] strokes, int width, int height) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] stroke : strokes) {
            for (int i = 0; i < stroke.length; i += 2) {
                minX = Math.min(minX, stroke[i]);
                maxX = Math.max(maxX, stroke[i]);
                minY = Math.min(minY, stroke[i + 1]);
                maxY = Math.max(maxY, stroke[i + 1]);
            }
        }
        double scaleY = maxY > minY ? (height - 2 * MARGIN_Y) / (maxY - minY) : 0;
        double fit = width / 32.0;
        double keptWidth = (maxX - minX) * scaleY;
        double placedWidth = Math.clamp(keptWidth, MIN_WIDTH * fit, MAX_WIDTH * fit);
        double scaleX = maxX > minX ? placedWidth / (maxX - minX) : 0;
        double centreX = (minX + maxX) / 2;
        double centreY = (minY + maxY) / 2;
        double[][] placed = new double[strokes.length][];
        for (int s = 0; s < strokes.length; s++) {
            placed[s] = new double[strokes[s].length];
            for (int i = 0; i < strokes[s].length; i += 2) {
                placed[s][i] = width / 2.0 + (strokes[s][i] - centreX) * scaleX;
                placed[s][i + 1] = height / 2.0 + (strokes[s][i + 1] - centreY) * scaleY;
            }
        }
        return placed;
    }

    /** Each pixel whose centre lies within the pen's radius of a stroke; the radius inks the dataset's share. */
    private static boolean[][] ink(double[][] strokes, int width, int height) {
        double[] distance = new double[width * height];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (double[] stroke : strokes) {
            for (int i = 0; i + 1 < stroke.length; i += 2) {
                int j = i + 2 < stroke.length ? i + 2 : i;
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        double d = toSegment(x + 0.5, y + 0.5, stroke[i], stroke[i + 1], stroke[j], stroke[j + 1]);
                        distance[y * width + x] = Math.min(distance[y * width + x], d);
                    }
                }
            }
        }
        boolean[][] ink = new boolean[height][width];
        if (strokes.length == 0 || Double.isInfinite(Arrays.stream(distance).min().orElse(Double.POSITIVE_INFINITY))) {
            return ink;
        }
        double[] sorted = distance.clone();
        Arrays.sort(sorted);
        int wanted = (int) Math.round(INK_SHARE * sorted.length);
        double pen = Math.clamp(sorted[wanted - 1], MIN_PEN, MAX_PEN);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                ink[y][x] = distance[y * width + x] <= pen;
            }
        }
        return ink;
    }

    /** The distance from (px, py) to the segment from (ax, ay) to (bx, by), a point when the two ends are one. */
    static double toSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.clamp(((px - ax) * dx + (py - ay) * dy) / length2, 0, 1);
        double nx = ax + t * dx - px;
        double ny = ay + t * dy - py;
        return Math.sqrt(nx * nx + ny * ny);
    }
}

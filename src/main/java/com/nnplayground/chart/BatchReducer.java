package com.nnplayground.chart;

/**
 * Thins one batch of per-iteration losses before it becomes chart points: each bucket of iterations keeps
 * its lowest and highest training loss, the batch keeps its last point (the exact latest loss) and every
 * measured test loss. Works on the primitive arrays, so a fast run's hundreds of thousands of losses a second
 * never turn into objects.
 */
final class BatchReducer {

    private BatchReducer() {
    }

    /**
     * @param budget about how many points to keep (at least 3)
     * @return the indices to keep, ascending; all of them when the batch is within the budget
     */
    static int[] keep(double[] train, double[] test, int budget) {
        int n = train.length;
        boolean[] kept = new boolean[n];
        if (n <= budget) {
            java.util.Arrays.fill(kept, true);
        } else {
            int buckets = Math.max(1, (budget - 1) / 2);
            int size = (n - 1 + buckets - 1) / buckets;
            for (int start = 0; start < n - 1; start += size) {
                int end = Math.min(n - 1, start + size);
                int low = start;
                int high = start;
                for (int i = start + 1; i < end; i++) {
                    if (train[i] < train[low] || Double.isNaN(train[i])) {
                        low = i;
                    }
                    if (train[i] > train[high]) {
                        high = i;
                    }
                }
                kept[low] = true;
                kept[high] = true;
            }
            kept[n - 1] = true;
            if (test != null) {
                for (int i = 0; i < n; i++) {
                    kept[i] |= !Double.isNaN(test[i]);
                }
            }
        }
        int count = 0;
        for (boolean k : kept) {
            count += k ? 1 : 0;
        }
        int[] indices = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (kept[i]) {
                indices[j++] = i;
            }
        }
        return indices;
    }
}

package com.nnplayground.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Picks the rows held out for testing: a seeded shuffle, the same share of each class. */
final class TestSplit {

    private TestSplit() {
    }

    static boolean[] pick(Target target, int rows, EncodingOptions options) {
        boolean[] test = new boolean[rows];
        if (options.testShare() == 0) {
            return test;
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        for (List<Integer> group : groups(target, rows)) {
            for (int i = group.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer swap = group.get(i);
                group.set(i, group.get(j));
                group.set(j, swap);
            }
            // every class keeps at least one training row
            int count = Math.min(group.size() - 1, (int) Math.round(options.testShare() * group.size()));
            for (int i = 0; i < count; i++) {
                test[group.get(i)] = true;
            }
        }
        return test;
    }

    private static List<List<Integer>> groups(Target target, int rows) {
        List<List<Integer>> groups = new ArrayList<>();
        int count = target.kind().isClassification() ? target.classes().size() : 1;
        for (int g = 0; g < count; g++) {
            groups.add(new ArrayList<>());
        }
        for (int r = 0; r < rows; r++) {
            groups.get(target.kind().isClassification() ? target.classOfRow()[r] : 0).add(r);
        }
        return groups;
    }
}

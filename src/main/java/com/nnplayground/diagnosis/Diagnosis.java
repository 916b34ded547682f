package com.nnplayground.diagnosis;

/**
 * One note: what was seen, and what to try.
 *
 * @param finding    what the run shows, with its numbers
 * @param suggestion what to change, or empty when the finding says it
 */
public record Diagnosis(Kind kind, String finding, String suggestion) {

    public enum Kind {
        DIVERGED("Diverged"),
        SATURATED("Saturated units"),
        DEAD_RELU("Dead ReLUs"),
        PLATEAU("Plateau"),
        OVERFITTING("Overfitting"),
        RATE_TOO_HIGH("Rate too high");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}

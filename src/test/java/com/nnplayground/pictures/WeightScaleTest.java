package com.nnplayground.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightScaleTest {

    @Test
    void the_scale_is_the_next_round_number_and_only_grows_within_a_run() {
        assertThat(WeightScale.round(0.97)).isEqualTo(1);
        assertThat(WeightScale.round(1.0)).isEqualTo(1);
        assertThat(WeightScale.round(1.3)).isEqualTo(2);
        assertThat(WeightScale.round(3.1)).isEqualTo(5);
        assertThat(WeightScale.round(7.2)).isEqualTo(10);
        assertThat(WeightScale.round(0.031)).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(WeightScale.next(10, 0.5)).isEqualTo(10);
        assertThat(WeightScale.next(2, 6)).isEqualTo(10);
        assertThat(WeightScale.next(0, Double.NaN)).isEqualTo(WeightScale.SMALLEST);
    }
}

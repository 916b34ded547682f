package com.nnplayground.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One way of writing a number on the page. */
class NumbersTest {

    @Test
    void results_read_with_six_decimals_and_no_trailing_zeros() {
        assertThat(Numbers.format(0.0174261234)).isEqualTo("0.017426");
        assertThat(Numbers.format(0.974586)).isEqualTo("0.974586");
        assertThat(Numbers.format(0.5)).isEqualTo("0.5");
        assertThat(Numbers.format(1.0)).isEqualTo("1");
        assertThat(Numbers.format(1234.56789)).isEqualTo("1234.56789");
        assertThat(Numbers.format(-2.25)).isEqualTo("-2.25");
    }

    @Test
    void zero_is_zero_whatever_its_sign() {
        assertThat(Numbers.format(0.0)).isEqualTo("0");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
    }

    @Test
    void small_and_huge_numbers_are_scientific_in_one_style() {
        assertThat(Numbers.format(3.21456e-9)).isEqualTo("3.2146e-09");
        assertThat(Numbers.format(-9.0e-4)).isEqualTo("-9e-04");
        assertThat(Numbers.format(4.3586e-4)).isEqualTo("4.3586e-04");
        assertThat(Numbers.format(0.0022214)).isEqualTo("0.002221");
        assertThat(Numbers.format(-4e-7)).as("never -0.000000").isEqualTo("-4e-07");
        assertThat(Numbers.format(2.5e12)).isEqualTo("2.5e+12");
    }

    @Test
    void not_a_number_and_infinities_are_said_plainly() {
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    }

    @Test
    void settings_are_written_as_a_user_types_them_never_as_java_does() {
        assertThat(Numbers.setting(1.0)).isEqualTo("1");
        assertThat(Numbers.setting(0.01)).isEqualTo("0.01");
        assertThat(Numbers.setting(1e-4)).as("not 1.0E-4").isEqualTo("0.0001");
        assertThat(Numbers.setting(1500)).isEqualTo("1500");
        assertThat(Numbers.setting(-0.0)).isEqualTo("0");
    }
}

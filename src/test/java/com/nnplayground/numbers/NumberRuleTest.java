package com.nnplayground.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Typed text read exactly, or refused in words that name the field and its range. */
class NumberRuleTest {
    private static final NumberRule RATE = NumberRule.above("Learning rate", 0, 1000, "Enter a learning rate");
    private static final NumberRule ITERATIONS = NumberRule.whole("Iterations", 1, 10_000_000, "Enter iterations");

    @Test
    void a_decimal_comma_is_a_decimal_point() {
        assertThat(RATE.check("0,5").value()).isEqualByComparingTo("0.5");
        assertThat(RATE.check(",25").value()).isEqualByComparingTo("0.25");
    }

    @Test
    void scientific_notation_is_read_exactly() {
        assertThat(RATE.check("5e-3").value()).isEqualByComparingTo("0.005");
        assertThat(RATE.check("1E2").value()).isEqualByComparingTo("100");
        assertThat(ITERATIONS.check("1e3").value()).isEqualByComparingTo("1000");
        assertThat(ITERATIONS.check("1.5e3").value()).isEqualByComparingTo("1500");
    }

    @Test
    void a_number_out_of_range_is_refused_with_the_range_not_clamped() {
        assertThat(RATE.check("1e9").problem()).isEqualTo("Learning rate must be above 0 and at most 1,000, not 1e9.");
        assertThat(RATE.check("0").problem()).isEqualTo("Learning rate must be above 0 and at most 1,000, not 0.");
        assertThat(ITERATIONS.check("1000000000000").problem())
                .isEqualTo("Iterations must be from 1 to 10,000,000, not 1000000000000.");
        assertThat(ITERATIONS.check("1e99999999").problem()).startsWith("Iterations must be from 1 to 10,000,000");
        assertThat(RATE.check("1e-99999999").ok()).as("tiny but above 0").isTrue();
    }

    @Test
    void text_that_is_no_number_is_named_and_an_example_given() {
        assertThat(RATE.check("e").problem()).isEqualTo("Learning rate: 'e' is not a number; type e.g. 0.5, 0,5 or 5e-3.");
        assertThat(RATE.check("abc").problem()).startsWith("Learning rate: 'abc' is not a number");
        assertThat(RATE.check("1e").ok()).isFalse();
        assertThat(RATE.check("0x10").ok()).as("not Java's hexadecimal").isFalse();
        assertThat(RATE.check("1f").ok()).as("not Java's float suffix").isFalse();
        assertThat(RATE.check("NaN").ok()).isFalse();
    }

    @Test
    void an_empty_field_is_told_what_to_enter() {
        assertThat(RATE.check("  ").problem()).isEqualTo("Enter a learning rate.");
    }

    @Test
    void whole_numbers_take_thousands_commas_and_refuse_fractions() {
        assertThat(ITERATIONS.check("1,500").value()).isEqualByComparingTo("1500");
        assertThat(ITERATIONS.check("10,000,000").value()).isEqualByComparingTo(BigDecimal.valueOf(10_000_000));
        assertThat(ITERATIONS.check("1,5").problem()).isEqualTo("Iterations must be a whole number from 1 to 10,000,000, not 1,5.");
        assertThat(ITERATIONS.check("2.5").ok()).isFalse();
        assertThat(ITERATIONS.check("2.0").value()).isEqualByComparingTo("2");
    }

    @Test
    void a_unicode_minus_and_spaces_around_are_fine() {
        NumberRule any = new NumberRule("Value", false, null, true, null, "Enter a value");
        assertThat(any.check(" −2 ").value()).isEqualByComparingTo("-2");
    }
}

package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {
    /** The grammar the hand-written scanner implements, as a regular expression. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @ParameterizedTest
    @ValueSource(strings = {"0", "16", "-2", "+3", "1.5", "1.", ".5", "-.5", "3e-4", "2E+10", "7e0", "0.07871"})
    void decimals_as_people_write_them_are_numbers(String text) {
        assertThat(NumberText.isDecimal(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "+.", "1e", "1e+", "e5", "1.2.3", "1f", "0x1A", "1 ", " 1", "--1", "1,5", "٣"})
    void anything_else_is_not(String text) {
        assertThat(NumberText.isDecimal(text)).isFalse();
    }

    @Test
    void the_scanner_agrees_with_the_grammar_on_a_million_random_strings() {
        SplittableRandom random = new SplittableRandom(19);
        String alphabet = "0123456789+-.eE ,x";
        for (int k = 0; k < 1_000_000; k++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(NumberText.isDecimal(s)).as("'%s'", s).isEqualTo(DECIMAL.matcher(s).matches());
        }
    }
}

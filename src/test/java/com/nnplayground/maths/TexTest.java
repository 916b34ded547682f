package com.nnplayground.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** User text never becomes TeX commands; numbers read as a person writes them. */
class TexTest {

    @Test
    void every_character_tex_gives_a_meaning_to_is_escaped_in_a_column_name() {
        String tex = Tex.text("a\\b{c}$d&e#f_g%h^i~j");

        assertThat(tex).isEqualTo("\\text{a\\textbackslash{}b\\{c\\}\\$d\\&e\\#f\\_g\\%h\\textasciicircum{}i"
                + "\\textasciitilde{}j}");
    }

    @Test
    void a_name_that_tries_to_close_the_text_and_run_a_command_stays_text() {
        String tex = Tex.text("}\\href{http://x}{click}\\text{");
        String inside = tex.substring("\\text{".length(), tex.length() - 1);

        assertThat(inside.replace("\\{", "").replace("\\}", "").replace("\\textbackslash{}", ""))
                .doesNotContain("{", "}", "\\");
    }

    @Test
    void control_characters_become_spaces_and_long_names_are_cut() {
        assertThat(Tex.text("a\nb\tc")).isEqualTo("\\text{a b c}");
        assertThat(Tex.text("x".repeat(100))).isEqualTo("\\text{" + "x".repeat(Tex.MAX_NAME - 1) + "…}");
    }

    @Test
    void numbers_have_four_significant_digits_and_small_or_large_ones_a_power_of_ten() {
        assertThat(Tex.num(0.55234)).isEqualTo("0.5523");
        assertThat(Tex.num(12.3456)).isEqualTo("12.35");
        assertThat(Tex.num(1.0)).isEqualTo("1");
        assertThat(Tex.num(-0.25)).isEqualTo("-0.25");
        assertThat(Tex.num(0)).isEqualTo("0");
        assertThat(Tex.num(3.14159e-5)).isEqualTo("3.142 \\times 10^{-5}");
        assertThat(Tex.num(-2.5e7)).isEqualTo("-2.5 \\times 10^{7}");
        assertThat(Tex.precise(0.123456789)).isEqualTo("0.123457");
        assertThat(Tex.num(Double.NaN)).isEqualTo("\\text{NaN}");
    }

    @Test
    void wide_vectors_and_tall_matrices_are_cut_with_dots() {
        double[] wide = new double[20];
        assertThat(Tex.row(wide)).endsWith("& \\cdots\\end{bmatrix}");
        assertThat(Tex.matrix(new double[20][2])).contains("\\vdots");
        assertThat(Tex.named(List.of("x_1", "y"), new double[] {1, 2}))
                .isEqualTo("\\begin{array}{cc}\\text{x\\_1} & \\text{y} \\\\ 1 & 2\\end{array}");
    }
}

package com.nnplayground.numbers.ui;

import com.nnplayground.numbers.NumberRule;
import com.nnplayground.numbers.NumberRule.Checked;
import com.nnplayground.numbers.Numbers;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;

/**
 * A number field that reads its own text on the server ({@link NumberRule}): what it shows is what is used, or it
 * says why not, and it never empties itself. Vaadin's NumberField and IntegerField parse in the browser and drop what
 * they cannot parse (a decimal comma, "1e9", "abc"), so this is a text field. When the text is not written the way
 * the page writes numbers (0,5; 1e3), the helper line says how it was read.
 */
public class NumberInput extends TextField {
    private NumberRule rule;
    private String helper = "";
    /** Inside a Binder the converter marks the field; alone, the field marks itself. */
    private boolean bound;

    public NumberInput(String label, NumberRule rule) {
        super(label);
        this.rule = rule;
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(300);
        addValueChangeListener(e -> {
            Checked checked = rule().check(e.getValue());
            if (!bound) {
                mark(checked);
            }
            showReading(checked);
        });
    }

    public NumberRule rule() {
        return rule;
    }

    /** Another rule (a limit that depends on the data); the text is read again. */
    public void setRule(NumberRule newRule) {
        this.rule = newRule;
        if (!bound) {
            mark(rule.check(getValue()));
        }
    }

    @Override
    public void setHelperText(String text) {
        helper = text == null ? "" : text;
        super.setHelperText(text);
    }

    /** Shows a number written the page's way. */
    public void setNumber(double value) {
        setValue(Numbers.setting(value));
    }

    /** The text read against the rule; a field on its own is marked with the problem. */
    public Checked check() {
        Checked checked = rule.check(getValue());
        if (!bound) {
            mark(checked);
        }
        return checked;
    }

    /** The whole number typed, or empty (and the field marked) when the text does not fit. */
    public Optional<Integer> wholeValue() {
        Checked checked = check();
        return checked.ok() ? Optional.of(checked.value().intValueExact()) : Optional.empty();
    }

    /** The number typed, or empty (and the field marked) when the text does not fit. */
    public Optional<Double> decimalValue() {
        Checked checked = check();
        return checked.ok() ? Optional.of(checked.value().doubleValue()) : Optional.empty();
    }

    /** For a Binder: the field's text as a Double, its problem as the binder's error. */
    public Converter<String, Double> asDecimal() {
        bound = true;
        return converter(c -> c.value().doubleValue());
    }

    /** For a Binder: the field's text as an Integer, its problem as the binder's error. */
    public Converter<String, Integer> asWhole() {
        bound = true;
        return converter(c -> c.value().intValueExact());
    }

    private <T extends Number> Converter<String, T> converter(java.util.function.Function<Checked, T> value) {
        return new Converter<>() {
            @Override
            public Result<T> convertToModel(String text, ValueContext context) {
                Checked checked = rule.check(text);
                return checked.ok() ? Result.ok(value.apply(checked)) : Result.error(checked.problem());
            }

            @Override
            public String convertToPresentation(T number, ValueContext context) {
                return number == null ? "" : Numbers.setting(number.doubleValue());
            }
        };
    }

    private void mark(Checked checked) {
        setInvalid(!checked.ok());
        setErrorMessage(checked.ok() ? null : checked.problem());
    }

    private void showReading(Checked checked) {
        String canonical = checked.ok() ? Numbers.setting(checked.value().doubleValue()) : null;
        boolean rewritten = canonical != null && !canonical.equals(getValue().strip());
        String reading = rewritten ? "read as " + canonical : "";
        super.setHelperText(helper.isEmpty() ? reading : rewritten ? helper + " · " + reading : helper);
    }
}

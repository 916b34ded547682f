package com.nnplayground.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lower-case ids the UI and the CLI use for the engine's enums. */
final class Ids {

    private Ids() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(E[] constants, String kind, String id) {
        for (E constant : constants) {
            if (of(constant).equals(id)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(constants).map(Ids::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown " + kind + " '" + id + "'; allowed: " + allowed);
    }
}

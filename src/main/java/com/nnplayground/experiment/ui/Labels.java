package com.nnplayground.experiment.ui;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.SettingNames;

/** How the form's choices read: the settings' names, the seed's choice marked so a class can always find its way back. */
public final class Labels {

    private Labels() {
    }

    public static String of(Activation a) {
        return a == Activation.LINEAR ? "linear (identity)" : SettingNames.of(a);
    }

    public static String of(Loss l) {
        return switch (l) {
            case SSE -> "sum of squares (seed)";
            case CROSS_ENTROPY -> "cross-entropy (softmax)";
            default -> SettingNames.of(l);
        };
    }

    public static String of(Init i) {
        return switch (i) {
            case UNIFORM -> SettingNames.of(i) + " (seed)";
            case XAVIER -> "Xavier / Glorot";
            case HE -> SettingNames.of(i);
        };
    }

    public static String of(OptimizerKind o) {
        return o == OptimizerKind.SGD ? SettingNames.of(o) + " (seed)" : SettingNames.of(o);
    }
}

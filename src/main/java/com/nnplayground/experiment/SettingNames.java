package com.nnplayground.experiment;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;

/**
 * The settings' names in words, the one place they are written: the form's choices, the network drawing's layer
 * captions, the summary line and the legend of what differed between two runs all read them from here.
 */
public final class SettingNames {

    private SettingNames() {
    }

    public static String of(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case LINEAR -> "linear";
            case SOFTMAX -> "softmax";
        };
    }

    public static String of(Loss loss) {
        return switch (loss) {
            case SSE -> "sum of squared errors";
            case MSE -> "mean squared error";
            case BCE -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy";
        };
    }

    public static String of(Init init) {
        return switch (init) {
            case UNIFORM -> "uniform [0, 1)";
            case XAVIER -> "Xavier";
            case HE -> "He";
        };
    }

    public static String of(OptimizerKind optimizer) {
        return switch (optimizer) {
            case SGD -> "gradient descent";
            case MOMENTUM -> "momentum";
            case ADAM -> "Adam";
        };
    }
}

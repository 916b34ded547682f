package com.nnplayground.experiment.ui;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;

/** How the settings read on screen; the seed's choice is marked so a class can always find its way back. */
public final class Labels {

    private Labels() {
    }

    public static String of(Activation a) {
        return switch (a) {
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case LINEAR -> "linear (identity)";
            case SOFTMAX -> "softmax";
        };
    }

    public static String of(Loss l) {
        return switch (l) {
            case SSE -> "sum of squares (seed)";
            case MSE -> "mean squared error";
            case BCE -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy (softmax)";
        };
    }

    /** The loss in words, for sentences such as the summary line. */
    public static String name(Loss l) {
        return switch (l) {
            case SSE -> "sum of squared errors";
            case MSE -> "mean squared error";
            case BCE -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy";
        };
    }

    public static String of(Init i) {
        return switch (i) {
            case UNIFORM -> "uniform [0, 1) (seed)";
            case XAVIER -> "Xavier / Glorot";
            case HE -> "He";
        };
    }

    public static String of(OptimizerKind o) {
        return switch (o) {
            case SGD -> "gradient descent (seed)";
            case MOMENTUM -> "momentum";
            case ADAM -> "Adam";
        };
    }
}

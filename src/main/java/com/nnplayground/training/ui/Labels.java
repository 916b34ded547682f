package com.nnplayground.training.ui;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;

/** How the settings read on screen; the seed's choice is marked so a class can always find its way back. */
final class Labels {

    private Labels() {
    }

    static String of(Activation a) {
        return switch (a) {
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case LINEAR -> "linear (identity)";
            case SOFTMAX -> "softmax";
        };
    }

    static String of(Loss l) {
        return switch (l) {
            case SSE -> "sum of squares (seed)";
            case MSE -> "mean squared error";
            case BCE -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy (softmax)";
        };
    }

    /** The loss in words, for sentences such as the summary line. */
    static String name(Loss l) {
        return switch (l) {
            case SSE -> "sum of squared errors";
            case MSE -> "mean squared error";
            case BCE -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy";
        };
    }

    static String of(Init i) {
        return switch (i) {
            case UNIFORM -> "uniform [0, 1) (seed)";
            case XAVIER -> "Xavier / Glorot";
            case HE -> "He";
        };
    }

    static String of(OptimizerKind o) {
        return switch (o) {
            case SGD -> "gradient descent (seed)";
            case MOMENTUM -> "momentum";
            case ADAM -> "Adam";
        };
    }
}

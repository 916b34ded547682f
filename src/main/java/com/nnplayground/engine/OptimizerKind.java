package com.nnplayground.engine;

/** How a gradient becomes a weight update; the arithmetic is in the package-private {@code Optimizer}. */
public enum OptimizerKind {
    /** Plain gradient descent, {@code w -= lr * gradW}: the seed's rule. */
    SGD,
    /** Classic momentum: {@code v = 0.9 v - lr * gradW; w += v}. */
    MOMENTUM,
    /** Adam with beta1 0.9, beta2 0.999, epsilon 1e-8 and bias correction. */
    ADAM;

    /** The id used in forms, files and the CLI: "sgd", "momentum", "adam". */
    public String id() {
        return Ids.of(this);
    }

    /** @throws IllegalArgumentException naming the allowed ids when {@code id} is unknown */
    public static OptimizerKind fromId(String id) {
        return Ids.parse(values(), "optimizer", id);
    }
}

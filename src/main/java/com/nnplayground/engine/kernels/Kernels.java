package com.nnplayground.engine.kernels;

/**
 * Whether the kernels run on the vector lanes of {@code jdk.incubator.vector}, decided once when the engine
 * starts: when the JVM was started with {@code --add-modules jdk.incubator.vector}, the CPU has at least two double
 * lanes, and {@code -Dnnplayground.kernels=scalar} does not ask for the plain loops. Both compute the same
 * operations in the same order, so the same bits; the plain loops are slower.
 */
final class Kernels {

    static final boolean VECTOR = !"scalar".equals(System.getProperty("nnplayground.kernels"))
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && VectorProducts.lanes() >= 2;
    static final Products PRODUCTS = VECTOR ? new VectorProducts() : new ScalarProducts();

    private Kernels() {
    }
}

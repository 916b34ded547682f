package com.nnplayground.engine.kernels;

import static com.nnplayground.engine.kernels.Sigmoid.C;
import static com.nnplayground.engine.kernels.Sigmoid.LN2_HI;
import static com.nnplayground.engine.kernels.Sigmoid.LN2_LO;
import static com.nnplayground.engine.kernels.Sigmoid.LOG2E;
import static com.nnplayground.engine.kernels.Sigmoid.ROUND;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Sigmoid#of} on the vector lanes, operation for operation, so the same bits; the tail element by element.
 * While {@code e^-|z|} is a normal double ({@code |z| <= 708}, all but the far tail) {@code 2^k} is one factor: the
 * product with it is exact, as {@link Sigmoid#of}'s with two factors is, and a vector with a lane beyond is done
 * lane by lane. Two steps take fewer operations than the scalar code and give the same values: {@code -|z|} is z
 * with its sign bit set (one OR), and {@code 2^k} is built from the bits of {@code u / ln 2 + 1.5 * 2^52}, whose low
 * bits hold k (between 2^52 and 2^53 doubles are the integers, so that sum is exactly {@code 1.5 * 2^52 + k}),
 * instead of converting {@code kd} to a long; with {@code C[1] * r} taken as r, 10 % less time a value
 * (bench/README.md, round 9). One method with no vector passed in or out: a vector crossing a call that C2 did not
 * inline is boxed on the heap.
 */
final class VectorSigmoid {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    /** Down to here {@code e^u} is a normal double and {@code 2^k} one, for the k this u rounds to. */
    private static final double NORMAL_U = -708.0;
    private static final double C0 = C[0], C2 = C[2], C3 = C[3], C4 = C[4], C5 = C[5], C6 = C[6],
            C7 = C[7], C8 = C[8], C9 = C[9], C10 = C[10], C11 = C[11];

    private VectorSigmoid() {
    }

    static void apply(double[] z, double[] a, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            DoubleVector zi = DoubleVector.fromArray(S, z, i);
            DoubleVector u = zi.reinterpretAsLongs().or(Long.MIN_VALUE).reinterpretAsDoubles();
            if (u.lt(NORMAL_U).anyTrue()) {
                for (int j = i; j < i + S.length(); j++) {
                    a[j] = Sigmoid.of(z[j]);
                }
                continue;
            }
            DoubleVector shifted = u.mul(LOG2E).add(ROUND);
            DoubleVector kd = shifted.sub(ROUND);
            DoubleVector r = u.sub(kd.mul(LN2_HI)).sub(kd.mul(LN2_LO));
            // (k + 1023) << 52: the shift drops the bits of 1.5 * 2^52, which end in 52 zeros
            DoubleVector twoK = shifted.reinterpretAsLongs().add(1023).lanewise(VectorOperators.LSHL, 52)
                    .reinterpretAsDoubles();
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector q0 = r.add(C0).add(r.mul(C3).add(C2).mul(r2));
            DoubleVector q1 = r.mul(C5).add(C4).add(r.mul(C7).add(C6).mul(r2));
            DoubleVector q2 = r.mul(C9).add(C8).add(r.mul(C11).add(C10).mul(r2));
            DoubleVector t = q0.add(q1.mul(r4)).add(q2.mul(r4.mul(r4))).mul(twoK);
            VectorMask<Double> negative = zi.lt(0.0);
            DoubleVector.broadcast(S, 1.0).blend(t, negative).div(t.add(1.0)).intoArray(a, i);
        }
        for (; i < to; i++) {
            a[i] = Sigmoid.of(z[i]);
        }
    }
}

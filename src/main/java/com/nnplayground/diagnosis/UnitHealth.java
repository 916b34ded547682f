package com.nnplayground.diagnosis;

import com.nnplayground.diagnosis.Diagnosis.Kind;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.ForwardPass;
import com.nnplayground.engine.Network;
import java.util.Optional;

/** What the hidden units do on the data: saturated sigmoid or tanh units, dead ReLUs. */
final class UnitHealth {

    /** Beyond this |z| a sigmoid's slope is under 0.018 (a tanh's under 0.0014): the unit barely learns. */
    static final double SATURATED_Z = 4;

    private UnitHealth() {
    }

    /** When most of the sigmoid or tanh hidden units have |z| beyond 4 on most rows. */
    static Optional<Diagnosis> saturated(Network network, double[][] x) {
        Activation f = network.architecture().hiddenActivation();
        if (f != Activation.SIGMOID && f != Activation.TANH || network.architecture().hidden().length == 0) {
            return Optional.empty();
        }
        ForwardPass pass = network.forward(x);
        int units = 0;
        int saturated = 0;
        for (int k = 1; k < pass.layerCount(); k++) {
            double[][] z = pass.z(k);
            for (int j = 0; j < z[0].length; j++) {
                int far = 0;
                for (double[] row : z) {
                    far += Math.abs(row[j]) > SATURATED_Z ? 1 : 0;
                }
                units++;
                saturated += 2 * far > z.length ? 1 : 0;
            }
        }
        if (2 * saturated > units) {
            return Optional.of(new Diagnosis(Kind.SATURATED, String.format("%d of %d hidden units are saturated: on most"
                    + " rows their |z| is beyond %.0f, where the %s is flat, so their gradient is near 0 and they barely"
                    + " learn.", saturated, units, SATURATED_Z, f == Activation.SIGMOID ? "sigmoid" : "tanh"),
                    "Try smaller initial weights (Xavier) or a lower rate; scaling the inputs helps too."));
        }
        return Optional.empty();
    }

    /**
     * When a quarter or more of the ReLU hidden units are never active (z <= 0) on any row. A few dead units among
     * many are what ReLU networks have (the digits preset's own run, 32 units: 3-8 dead over starts 0-4, each 97-98 %
     * right on its test rows; a third of the rate leaves 1-7, He initialisation 2-9); a quarter of the
     * units lost is capacity worth telling about (8 of those 32, from one of the five starts), and in a small network
     * one unit is.
     */
    static Optional<Diagnosis> deadRelus(Network network, double[][] x) {
        if (network.architecture().hiddenActivation() != Activation.RELU || network.architecture().hidden().length == 0) {
            return Optional.empty();
        }
        ForwardPass pass = network.forward(x);
        int units = 0;
        int dead = 0;
        for (int k = 1; k < pass.layerCount(); k++) {
            double[][] z = pass.z(k);
            for (int j = 0; j < z[0].length; j++) {
                boolean active = false;
                for (double[] row : z) {
                    active |= row[j] > 0;
                }
                units++;
                dead += active ? 0 : 1;
            }
        }
        if (dead > 0 && 4 * dead >= units) {
            return Optional.of(new Diagnosis(Kind.DEAD_RELU, String.format("%d of %d ReLU units are dead: never active on"
                    + " any row (z ≤ 0 everywhere), so their gradient is 0 and nothing brings them back.", dead, units),
                    "Try leaky ReLU, whose units never die, or a lower rate."));
        }
        return Optional.empty();
    }
}

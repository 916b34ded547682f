package com.nnplayground.experiment.ui;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.experiment.TrainingSettings;
import java.util.ArrayList;
import java.util.List;

/** The form's value object: every setting of a run, as the Binder reads and writes it. */
public class Hyperparameters {
    private List<Integer> hidden = new ArrayList<>(List.of(4));
    private Activation activation = Activation.SIGMOID;
    private Activation output = Activation.SIGMOID;
    private Loss loss = Loss.SSE;
    private boolean bias;
    private Init init = Init.UNIFORM;
    private OptimizerKind optimizer = OptimizerKind.SGD;
    private Double learningRate = 1.0;
    private Integer iterations = 1500;
    private Integer batchSize = 0;
    private Double l2 = 0.0;
    private Integer seed = 0;
    /** Not a field of the form: the rates changed during the last run, which a new run replays. */
    private List<RateChange> rateChanges = List.of();

    public static Hyperparameters of(NetworkSettings n, TrainingSettings t) {
        Hyperparameters h = new Hyperparameters();
        h.hidden = new ArrayList<>(n.hidden());
        h.activation = n.activation();
        h.output = n.output();
        h.bias = n.bias();
        h.init = n.init();
        h.seed = (int) n.seed();
        h.loss = t.loss();
        h.optimizer = t.optimizer();
        h.learningRate = t.learningRate();
        h.iterations = t.iterations();
        h.batchSize = t.batchSize();
        h.l2 = t.l2();
        h.rateChanges = t.rateChanges();
        return h;
    }

    /** Fills fields left blank (a draft of a half-typed form) with the seed's values. */
    Hyperparameters withBlanksAsSeed() {
        Hyperparameters seed = new Hyperparameters();
        hidden = hidden == null || hidden.contains(null) ? seed.hidden : hidden;
        activation = activation == null ? seed.activation : activation;
        output = output == null ? seed.output : output;
        loss = loss == null ? seed.loss : loss;
        init = init == null ? seed.init : init;
        optimizer = optimizer == null ? seed.optimizer : optimizer;
        learningRate = learningRate == null ? seed.learningRate : learningRate;
        iterations = iterations == null ? seed.iterations : iterations;
        batchSize = batchSize == null ? seed.batchSize : batchSize;
        l2 = l2 == null ? seed.l2 : l2;
        this.seed = this.seed == null ? seed.seed : this.seed;
        return this;
    }

    public NetworkSettings network() {
        return new NetworkSettings(hidden, activation, output, bias, init, seed, null, null);
    }

    public TrainingSettings training() {
        return new TrainingSettings(loss, optimizer, learningRate, iterations, batchSize, l2, rateChanges);
    }

    public List<RateChange> getRateChanges() {
        return rateChanges;
    }

    public void setRateChanges(List<RateChange> rateChanges) {
        this.rateChanges = List.copyOf(rateChanges);
    }

    public List<Integer> getHidden() {
        return hidden;
    }

    public void setHidden(List<Integer> hidden) {
        this.hidden = new ArrayList<>(hidden);
    }

    public Activation getActivation() {
        return activation;
    }

    public void setActivation(Activation activation) {
        this.activation = activation;
    }

    public Activation getOutput() {
        return output;
    }

    public void setOutput(Activation output) {
        this.output = output;
    }

    public Loss getLoss() {
        return loss;
    }

    public void setLoss(Loss loss) {
        this.loss = loss;
    }

    public boolean isBias() {
        return bias;
    }

    public void setBias(boolean bias) {
        this.bias = bias;
    }

    public Init getInit() {
        return init;
    }

    public void setInit(Init init) {
        this.init = init;
    }

    public OptimizerKind getOptimizer() {
        return optimizer;
    }

    public void setOptimizer(OptimizerKind optimizer) {
        this.optimizer = optimizer;
    }

    public Double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(Double learningRate) {
        this.learningRate = learningRate;
    }

    public Integer getIterations() {
        return iterations;
    }

    public void setIterations(Integer iterations) {
        this.iterations = iterations;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public Double getL2() {
        return l2;
    }

    public void setL2(Double l2) {
        this.l2 = l2;
    }

    public Integer getSeed() {
        return seed;
    }

    public void setSeed(Integer seed) {
        this.seed = seed;
    }
}

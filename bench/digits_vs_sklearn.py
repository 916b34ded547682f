#!/usr/bin/python3
"""Our engine against scikit-learn's MLPClassifier on the 8x8 digits: the same network, the same split, one run.

Each round uses one seed for both: our CLI (`java -jar JAR train EXPERIMENT.json --repeat N`) trains the digits
with that seed, which also picks its stratified 80/20 split, and prints the test rows it held out; scikit-learn then
trains MLPClassifier(hidden_layer_sizes=(32,), solver='adam', learning_rate_init=0.01, batch_size=200, max_iter=100,
random_state=seed) on exactly the other rows. Both scale the inputs the same way: min-max to [0, 1] per column with
the training rows' minimum and maximum (our `min_max`, scikit-learn's MinMaxScaler). Both: 64 inputs, 32 ReLU
neurons, 10 softmax outputs, cross-entropy, Glorot-uniform initial weights, Adam at 0.01 on shuffled batches of 200,
100 epochs (scikit-learn stops earlier when its loss stops improving by 1e-4 for 10 epochs; its L2 alpha=1e-4 per
batch is ours 5e-7, left at 0).

Times are of training alone (our CLI times its training loop; scikit-learn's fit() here), N fits each per round:
the first (a fresh JVM still compiling, a fresh scikit-learn estimator) and the median of the others (steady
state). The order of the two alternates from round to round. Needs Debian's python3-sklearn (/usr/bin/python3).
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import MinMaxScaler

DIGITS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src/main/resources/datasets/digits.csv")


def experiment(columns, rows, seed):
    return {
        "dataset": {"columns": columns, "target": "digit", "targetClasses": True, "scaling": "min_max",
                    "testShare": 0.2, "rows": rows},
        "network": {"hidden": [32], "activation": "relu", "output": "softmax", "bias": True, "init": "xavier",
                    "seed": seed},
        "training": {"loss": "cross_entropy", "optimizer": "adam", "learningRate": 0.01, "iterations": 100,
                     "batchSize": 200, "l2": 0},
    }


def ours(java, jar, path, repeat):
    out = subprocess.run([java, "--add-modules", "jdk.incubator.vector", "-jar", jar, "train", path,
                          "--repeat", str(repeat)], check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    return result["testRows"], result["testAccuracy"], result["seconds"]


def sklearn(x, y, test, seed, repeat):
    train = np.ones(len(y), bool)
    train[test] = False
    scaler = MinMaxScaler().fit(x[train])
    seconds, accuracy, epochs = [], None, None
    for _ in range(repeat):
        model = MLPClassifier(hidden_layer_sizes=(32,), solver="adam", learning_rate_init=0.01, batch_size=200,
                              max_iter=100, random_state=seed)
        start = time.perf_counter()
        model.fit(scaler.transform(x[train]), y[train])
        seconds.append(time.perf_counter() - start)
        accuracy = float((model.predict(scaler.transform(x[test])) == y[test]).mean())
        epochs = model.n_iter_
    return accuracy, seconds, epochs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--java", default="java")
    parser.add_argument("--jar", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5, help="fits per round for each (the first is the cold one)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", category=ConvergenceWarning)

    with open(DIGITS, newline="") as f:
        table = list(csv.reader(f))
    columns, rows = table[0], [[int(v) for v in row] for row in table[1:]]
    x = np.array([row[:64] for row in rows], dtype=float)
    y = np.array([row[64] for row in rows])

    results = {"ours": [], "sklearn": []}
    print("| round (seed) | test rows | ours: accuracy | ours: first s | ours: steady s | scikit-learn: accuracy "
          "| scikit-learn: first s | scikit-learn: steady s | scikit-learn epochs |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.rounds):
            path = os.path.join(tmp, f"digits-{seed}.json")
            with open(path, "w") as f:
                json.dump(experiment(columns, rows, seed), f)
            # the split comes from our run; when scikit-learn goes first, a quick run of ours fetches it
            if seed % 2 == 0:
                test, our_accuracy, our_seconds = ours(args.java, args.jar, path, args.repeat)
                sk_accuracy, sk_seconds, epochs = sklearn(x, y, test, seed, args.repeat)
            else:
                test = ours(args.java, args.jar, path, 1)[0]
                sk_accuracy, sk_seconds, epochs = sklearn(x, y, test, seed, args.repeat)
                test_again, our_accuracy, our_seconds = ours(args.java, args.jar, path, args.repeat)
                assert test_again == test
            row = {"accuracy": our_accuracy, "first": our_seconds[0], "steady": statistics.median(our_seconds[1:] or our_seconds)}
            results["ours"].append(row)
            sk = {"accuracy": sk_accuracy, "first": sk_seconds[0], "steady": statistics.median(sk_seconds[1:] or sk_seconds)}
            results["sklearn"].append(sk)
            print(f"| {seed} | {len(test)} | {100 * row['accuracy']:.1f} % | {row['first']:.3f} | {row['steady']:.3f} "
                  f"| {100 * sk['accuracy']:.1f} % | {sk['first']:.3f} | {sk['steady']:.3f} | {epochs} |", flush=True)

    def med(who, key):
        return statistics.median(r[key] for r in results[who])

    print()
    print(f"Medians over {args.rounds} rounds ({args.repeat} fits each per round):")
    print(f"  ours:         test accuracy {100 * med('ours', 'accuracy'):.1f} %, training {med('ours', 'first'):.3f} s "
          f"first, {med('ours', 'steady'):.3f} s steady")
    print(f"  scikit-learn: test accuracy {100 * med('sklearn', 'accuracy'):.1f} %, training {med('sklearn', 'first'):.3f} s "
          f"first, {med('sklearn', 'steady'):.3f} s steady")
    print(f"  steady-state time, scikit-learn / ours: {med('sklearn', 'steady') / med('ours', 'steady'):.2f}x")


if __name__ == "__main__":
    sys.exit(main())

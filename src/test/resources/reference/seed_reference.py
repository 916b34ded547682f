#!/usr/bin/env python3
"""Produces the values pinned in SeedParityTest.

The training loop is copied verbatim from shared/bench/numpy_reference.py (seed settings: 3-4-1,
sigmoid everywhere, no biases, SSE, w += dL/dw with learning rate 1, full batch, 1500 iterations,
the seed's XOR table). The only additions: the initial weights are printed before training, and the
SSE of each iteration's forward pass (before that iteration's update) is recorded, as the seed's
`loss.append(nn.feedforward()); nn.backprop()` does.
Run: python3 seed_reference.py   (numpy 1.x or 2.x; default_rng(0) is PCG64, stable across versions)
"""
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


rng = np.random.default_rng(0)
x = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)
sizes = [3, 4, 1]
weights = [rng.random((m, n)) for m, n in zip(sizes, sizes[1:])]
for i, w in enumerate(weights):
    print(f"initial weights[{i}] =", [[repr(float(v)) for v in row] for row in w])

losses = []
for _ in range(1500):
    acts = [x]
    for w in weights:
        acts.append(sigmoid(acts[-1] @ w))
    losses.append(float(((y - acts[-1]) ** 2).sum()))
    delta = 2 * (y - acts[-1]) * acts[-1] * (1 - acts[-1])
    for i in range(len(weights) - 1, -1, -1):
        grad = acts[i].T @ delta
        if i > 0:
            delta = (delta @ weights[i].T) * acts[i] * (1 - acts[i])
        weights[i] += 1.0 * grad

out = x
for w in weights:
    out = sigmoid(out @ w)
print("loss at iterations 1, 2, 1500 =", repr(losses[0]), repr(losses[1]), repr(losses[1499]))
print("final SSE =", repr(float(((y - out) ** 2).sum())))
print("predictions =", [repr(float(v)) for v in out[:, 0]])

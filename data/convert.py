#!/usr/bin/env python3
"""Converts the classic datasets the presets ship into the project's resource format, once.

Where they come from: Debian's python3-sklearn package (1.2.1+dfsg-1), which carries copies of the UCI datasets
under /usr/lib/python3/dist-packages/sklearn/datasets/data/ (iris.csv, wine_data.csv, breast_cancer.csv,
diabetes_data_raw.csv.gz + diabetes_target.csv.gz, digits.csv.gz) with their descriptions under descr/. The Boston
house prices set in the same folder is left out on purpose.

What it writes: one CSV per dataset under src/main/resources/datasets/, comma-separated, UTF-8, a header row of the
columns' real names (as sklearn's feature_names and descr/ files give them), every value as it stands in the source
file (nothing rounded), class labels as words (the digits keep 0-9, which the preset marks as class labels). The
attribution is in NOTICE.md next to them. Needs only the Python standard library:

    python3 data/convert.py [SKLEARN_DATASETS_DIR]
"""
import csv
import gzip
import io
import pathlib
import sys

SOURCE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/sklearn/datasets")
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/datasets"

IRIS = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]
WINE = ["alcohol", "malic acid", "ash", "alcalinity of ash", "magnesium", "total phenols", "flavanoids",
        "nonflavanoid phenols", "proanthocyanins", "color intensity", "hue", "OD280/OD315 of diluted wines",
        "proline"]
CANCER_FEATURES = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
                   "concave points", "symmetry", "fractal dimension"]
CANCER = ([f"mean {f}" for f in CANCER_FEATURES] + [f"{f} error" for f in CANCER_FEATURES]
          + [f"worst {f}" for f in CANCER_FEATURES])
# descr/diabetes.rst: age, sex, bmi, bp and the six serum measurements s1-s6 with what each one is
DIABETES = ["age", "sex", "bmi", "bp", "s1 total cholesterol", "s2 LDL", "s3 HDL", "s4 cholesterol/HDL",
            "s5 log triglycerides", "s6 blood sugar"]
DIGITS = [f"pixel_{row}_{column}" for row in range(8) for column in range(8)]


def labelled(name, columns, target, counts=None):
    """sklearn's load_csv_data format: a first line 'rows,features,label0,label1,...', then features and a class index."""
    with open(SOURCE / "data" / name, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows, features, labels = int(header[0]), int(header[1]), header[2:]
        assert features == len(columns), (name, features, len(columns))
        out = [row[:features] + [labels[int(row[features])]] for row in reader]
    assert len(out) == rows, (name, len(out), rows)
    return columns + [target], out


def diabetes():
    with gzip.open(SOURCE / "data/diabetes_data_raw.csv.gz", "rt") as f:
        data = [line.split() for line in f if line.strip()]
    with gzip.open(SOURCE / "data/diabetes_target.csv.gz", "rt") as f:
        target = [float(line) for line in f if line.strip()]
    assert len(data) == len(target) == 442 and all(len(row) == len(DIABETES) for row in data)
    assert all(t == int(t) for t in target)
    return DIABETES + ["progression"], [row + [str(int(t))] for row, t in zip(data, target)]


def digits():
    with gzip.open(SOURCE / "data/digits.csv.gz", "rt") as f:
        rows = [row for row in csv.reader(f) if row]
    assert len(rows) == 1797 and all(len(row) == 65 for row in rows)
    # whole counts of on-pixels (0..16) and the digit
    assert all(v.isdigit() and int(v) <= 16 for row in rows for v in row[:64])
    assert all(row[64] in "0123456789" for row in rows)
    return DIGITS + ["digit"], rows


def write(name, table):
    columns, rows = table
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    (OUT / name).write_text(text.getvalue(), encoding="utf-8")
    print(f"{name}: {len(rows)} rows, {len(columns) - 1} inputs, {len(text.getvalue().encode()):,} bytes")


OUT.mkdir(parents=True, exist_ok=True)
write("iris.csv", labelled("iris.csv", IRIS, "species"))
write("wine.csv", labelled("wine_data.csv", WINE, "cultivar"))
write("breast-cancer.csv", labelled("breast_cancer.csv", CANCER, "diagnosis"))
write("diabetes.csv", diabetes())
write("digits.csv", digits())

"""Tests the Spark driver in local mode (local[2]):

    python3 contrib/spark/test_gainsay_spark.py GAINSAY ARTICLES.jsonl

1. its conflicts are the set one `gainsay check` finds on the same articles;
2. a gainsay that fails or is killed while extracting, or fails while checking a bucket,
   makes the job fail, with no report written.

Needs pyspark and a Java runtime (.ci/run installs them); spark-submit is the one
pyspark carries.
"""

import json
import os
import subprocess
import sys
import tempfile

import pyspark

DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gainsay_spark.py")
SPARK_SUBMIT = os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit")
BUCKETS = 16


def conflicts(report):
    """A conflict as both sides see it; paths and lines differ (the driver's articles
    arrive on stdin), the fingerprint, rule, documents and sentences do not."""
    with open(report, encoding="utf-8") as f:
        found = json.load(f)["conflicts"]
    return {(c["id"], c["rule"], *(x["document"] for x in c["claims"]),
             *(x["sentence"] for x in c["claims"])) for c in found}


def spark(gainsay, articles, tmp, name):
    """Runs the driver; returns its exit code and the report, if one was written."""
    out, report = os.path.join(tmp, f"{name}-out"), os.path.join(tmp, f"{name}.json")
    command = [SPARK_SUBMIT, "--master", "local[2]", DRIVER, "--gainsay", gainsay,
               "--articles", articles, "--buckets", str(BUCKETS), "--out", out, "--report", report]
    with open(os.path.join(tmp, f"{name}.log"), "w") as log:
        code = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT).returncode
    return code, report if os.path.exists(report) else None


def broken(tmp, gainsay, name, when, action):
    """A gainsay that does `action` instead of the subcommand `when`, and is itself
    otherwise."""
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write(f'#!/bin/sh\nif [ "$1" = {when} ]; then {action}; fi\nexec {gainsay} "$@"\n')
    os.chmod(path, 0o755)
    return path


def main(gainsay, articles):
    gainsay = os.path.abspath(gainsay)
    with tempfile.TemporaryDirectory() as tmp:
        single = os.path.join(tmp, "single.json")
        check = [gainsay, "check", articles, "--format", "json", "--output", single, "--quiet"]
        code = subprocess.run(check).returncode
        assert code in (0, 1), f"gainsay check exited with {code}"
        code, report = spark(gainsay, articles, tmp, "spark")
        assert code == 0 and report, f"the Spark job failed ({code}); see its log"
        expected, got = conflicts(single), conflicts(report)
        assert got == expected, f"Spark found {len(got)} conflicts, one check {len(expected)}: " \
                                f"{len(got - expected)} extra, {len(expected - got)} missing"
        print(f"spark: {len(got)} conflicts over {BUCKETS} buckets, the same set as one gainsay check")
        for name, when, action in [("failing-extract", "extract", "exit 3"),
                                   ("killed-extract", "extract", "kill -9 $$"),
                                   ("failing-check", "check", "exit 4")]:
            code, report = spark(broken(tmp, gainsay, name, when, action), articles, tmp, name)
            assert code != 0, f"{name}: the Spark job succeeded"
            assert report is None, f"{name}: a report was written"
            print(f"spark: {name}: the job failed (exit {code}) and wrote no report")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])

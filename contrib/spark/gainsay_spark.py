"""Runs gainsay over a corpus of articles on Spark (classic mode, RDDs), and gets the
conflicts one `gainsay check` over the whole corpus would report.

    spark-submit --master yarn --files /opt/gainsay/bin/gainsay \\
        contrib/spark/gainsay_spark.py --gainsay ./gainsay \\
        --articles 'hdfs:///news/2025/*.jsonl' --buckets 256 --out hdfs:///gainsay/2025

The articles are JSON Lines, one article per line (the fields `gainsay check` reads).
Every partition of them is piped through `gainsay extract - --buckets N`; the claims are
sent to each bucket their pairing keys fall in, one partition per bucket, and every
bucket goes through `gainsay check --claims - --bucket I/N`. Written under --out:
`claims/` (claim records and what each extract read) and `findings/` (each bucket's
findings); `gainsay report --claims OUT/claims --conflicts OUT/findings` turns them into
any report format. With --report FILE the driver also runs that report itself, into FILE
as JSON (the records then pass through the driver: for corpora whose claims fit in it).

A gainsay that crashes, is killed or exits non-zero fails its task, and so the job: no
partition's claims are silently lost. See docs/scale-out.md.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile

from pyspark import SparkContext


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", required=True, help="articles, JSON Lines (any path Spark reads)")
    p.add_argument("--out", required=True, help="folder for claims/ and findings/ (must not exist)")
    p.add_argument("--buckets", type=int, default=64, help="buckets of pairing keys (default 64)")
    p.add_argument("--gainsay", default="gainsay",
                   help="the binary, as every node finds it: an absolute path (in the image), or "
                        "./gainsay when shipped with --files (placed in each task's working folder); "
                        "Spark runs piped commands without PATH")
    p.add_argument("--rules", action="append", default=[],
                   help="rule pack file or folder, as for gainsay --rules, found the same way; repeatable")
    p.add_argument("--no-default-rules", action="store_true", help="do not load the built-in packs")
    p.add_argument("--partitions", type=int, default=None, help="partitions of the articles (default: Spark's)")
    p.add_argument("--report", help="also write the JSON report of the whole run to this local file")
    return p.parse_args(argv)


def pack_args(args):
    rules = [a for r in args.rules for a in ("--rules", r)]
    return rules + (["--no-default-rules"] if args.no_default_rules else [])


def check_bucket(gainsay, buckets, packs):
    """Runs `gainsay check --claims` on one bucket's claim records; a failure raises, so
    the task fails rather than returning nothing."""

    def run(index, lines):
        command = [gainsay, "check", "--claims", "-", "--bucket", f"{index}/{buckets}", *packs]
        done = subprocess.run(command, input="".join(line + "\n" for _, line in lines),
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}: {done.stderr.strip()}")
        return done.stdout.splitlines()

    return run


def main(argv):
    args = parse_args(argv)
    sc = SparkContext(appName="gainsay")
    packs = pack_args(args)
    articles = sc.textFile(args.articles, minPartitions=args.partitions)
    # checkCode: a gainsay that exits non-zero or dies fails the task instead of yielding
    # a partition without claims.
    extract = [args.gainsay, "extract", "-", "--quiet", "--buckets", str(args.buckets), *packs]
    records = articles.pipe(shlex.join(extract), checkCode=True).cache()
    claims = records.filter(lambda line: json.loads(line)["record"] == "claim")
    # A claim goes to every bucket one of its pairing keys falls in; bucket i is
    # partition i, so each `check --claims` sees exactly its bucket's keys.
    routed = claims.flatMap(lambda line: [(b, line) for b in json.loads(line)["buckets"]])
    by_bucket = routed.partitionBy(args.buckets, lambda bucket: bucket)
    findings = by_bucket.mapPartitionsWithIndex(check_bucket(args.gainsay, args.buckets, packs))
    records.saveAsTextFile(os.path.join(args.out, "claims"))
    findings.saveAsTextFile(os.path.join(args.out, "findings"))
    if args.report:
        write_report(args, packs, records.collect(), findings.collect())
    sc.stop()


def write_report(args, packs, records, findings):
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, lines in (("claims", records), ("findings", findings)):
            paths[name] = os.path.join(tmp, f"{name}.jsonl")
            with open(paths[name], "w", encoding="utf-8") as f:
                f.writelines(line + "\n" for line in lines)
        command = [args.gainsay, "report", "--claims", paths["claims"], "--conflicts", paths["findings"],
                   "--format", f"json={args.report}", *packs]
        # 1: conflicts found; 2 would mean an article could not be read, or nothing compared.
        done = subprocess.run(command)
        if done.returncode not in (0, 1):
            sys.exit(f"gainsay report exited with {done.returncode}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""A month of ActionTrail deliveries summarized on Spark with kmsready, merged into usage summaries.

Lists a trail's OSS (or HDFS, or local) deliveries for a date range, plans shards of contiguous days
per account and region (so that shards hold different keys), ships the kmsready binary to the
executors, runs `kmsready traces summarize` on each shard, merges the summaries on the executors in a
tree (`--fan-in` at a time) and writes the result to an output prefix, one summary per part file:

    kmsready check --inventory INVENTORY --usage OUTPUT

gives the report `kmsready check --traces` gives over the same files, byte for byte. Every summary
names the files it read (size and fingerprint), so a file delivered twice, or two outputs that overlap,
are refused by kmsready rather than counted twice; a shard that kmsready refuses (a truncated gzip
file) fails the job with kmsready's message.

Standard library and pyspark only. See samples/spark/README.md for spark-submit on EMR.
"""

import argparse
import datetime
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession

LOGS = "/AliyunLogs/"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Summarize a trail's deliveries with kmsready on Spark.")
    parser.add_argument("--traces", required=True,
                        help="the trail's prefix, the folder that holds AliyunLogs/ (oss://bucket/prefix, hdfs://..., file:///..., or a local path)")
    parser.add_argument("--from", dest="first", required=True, help="the first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", required=True, help="the last day, YYYY-MM-DD (included)")
    parser.add_argument("--output", required=True, help="where the summaries are written (a prefix that must not exist)")
    parser.add_argument("--kmsready", default="kmsready",
                        help="the kmsready executable: a path on the driver (shipped to the executors), or the name of one shipped with --files")
    parser.add_argument("--event-type", default="Actiontrail", help="the folder under AliyunLogs/ (default Actiontrail)")
    parser.add_argument("--shard-megabytes", type=float, default=256,
                        help="bytes a shard reads at most, in MB on disk (default 256); a file is never split")
    parser.add_argument("--fan-in", type=int, default=8, help="summaries merged at a time (default 8)")
    parser.add_argument("--summaries", type=int, default=1, help="summaries written (default 1)")
    parser.add_argument("--cloud-cidrs", help="a file of public ranges that are yours inside Alibaba Cloud (kmsready --cloud-cidrs)")
    parser.add_argument("--read-by", choices=["spark", "path"],
                        help="spark: the executors get the files' bytes from Spark (oss://, hdfs://); path: they open the files where they are "
                             "(a local or mounted prefix); default: path for local prefixes, spark otherwise")
    parser.add_argument("--master", help="the Spark master when not run by spark-submit (e.g. local[2])")
    parser.add_argument("--stats", help="write what was planned, read and written, with times, to this JSON file (on the driver)")
    parser.add_argument("--plan-only", action="store_true", help="print the shards and stop")
    arguments = parser.parse_args(argv)
    arguments.first_day = datetime.date.fromisoformat(arguments.first)
    arguments.last_day = datetime.date.fromisoformat(arguments.last)
    if arguments.last_day < arguments.first_day:
        parser.error("--to is before --from")
    if arguments.fan_in < 2 or arguments.summaries < 1 or arguments.shard_megabytes <= 0:
        parser.error("--fan-in must be 2 or more, --summaries 1 or more, --shard-megabytes more than 0")
    return arguments


def is_local(prefix):
    return "://" not in prefix or prefix.startswith("file://")


def local_path(prefix):
    return prefix[len("file://"):] if prefix.startswith("file://") else prefix


# Listing


def months(first, last):
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def list_deliveries(spark, arguments):
    """(path, bytes) of every delivery in the date range: one glob per month and layout, listed by Hadoop
    in the JVM and collected once (a Python call per file through the bridge costs milliseconds each)."""
    root = arguments.traces.rstrip("/") + LOGS + arguments.event_type
    hadoop = spark.sparkContext._jvm.org.apache.hadoop.fs
    configuration = spark.sparkContext._jsc.hadoopConfiguration()
    globs = []
    for year, month in months(arguments.first_day, arguments.last_day):
        # An account's trail: <region>/YYYY/MM/DD/; a resource directory's: <rd>/<account>/<region>/YYYY/MM/DD/.
        for layout in ("*", "*/*/*"):
            pattern = "%s/%s/%04d/%02d/*/*" % (root, layout, year, month)
            path = hadoop.Path(pattern)
            statuses = path.getFileSystem(configuration).globStatus(path)
            if statuses is not None and len(statuses) > 0:
                globs.append(pattern)
    if not globs:
        return []
    rows = spark.read.format("binaryFile").load(globs).select("path", "length").collect()
    return [(row.path, row.length) for row in rows]


def place(path, event_type):
    """(account, region, day, name under the prefix) of a delivery, or None when the path is not one."""
    marker = LOGS + event_type + "/"
    at = path.find(marker)
    if at < 0:
        return None
    parts = path[at + len(marker):].split("/")
    if len(parts) == 5:
        account, (region, year, month, day, name) = "", parts
    elif len(parts) == 7:
        account, (region, year, month, day, name) = parts[0] + "/" + parts[1], parts[2:]
    else:
        return None
    if name.startswith(("_", ".")):
        return None
    try:
        date = datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return account, region, date, path[at + 1:]


# Planning


def plan_shards(deliveries, arguments):
    """Shards of contiguous days per account and region, each at most --shard-megabytes (or one file,
    when a file is larger): a shard's keys are its region's, and a key's calls land in as few shards as
    its region's month needs, so the summaries stay small."""
    limit = int(arguments.shard_megabytes * (1 << 20))
    groups = {}
    for path, size in deliveries:
        found = place(path, arguments.event_type)
        if found is None:
            continue
        account, region, date, name = found
        if arguments.first_day <= date <= arguments.last_day:
            groups.setdefault((account, region), []).append((date, name, path, size))
    shards = []
    for (account, region), files in sorted(groups.items()):
        files.sort()
        current, current_bytes = [], 0
        for date, name, path, size in files:
            if current and current_bytes + size > limit:
                shards.append({"account": account, "region": region, "files": current})
                current, current_bytes = [], 0
            current.append({"name": name, "path": path, "bytes": size, "day": date.isoformat()})
            current_bytes += size
        if current:
            shards.append({"account": account, "region": region, "files": current})
    for number, shard in enumerate(shards):
        shard["id"] = number
        shard["bytes"] = sum(entry["bytes"] for entry in shard["files"])
        shard["days"] = [shard["files"][0]["day"], shard["files"][-1]["day"]]
    return shards


# On the executors


class KMSReady:
    """The kmsready binary on an executor, checked once per Python worker."""

    checked = None

    def __init__(self, name):
        # Shipped by the job (SparkFiles), by spark-submit --files (the container's working folder), or on PATH.
        candidates = [name] if os.path.sep in name else [SparkFiles.get(name), os.path.join(os.getcwd(), name), shutil.which(name)]
        self.path = next((path for path in candidates if path and os.path.exists(path)), candidates[0])
        if not os.access(self.path, os.X_OK):
            # Files shipped by Spark may lose their mode; run a copy that has it.
            copy = os.path.join(tempfile.mkdtemp(prefix="kmsready-bin-"), "kmsready")
            shutil.copy(self.path, copy)
            os.chmod(copy, 0o755)
            self.path = copy
        if KMSReady.checked != self.path:
            try:
                started = subprocess.run([self.path, "--version"], capture_output=True, text=True, timeout=60)
            except OSError as error:
                raise RuntimeError("kmsready cannot start on %s: %s" % (socket.gethostname(), error))
            if started.returncode != 0:
                raise RuntimeError("kmsready cannot start on %s: %s (a static build runs on any Linux: see the README's 'Beyond one machine')"
                                   % (socket.gethostname(), (started.stderr or started.stdout).strip()))
            KMSReady.checked = self.path

    def run(self, arguments, directory, what):
        finished = subprocess.run([self.path] + arguments, cwd=directory, capture_output=True, text=True)
        if finished.returncode != 0:
            raise RuntimeError("%s: %s" % (what, finished.stderr.strip()))


def summarize_shard(shard, entries, binary, cloud_cidrs, read_by_path, prefix_root):
    """The summary of one shard's files, as text: the files are written below a folder of their own
    (read by Spark) or opened where they are (read by path), named as they are below the prefix."""
    kmsready = KMSReady(binary)
    work = tempfile.mkdtemp(prefix="kmsready-shard-")
    try:
        if read_by_path:
            directory = prefix_root
            names = [entry["name"] for entry in shard["files"]]
        else:
            directory = work + "/files"
            names = []
            for _, (name, content) in entries:
                target = os.path.join(directory, name)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as out:
                    out.write(content)
                names.append(name)
        listing = os.path.join(work, "files.txt")
        with open(listing, "w", encoding="utf-8") as out:
            out.write("\n".join(sorted(names)) + "\n")
        output = os.path.join(work, "summary.json")
        arguments = ["traces", "summarize", "--traces-from", listing, "--output", output, "--jobs", "1", "--quiet"]
        if cloud_cidrs:
            arguments += ["--cloud-cidrs", SparkFiles.get(os.path.basename(cloud_cidrs))]
        where = ", ".join(part for part in (shard["account"], shard["region"], "%s to %s" % tuple(shard["days"])) if part)
        kmsready.run(arguments, directory, "shard %d (%s)" % (shard["id"], where))
        with open(output, encoding="utf-8") as summary:
            return summary.read().rstrip("\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def merge_summaries(name, named_texts, binary):
    """One summary of several, merged by kmsready (which refuses two that read the same file); each is
    named by what it holds (shard-3.json, merge-1-0.json) in kmsready's messages."""
    kmsready = KMSReady(binary)
    work = tempfile.mkdtemp(prefix="kmsready-merge-")
    try:
        arguments = ["traces", "summarize", "--quiet", "--output", "merged.json"]
        for summary_name, text in named_texts:
            with open(os.path.join(work, summary_name + ".json"), "w", encoding="utf-8") as out:
                out.write(text + "\n")
            arguments += ["--usage", summary_name + ".json"]
        kmsready.run(arguments, work, name)
        with open(os.path.join(work, "merged.json"), encoding="utf-8") as merged:
            return merged.read().rstrip("\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


# The job


def kmsready_message(error):
    """One line for a failed job: kmsready's own words when an executor raised them (a RuntimeError in
    the task's traceback), else the first line of the Java exception, else the error itself."""
    java = getattr(error, "java_exception", None)
    lines = [line.strip() for line in str(java if java is not None else error).splitlines() if line.strip()]
    for line in lines:
        if "RuntimeError: " in line:
            return line.split("RuntimeError: ", 1)[1]
    return lines[0] if lines else repr(error)


def run(spark, arguments):
    stats = {"started": time.time()}
    context = spark.sparkContext
    output = context._jvm.org.apache.hadoop.fs.Path(arguments.output)
    if not arguments.plan_only and output.getFileSystem(context._jsc.hadoopConfiguration()).exists(output):
        raise RuntimeError("%s exists: name a new output prefix (the job never overwrites summaries)" % arguments.output)
    deliveries = list_deliveries(spark, arguments)
    shards = plan_shards(deliveries, arguments)
    stats["listed"] = time.time()
    stats["files"] = sum(len(shard["files"]) for shard in shards)
    stats["bytes"] = sum(shard["bytes"] for shard in shards)
    stats["shards"] = [{"id": s["id"], "account": s["account"], "region": s["region"], "days": s["days"], "files": len(s["files"]),
                        "bytes": s["bytes"]} for s in shards]
    print("kmsready-spark: %d files, %d bytes, %d shards" % (stats["files"], stats["bytes"], len(shards)), file=sys.stderr)
    if arguments.plan_only:
        for shard in stats["shards"]:
            print(json.dumps(shard, sort_keys=True))
        return stats
    if not shards:
        raise RuntimeError("no deliveries under %s%s%s between %s and %s" % (arguments.traces.rstrip("/"), LOGS, arguments.event_type,
                                                                              arguments.first, arguments.last))
    binary = arguments.kmsready
    if os.path.exists(binary):
        context.addFile(os.path.abspath(binary))
        binary = os.path.basename(binary)
    if arguments.cloud_cidrs:
        context.addFile(os.path.abspath(arguments.cloud_cidrs))
    read_by_path = (arguments.read_by or ("path" if is_local(arguments.traces) else "spark")) == "path"
    prefix_root = os.path.abspath(local_path(arguments.traces.rstrip("/")))
    cidrs = arguments.cloud_cidrs
    shard_of = context.broadcast({entry["path"]: shard["id"] for shard in shards for entry in shard["files"]})
    by_id = context.broadcast({shard["id"]: shard for shard in shards})
    count = len(shards)

    if read_by_path:
        # Each task opens its shard's files where they are: no bytes pass through Spark.
        summaries = context.parallelize([shard["id"] for shard in shards], count).map(
            lambda number: (number, summarize_shard(by_id.value[number], None, binary, cidrs, True, prefix_root)))
    else:
        # Spark reads the bytes (oss:// through JindoSDK on EMR) and hands each shard's files to one task:
        # partitioned by shard, since a file source splits by its own measure whatever is asked of it.
        names = context.broadcast({entry["path"]: entry["name"] for shard in shards for entry in shard["files"]})
        contents = spark.read.format("binaryFile").load(sorted({entry["path"] for shard in shards for entry in shard["files"]}))
        keyed = contents.select("path", "content").rdd.map(lambda row: (shard_of.value[row.path], (names.value[row.path], bytes(row.content))))
        summaries = keyed.partitionBy(count, lambda number: number).mapPartitionsWithIndex(
            lambda number, rows: [(number, summarize_shard(by_id.value[number], rows, binary, cidrs, False, prefix_root))])
    summaries = [("shard-%d" % number, text) for number, text in sorted(summaries.collect())]
    stats["summarized"] = time.time()
    levels = [{"summaries": len(summaries), "bytes": sum(len(text.encode("utf-8")) + 1 for _, text in summaries)}]

    # The tree: groups of --fan-in merged on the executors until --summaries are left.
    level = 0
    while len(summaries) > arguments.summaries:
        level += 1
        groups = max(arguments.summaries, (len(summaries) + arguments.fan_in - 1) // arguments.fan_in)
        fan_in = (len(summaries) + groups - 1) // groups
        grouped = {}
        for position, named in enumerate(summaries):
            grouped.setdefault("merge-%d-%d" % (level, position // fan_in), []).append(named)
        summaries = sorted(context.parallelize(sorted(grouped.items()), len(grouped)).map(
            lambda item: (item[0], merge_summaries(item[0], item[1], binary))).collect())
        levels.append({"summaries": len(summaries), "bytes": sum(len(text.encode("utf-8")) + 1 for _, text in summaries)})
    stats["merged"] = time.time()
    stats["levels"] = levels

    texts = [text for _, text in sorted(summaries)]
    context.parallelize(texts, len(texts)).saveAsTextFile(arguments.output)
    stats["written"] = time.time()
    print("kmsready-spark: wrote %d summaries (%d bytes) to %s; now: kmsready check --inventory ... --usage %s"
          % (len(texts), levels[-1]["bytes"], arguments.output, arguments.output), file=sys.stderr)
    return stats


def main(argv):
    arguments = parse_arguments(argv)
    builder = SparkSession.builder.appName("kmsready traces summarize")
    if arguments.master:
        builder = builder.master(arguments.master)
    spark = builder.getOrCreate()
    status = 0
    try:
        stats = run(spark, arguments)
    except Exception as error:  # a failed stage carries the executor's error, kmsready's message in it
        print("kmsready-spark: %s" % kmsready_message(error), file=sys.stderr)
        stats, status = None, 2
    finally:
        spark.stop()
    if stats is not None and arguments.stats:
        with open(arguments.stats, "w", encoding="utf-8") as out:
            json.dump(stats, out, indent=2, sort_keys=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

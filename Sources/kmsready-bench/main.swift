import Foundation
import KMSReady

// kmsready-bench: generates trace files of a given size with a fixed seed, folds them with kmsready's
// trace reader on one core and on all cores, and prints MB/s, events/s and peak RSS per form beside
// the floor (`wc -l`, and `gzip -dc` for gzip). Each fold runs in a child process so that its peak
// RSS is its own. See the README's "Benchmark" section.

let usage = """
    usage: kmsready-bench [--megabytes N] [--keys N] [--jobs N] [--forms F,F...] [--callers P] [--dir DIR] [--runs N] [--scale-check]
      --megabytes N   size of each generated file before compression (default 256)
      --keys N        distinct keys in the events (default 10000)
      --jobs N        the "all cores" run (default: the number of cores)
      --forms         json-lines, json-array, sls-export, json-lines.gz (default: all)
      --callers P     fleet (addresses, sessions and agents vary as in a real fleet), repeated (every
                      caller fixed) or fleet-varying-ids (fleet, RAM users' principal ids new on each
                      call); default: all three, fleet first; --scale-check uses the first
      --dir DIR       where to write the files (default: a new temporary folder, removed afterwards)
      --runs N        runs per measurement; the fastest is shown, and the medians' speed-up (default 5)
      --scale-check   also fold 200 MB and 2 GB of JSON lines with the same keys and compare peak RSS
    usage: kmsready-bench summary [--groups N] [--keys N] [--runs N]
      writes the usage summary file of a summary with many call groups per key (default 24,000 groups
      over 100 keys) on one core and prints the time and MB/s, median and best of the runs (default 9)
    usage: kmsready-bench scan [--files N] [--runs N]
      generates a repository of N source files (default 10,000) in seven languages, some with KMS calls,
      some with AWS look-alikes, 10 % vendored, and times kmsready scan on one core (median of the runs)
    usage: kmsready-bench memory [--megabytes N]
      peak RSS of kmsready reading one input of each kind of about N MB (default 256): a valid usage
      summary and inventory, and gzip ones whose values would take many times their text
    usage: kmsready-bench estate [--keys N] [--events N] [--jobs N] [--dir DIR]
      checks a generated estate (default 10,000 keys, 200,000 events) writing JSON, HTML, Markdown and
      SARIF, and prints each stage's time and each output's size
    usage: kmsready-bench trail --dir DIR [--megabytes N] [--days N] [--keys N] [--damaged]
      writes a trail's month as OSS holds it (DIR/AliyunLogs/Actiontrail/<region>/YYYY/MM/DD/*.gz, from
      2026-11-01, default 1,024 MB of events over 30 days) and its inventory (DIR/inventory); with
      --damaged one event in 500 is broken
    usage: kmsready-bench spark [--megabytes N] [--days N] [--keys N] [--runs N] [--shard-megabytes N]
                                [--dir DIR] [--master M] [--python P] [--kmsready PATH]
      one machine (traces summarize on 1 and 2 cores) against samples/spark/kmsready_spark.py (default
      local[2], read by path and by Spark) on such a month: wall time (median of 3), the summaries each
      writes, and whether check --usage gives the same report; needs pyspark (pip) and a JDK 17
    """

MemoryPolicy.apply()
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "fold" {
    exit(BenchFold.run(Array(arguments.dropFirst())))
}
if arguments.first == "read" {
    exit(MemoryBenchmark.read(Array(arguments.dropFirst())))
}
do {
    if arguments.first == "trail" {
        try SparkBenchmark(Array(arguments.dropFirst()), command: "trail").writeTrail()
    } else if arguments.first == "spark" {
        try SparkBenchmark(Array(arguments.dropFirst()), command: "spark").run()
    } else if arguments.first == "estate" {
        try EstateBenchmark(Array(arguments.dropFirst())).run()
    } else if arguments.first == "scan" {
        try ScanBenchmark(Array(arguments.dropFirst())).run()
    } else if arguments.first == "memory" {
        try MemoryBenchmark(Array(arguments.dropFirst())).run()
    } else if arguments.first == "summary" {
        try SummaryBenchmark(Array(arguments.dropFirst())).run()
    } else {
        try Benchmark(try BenchOptions(arguments)).run()
    }
} catch let error as BenchOptions.Invalid {
    FileHandle.standardError.write(Data("kmsready-bench: \(error.message)\n\(usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("kmsready-bench: \(error)\n".utf8))
    exit(2)
}

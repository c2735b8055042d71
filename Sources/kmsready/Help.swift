import KMSReady

/// The `--help` text.
enum Help {
    static let text = """
    kmsready \(KMSReadyVersion.version): can each Alibaba Cloud KMS key move from the default KMS instance to a dedicated one?

    USAGE
      kmsready check --inventory PATH [--traces PATH] [--usage FILE] [options]
      kmsready traces summarize --traces PATH [--usage FILE] [--output FILE] [--jobs N]
      kmsready rules list|show ID|test [DIR...]|facts [--rules DIR]

    CHECK
      --inventory PATH    KMS API responses (ListKeys, DescribeKey, ListKeyVersions, ListAliases,
                          ListResourceTags) as the aliyun CLI prints them; a file or a folder, repeatable
      --traces PATH       ActionTrail events of KMS calls: LookupEvents pages, JSON arrays, JSON lines,
                          SLS exports, gzip-compressed or not; a file or a folder, repeatable.
                          Without traces, the usage rules are not evaluated and the verdicts say so.
      --usage FILE        a usage summary written by 'traces summarize'; repeatable, merged with --traces
      --jobs N            read traces on N cores (default: all); large plain JSON-lines files are split
      --rules DIR         add the rules in DIR (one JSON rule per file) to the built-in rules
      --cloud-cidrs FILE  public address ranges (one per line) that are yours inside Alibaba Cloud
      --format FORMAT     table (default) or json
      --output FILE       write the report to FILE (atomically) instead of standard output
      --fail-on VERDICT   exit 1 when a key's verdict is VERDICT or worse:
                          blocked, needs-review, eligible-after-remediation, eligible
      --quiet             print nothing but errors

    TRACES SUMMARIZE
      Folds traces into one usage summary file (JSON, versioned) that check --usage reads: summarize
      shards of the logs wherever they are, merge them in one check. Takes --traces, --usage,
      --cloud-cidrs, --jobs, --output FILE (atomic; default: standard output) and --quiet.
      Progress shows on standard error when it is a terminal, unless --quiet.

    RULES
      list                the rules with id, verdict, severity and title
      show ID             one rule in full
      test [DIR...]       run the examples of the rules in DIR (default: the built-in rules)
      facts               the facts and placeholders rules can use

    EXIT STATUS
      0 ran, nothing reached --fail-on   1 some key reached --fail-on   2 usage or input error
    """
}

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
      --format FORMAT     table (default), json, csv, markdown, html, sarif or junit, on standard output
      --output FILE       write the report to FILE (atomically) instead; repeatable; the format comes from
                          the extension (.json .csv .md .html .sarif .xml .txt) or FORMAT:FILE
      --fail-on VERDICT   exit 1 when a key's unwaived findings reach VERDICT or worse (default: never):
                          blocked, needs-review, eligible-after-remediation, eligible
      --waivers FILE      accepted findings (JSON): key id or alias and rule id (globs), reason,
                          approvedBy, expires; waived findings stay in reports but do not fail
      --today DATE        the date waivers expire against (YYYY-MM-DD; default: today, UTC)
      --baseline FILE     a JSON report of an earlier run: marks keys new, changed, unchanged, gone
      --fail-on-new       with --baseline: fail only on keys that are new or got worse (at --fail-on,
                          default eligible-after-remediation)
      --filter CRITERION  report only keys with verdict=V[,V], rule=ID[,ID] (globs), region=R[,R] or
                          tag=KEY=VALUE; repeatable, all must hold
      --quiet             print nothing but errors
      Colours only on a terminal, never when NO_COLOR is set.

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

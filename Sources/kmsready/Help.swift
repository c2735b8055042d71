import KMSReady

/// The `--help` text.
enum Help {
    static let text = """
    kmsready \(KMSReadyVersion.version): can each Alibaba Cloud KMS key move from the default KMS instance to a dedicated one?

    USAGE
      kmsready check --inventory PATH [--traces PATH] [--usage FILE] [options]
      kmsready ticket --inventory PATH [--traces PATH] [--usage FILE] --destination kst-…|MAP [options]
      kmsready plan --inventory PATH [--traces PATH] [--usage FILE] --destination kst-…|MAP [options]
      kmsready traces summarize --traces PATH [--usage FILE] [--output FILE] [--jobs N] [--pretty]
      kmsready secrets plan --inventory PATH --to-region REGION [--destination-inventory PATH] [--edition 2023|2025]
          [--destination-instance kst-…] [--encryption-key KEY] [--traces PATH] [--format markdown|json] [--output FILE]
      kmsready rules list|show ID|test [DIR...]|facts [--rules DIR]

    CHECK
      --inventory PATH    KMS API responses (ListKeys, DescribeKey, ListKeyVersions, ListAliases,
                          ListResourceTags; ListSecrets, DescribeSecret, ListSecretVersionIds) as the
                          aliyun CLI prints them; a file or a folder, repeatable. A GetSecretValue
                          response holds a secret value and is refused (exit 2)
      --traces PATH       ActionTrail events of KMS calls: LookupEvents pages, JSON arrays, JSON lines,
                          SLS exports, gzip-compressed or not; a file or a folder, repeatable.
                          Without traces, the usage rules are not evaluated and the verdicts say so;
                          likewise for the keys of an account and region whose traces hold no
                          cryptographic call (a trail that records Write events only) or no event.
      --min-trace-days N  warn on keys with no observed use where the traced period is shorter (default 30)
      --usage FILE        a usage summary written by 'traces summarize'; repeatable, merged with --traces
      --jobs N            read traces on N cores (default: all); large plain JSON-lines files are split
      --edition E         the rules of which migration: 2023 (default: the page of 2023-09-12, a support
                          ticket per migration) or 2025 (today's self-service Migration Tool); every
                          report names the edition, its dates and its sources
      --destination D     where keys move: kst-… or a JSON map (see TICKET, PLAN); entries may say
                          "type": "software"|"hardware" (2025: key specs)
      --destination-type T  software or hardware: the destinations' type where the map does not say it
      --destination-inventory PATH  the destination's export: its secrets (a name clash blocks a secret
                          under 2025) and, for the 2025 plan, GetKmsInstance, GetKmsInstanceQuotaInfos,
                          ListKmsInstances and GetDefaultKmsInstance responses
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

    TICKET, PLAN
      Support-ticket payloads (ticket) and the whole migration as an ordered checklist (plan). With
      --edition 2025, plan gives per region and destination the Migration Tool's runs (at most 50 keys and
      50 secrets each, every secret after its key), the checks before them and what follows, and ticket
      only what the Migration Tool may not take. Both take --inventory, --traces, --usage, --rules,
      --cloud-cidrs, --jobs, --min-trace-days, --edition, --destination-type, --destination-inventory and:
      --destination D     a KMS instance id kst-… for every key, or a JSON map (a file, or the JSON itself)
                          {"destinations": [{"region": R, "tag": "KEY=VALUE", "instance": "kst-…"}]};
                          the most specific entry wins; a key no entry matches is listed as unassigned
      --per-key           one ticket per key (default: one per destination and region)
      --from DATE         the first day a window may fall on (YYYY-MM-DD; default: tomorrow in --timezone)
      --within-days N     how many days to search for the window (default 14)
      --window-hours N    the window's length (default 2)
      --timezone ZONE     IANA name the window is shown in beside UTC (default UTC)
      --template FILE     the ticket's wording (default rules/tickets/ticket.txt or ticket.md; see the README)
      --format FORMAT     ticket: text (default), markdown or json; plan: markdown (default) or json
      --output FILE       write to FILE (atomically) instead of standard output
      --quiet             no summary or warnings on standard error

    TRACES SUMMARIZE
      Folds traces into one usage summary file (JSON, versioned) that check --usage reads: summarize
      shards of the logs wherever they are, merge them in one check. Takes --traces, --usage,
      --cloud-cidrs, --jobs, --output FILE (atomic; default: standard output), --pretty (indented
      instead of one line) and --quiet.
      Progress shows on standard error when it is a terminal, unless --quiet.

    SECRETS PLAN
      Re-creates the inventory's secrets in a KMS instance of --to-region (another region when a region is
      retired, their own when leaving the default instance): per secret the path by type (re-create,
      backup-restore, delete-and-recreate, none, needs-review; under --edition 2025 a secret staying in its
      region: migration-tool), preflight checks (fail, warn, unknown, pass) and the
      API calls in order, with placeholders where values go: never a value. Takes --inventory, --traces,
      --usage, --cloud-cidrs, --jobs and:
      --to-region REGION            where the secrets go
      --destination-inventory PATH  the destination region's export: a name already there fails preflight
      --destination-instance kst-…  the KMS instance the secrets go into
      --encryption-key KEY          the key of that instance that encrypts them
      --format FORMAT               markdown (default: a numbered checklist per secret) or json
      --output FILE                 write to FILE (atomically) instead of standard output
      --quiet                       no summary on standard error
      Exit status 1 when a secret's preflight failed.

    RULES
      list                the rules with id, editions, subject (key or secret), verdict, severity and
                          title, then the editions with their dates
      show ID             one rule in full, with its editions and its sources (dated pages)
      test [DIR...]       run the examples of the rules in DIR (default: the built-in rules)
      facts               the facts and placeholders rules can use

    EXIT STATUS
      0 ran, nothing reached --fail-on   1 some key reached --fail-on   2 usage or input error
    """
}

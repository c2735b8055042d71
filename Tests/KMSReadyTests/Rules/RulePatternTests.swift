import Testing
@testable import KMSReady

@Suite struct RulePatternTests {
    /// Every pattern gives the answer Swift's backtracking `Regex` gives, on texts that match and do not.
    @Test func agreesWithSwiftRegex() throws {
        let patterns = [
            "^alias/acs/", "acs", "^key-[a-z0-9]{4,}$", "(?:Decrypt|Encrypt)$", "^a(b|c)*d$", "[^a-z]", "\\d+\\.\\d+",
            "^$", "x?y+z*", "^(ab){2}$", "^(ab){1,2}c", "a{2,}", "\\w+@\\w+", "\\s", "^[A-Z][a-z-]+$", "a.c", "\\/", "[.]",
            "^(a|ab)(c|bcd)(d*)$", "(a*)*b", "^alias/(prod|stage)-[0-9]+$", "[\\d_]+", "^.*$", "b|", "[a\\-z]",
        ]
        let texts = [
            "", "alias/acs/ecs", "alias/acs", "key-ab12", "key-AB", "Decrypt", "ReEncrypt", "abcbd", "ad", "abd", "1.25",
            "xyz", "yy", "abab", "ababc", "abc", "aa", "me@host", "a b", "Hello-world", "a/c", "a.c", "abcd", "aaab", "aaaa",
            "alias/prod-12", "alias/dev-1", "_9", "-", "ümlaut", "multi\nline",
        ]
        for pattern in patterns {
            let ours = try RulePattern(pattern)
            let reference = try Regex(pattern)
            for text in texts {
                #expect(ours.matches(text) == text.contains(reference), "\(pattern) on \(text.debugDescription)")
            }
        }
        #expect(try RulePattern("(?i)^ALIAS/Acs/").matches("alias/acs/rds"))
        #expect(try !RulePattern("^ALIAS/").matches("alias/acs/rds"))
    }

    /// Regression (issue 35, defect 6): `^(a+)+$` against 41 characters ran for ever under `Regex`;
    /// here it is a few hundred steps, and so is a text a million characters long.
    @Test func catastrophicPatternsRunInLinearTime() throws {
        let pattern = try RulePattern("^(a+)+$")
        #expect(!pattern.matches(String(repeating: "a", count: 40) + "b"))
        #expect(!pattern.matches(String(repeating: "a", count: 1_000_000) + "b"))
        #expect(pattern.matches(String(repeating: "a", count: 1_000)))
        #expect(try !RulePattern("(x+x+)+y").matches(String(repeating: "x", count: 10_000)))
    }

    @Test(arguments: [
        ("(a)\\1", "'\\1' is not supported (back-references need backtracking) at character 5"),
        ("(?=a)", "look-around and other '(?' groups need backtracking and are not supported at character 2"),
        ("a{101}", "a repeat count over 100 at character 5"),
        ("((a{100}){100}){100}", "the pattern compiles to more than 10000 steps"),
        ("(a", "'(' is never closed at character 3"),
        ("a)", "unbalanced ')' at character 2"),
        ("[a", "'[' is never closed at character 3"),
        ("*a", "'*' repeats nothing at character 2"),
        ("a{3,1}", "a repeat count {n,m} with m < n at character 7"),
        ("[z-a]", "a range whose end comes before its start at character 5"),
    ])
    func patternsOutsideTheSyntaxAreRefused(_ source: String, _ message: String) {
        #expect(throws: RulePatternError(message)) { try RulePattern(source) }
    }
}

/// A rule's regular expression (`matches`), run in time linear in the text whatever the pattern: the
/// pattern is compiled to a nondeterministic automaton that is followed in all its states at once, one
/// character at a time (Thompson's construction), never by backtracking. `^(a+)+$` against forty `a`s
/// and a `b` takes some 40 × 10 steps, not 2^40.
///
/// The syntax is the common core of regular expressions: characters, `.`, classes `[a-z_]` and `[^…]`,
/// `\d \w \s` (and `\D \W \S`), escapes of punctuation (`\.`, `\/`), anchors `^` and `$` (the text's ends),
/// groups `(…)` and `(?:…)`, alternation `|`, and `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (at most
/// ``maximumRepeat``), lazy or not (the same: only whether it matches counts). `(?i)` first makes it
/// ignore the case of ASCII letters. Back-references and look-around need backtracking and are refused, as is a pattern longer
/// than ``maximumLength`` or compiled to more than ``maximumSteps`` steps. A pattern matches when it
/// matches anywhere in the text, as `String.contains` does.
public struct RulePattern: Sendable {
    /// The longest pattern accepted, in characters.
    public static let maximumLength = 1_000
    /// The largest count a `{n,m}` may give.
    public static let maximumRepeat = 100
    /// The most steps a compiled pattern may hold: matching takes at most this many per character.
    public static let maximumSteps = 10_000

    /// The pattern as written.
    public let source: String
    private let program: [Step]
    private let ignoresCase: Bool

    /// Compiles `source`; a pattern outside the syntax above is an error saying why.
    public init(_ source: String) throws(RulePatternError) {
        guard source.count <= Self.maximumLength else { throw RulePatternError("longer than \(Self.maximumLength) characters") }
        var text = Array(source.unicodeScalars)
        var ignoresCase = false
        if text.starts(with: Array("(?i)".unicodeScalars)) {
            ignoresCase = true
            text.removeFirst(4)
        }
        var parser = PatternParser(text: text)
        let tree = try parser.parseAlternation()
        guard parser.atEnd else { throw RulePatternError("unbalanced ')' at character \(parser.position + 1)") }
        var compiler = PatternCompiler()
        try compiler.emit(tree)
        compiler.program.append(.match)
        self.source = source
        self.program = compiler.program
        self.ignoresCase = ignoresCase
    }

    /// Whether the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current = StateSet(count: program.count)
        var next = StateSet(count: program.count)
        for position in 0...scalars.count {
            // A match may start at any position: a thread enters at the first step each time.
            if add(0, to: &current, at: position, in: scalars) { return true }
            guard position < scalars.count else { break }
            let scalar = scalars[position]
            next.clear()
            for state in current.members {
                if case .scalars(let set) = program[state], set.contains(scalar) || ignoresCase && set.contains(Self.otherCase(scalar)),
                   add(state + 1, to: &next, at: position + 1, in: scalars) {
                    return true
                }
            }
            swap(&current, &next)
        }
        return false
    }

    /// The other case of an ASCII letter; any other character as it is.
    private static func otherCase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return Unicode.Scalar(scalar.value ^ 0x20)!
        default: return scalar
        }
    }

    /// Adds `state` and every state reached from it without reading a character; `true` when one is the match.
    private func add(_ state: Int, to set: inout StateSet, at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var pending = [state]
        while let state = pending.popLast() {
            guard set.insert(state) else { continue }
            switch program[state] {
            case .match: return true
            case .scalars: break
            case .jump(let target): pending.append(target)
            case .split(let first, let second): pending.append(second); pending.append(first)
            case .textStart: if position == 0 { pending.append(state + 1) }
            case .textEnd: if position == scalars.count { pending.append(state + 1) }
            }
        }
        return false
    }

    /// One step of the automaton.
    fileprivate enum Step: Sendable {
        case scalars(ScalarSet)
        case jump(Int)
        case split(Int, Int)
        case textStart, textEnd
        case match
    }

    /// The states a set of threads are in, each once, listed in the order they were added.
    private struct StateSet {
        private var present: [Bool]
        private(set) var members: [Int] = []

        init(count: Int) { present = Array(repeating: false, count: count) }

        mutating func insert(_ state: Int) -> Bool {
            if present[state] { return false }
            present[state] = true
            members.append(state)
            return true
        }

        mutating func clear() {
            for state in members { present[state] = false }
            members.removeAll(keepingCapacity: true)
        }
    }
}

/// A rule pattern that cannot be used, and why.
public struct RulePatternError: Error, Equatable, Sendable {
    /// What is wrong with the pattern.
    public let message: String
    init(_ message: String) { self.message = message }
}

/// The characters one step of a pattern accepts: ranges, possibly negated.
fileprivate struct ScalarSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var negated = false

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        ranges.contains { $0.contains(scalar.value) } != negated
    }

    static let any = ScalarSet(ranges: [0x0A...0x0A], negated: true)
    static let digits = ScalarSet(ranges: [0x30...0x39])
    static let word = ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    static let space = ScalarSet(ranges: [0x09...0x0D, 0x20...0x20])
}

/// A parsed pattern.
fileprivate indirect enum PatternNode {
    case scalars(ScalarSet)
    case sequence([PatternNode])
    case alternatives([PatternNode])
    case repeated(PatternNode, minimum: Int, maximum: Int?)
    case textStart, textEnd
}

/// Parses a pattern's characters into a `PatternNode`.
fileprivate struct PatternParser {
    let text: [Unicode.Scalar]
    var position = 0

    var atEnd: Bool { position >= text.count }

    private var peek: Unicode.Scalar? { atEnd ? nil : text[position] }

    private func error(_ message: String) -> RulePatternError {
        RulePatternError("\(message) at character \(position + 1)")
    }

    mutating func parseAlternation() throws(RulePatternError) -> PatternNode {
        var alternatives = [try parseSequence()]
        while peek == "|" {
            position += 1
            alternatives.append(try parseSequence())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternatives(alternatives)
    }

    private mutating func parseSequence() throws(RulePatternError) -> PatternNode {
        var items: [PatternNode] = []
        while let scalar = peek, scalar != "|", scalar != ")" {
            var item = try parseAtom()
            while let (minimum, maximum) = try parseQuantifier() {
                if case .textStart = item { throw error("a quantifier after '^'") }
                item = .repeated(item, minimum: minimum, maximum: maximum)
            }
            items.append(item)
        }
        return .sequence(items)
    }

    private mutating func parseAtom() throws(RulePatternError) -> PatternNode {
        let scalar = text[position]
        position += 1
        switch scalar {
        case "^": return .textStart
        case "$": return .textEnd
        case ".": return .scalars(.any)
        case "[": return .scalars(try parseClass())
        case "\\": return .scalars(try parseEscape())
        case "(":
            if peek == "?" {
                guard position + 1 < text.count, text[position + 1] == ":" else {
                    throw error("look-around and other '(?' groups need backtracking and are not supported")
                }
                position += 2
            }
            let inner = try parseAlternation()
            guard peek == ")" else { throw error("'(' is never closed") }
            position += 1
            return inner
        case "*", "+", "?", "{": throw error("'\(scalar)' repeats nothing")
        default: return .scalars(literal(scalar))
        }
    }

    /// The set of one literal character.
    private func literal(_ scalar: Unicode.Scalar) -> ScalarSet {
        ScalarSet(ranges: [scalar.value...scalar.value])
    }

    /// `*`, `+`, `?` or `{…}` (and a lazy `?` after it), or `nil` when none comes next.
    private mutating func parseQuantifier() throws(RulePatternError) -> (Int, Int?)? {
        let bounds: (Int, Int?)
        switch peek {
        case "*": position += 1; bounds = (0, nil)
        case "+": position += 1; bounds = (1, nil)
        case "?": position += 1; bounds = (0, 1)
        case "{":
            position += 1
            let minimum = try parseCount()
            var maximum: Int? = minimum
            if peek == "," {
                position += 1
                maximum = peek == "}" ? nil : try parseCount()
            }
            guard peek == "}" else { throw error("expected '}' to close a repeat count") }
            position += 1
            if let maximum, maximum < minimum { throw error("a repeat count {n,m} with m < n") }
            bounds = (minimum, maximum)
        default:
            return nil
        }
        if peek == "?" { position += 1 }
        if peek == "+" { throw error("possessive repeats are not supported") }
        return bounds
    }

    private mutating func parseCount() throws(RulePatternError) -> Int {
        var value = 0
        var digits = 0
        while let scalar = peek, ("0"..."9").contains(scalar) {
            value = value * 10 + Int(scalar.value - 0x30)
            digits += 1
            if value > RulePattern.maximumRepeat { throw error("a repeat count over \(RulePattern.maximumRepeat)") }
            position += 1
        }
        guard digits > 0 else { throw error("expected a number in a repeat count") }
        return value
    }

    private mutating func parseEscape() throws(RulePatternError) -> ScalarSet {
        guard let scalar = peek else { throw error("'\\' at the end of the pattern") }
        position += 1
        switch scalar {
        case "d": return .digits
        case "D": return ScalarSet(ranges: ScalarSet.digits.ranges, negated: true)
        case "w": return .word
        case "W": return ScalarSet(ranges: ScalarSet.word.ranges, negated: true)
        case "s": return .space
        case "S": return ScalarSet(ranges: ScalarSet.space.ranges, negated: true)
        case "n": return literal("\n")
        case "t": return literal("\t")
        default:
            guard scalar.value < 0x80, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
                position -= 1
                throw error("'\\\(scalar)' is not supported (back-references need backtracking)")
            }
            return literal(scalar)
        }
    }

    /// A class `[…]` after its `[`.
    private mutating func parseClass() throws(RulePatternError) -> ScalarSet {
        var set = ScalarSet()
        if peek == "^" { set.negated = true; position += 1 }
        var first = true
        while true {
            guard let scalar = peek else { throw error("'[' is never closed") }
            if scalar == "]" && !first { position += 1; return set }
            first = false
            position += 1
            var low: Unicode.Scalar = scalar
            if scalar == "\\" {
                let escaped = try parseEscape()
                guard escaped.ranges.count == 1, !escaped.negated, escaped.ranges[0].count == 1 else {
                    set.ranges += escaped.negated ? [] : escaped.ranges
                    if escaped.negated { throw error("a negated class escape inside '[…]' is not supported") }
                    continue
                }
                low = Unicode.Scalar(escaped.ranges[0].lowerBound)!
            }
            if peek == "-", position + 1 < text.count, text[position + 1] != "]" {
                position += 1
                var high = text[position]
                position += 1
                if high == "\\" {
                    guard let escaped = peek else { throw error("'\\' at the end of the pattern") }
                    high = escaped
                    position += 1
                }
                guard low.value <= high.value else { throw error("a range whose end comes before its start") }
                set.ranges.append(low.value...high.value)
            } else {
                set.ranges.append(low.value...low.value)
            }
        }
    }
}

/// Compiles a `PatternNode` into steps.
fileprivate struct PatternCompiler {
    var program: [RulePattern.Step] = []

    mutating func emit(_ node: PatternNode) throws(RulePatternError) {
        guard program.count <= RulePattern.maximumSteps else {
            throw RulePatternError("the pattern compiles to more than \(RulePattern.maximumSteps) steps")
        }
        switch node {
        case .scalars(let set):
            program.append(.scalars(set))
        case .textStart:
            program.append(.textStart)
        case .textEnd:
            program.append(.textEnd)
        case .sequence(let items):
            for item in items { try emit(item) }
        case .alternatives(let alternatives):
            var jumps: [Int] = []
            for (index, alternative) in alternatives.enumerated() {
                if index < alternatives.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    try emit(alternative)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(alternative)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repeated(let inner, let minimum, let maximum):
            for _ in 0..<minimum { try emit(inner) }
            if let maximum {
                // Each optional copy may be skipped to the end.
                var splits: [Int] = []
                for _ in minimum..<maximum {
                    splits.append(program.count)
                    program.append(.split(program.count + 1, 0))
                    try emit(inner)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, 0))
                try emit(inner)
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}

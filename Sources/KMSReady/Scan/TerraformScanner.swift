/// Finds the KMS resources and data sources of a Terraform file (`alicloud_kms_key`, `alicloud_kms_secret`,
/// `alicloud_kms_alias`, `alicloud_kms_ciphertext`, `alicloud_kms_plaintext`, …): where each is declared,
/// the attributes its `lifecycle { ignore_changes = […] }` lists, whether it sets `dkms_instance_id`, and
/// the key references it holds (`kms3-migration.md` (b) 7: a migration adds `dkms_instance_id`).
enum TerraformScanner {
    static func observations(_ tokens: [SourceToken], file: SourceFileContext) -> [CodeObservation] {
        var observations: [CodeObservation] = []
        var index = 0
        while index + 2 < tokens.count {
            let block = tokens[index]
            guard block.kind == .name, block.text == "resource" || block.text == "data",
                  tokens[index + 1].kind == .string, tokens[index + 1].text.hasPrefix("alicloud_kms_"),
                  tokens[index + 2].kind == .string else {
                index += 1
                continue
            }
            let type = tokens[index + 1].text
            var observation = CodeObservation(.terraform, at: block, in: file)
            observation.subject = (block.text == "data" ? "data." : "") + type
            observation.resourceName = tokens[index + 2].text
            var position = index + 3
            while position < tokens.count, tokens[position].text != "{" { position += 1 }
            let body = bodyRange(tokens, from: position)
            var ignored: [String] = []
            var setsInstance = false
            var inner = body.lowerBound
            while inner < body.upperBound {
                let token = tokens[inner]
                if token.text == "dkms_instance_id", inner + 1 < body.upperBound, tokens[inner + 1].text == "=" { setsInstance = true }
                if token.text == "ignore_changes" {
                    var list = inner + 1
                    while list < body.upperBound, tokens[list].text != "]" {
                        if tokens[list].kind == .name || tokens[list].kind == .string, tokens[list].text != "ignore_changes" { ignored.append(tokens[list].text) }
                        list += 1
                    }
                    inner = list
                }
                if token.kind == .string, let (reference, kind) = KeyReferenceText.classify(token.text, inKMSContext: true) {
                    var keyReference = CodeObservation(.keyReference, at: token, in: file)
                    keyReference.reference = reference
                    keyReference.referenceKind = kind
                    observations.append(keyReference)
                }
                inner += 1
            }
            if type == "alicloud_kms_key" || type == "alicloud_kms_secret", block.text == "resource" {
                observation.ignoreChanges = ignored.sorted()
                observation.setsInstance = setsInstance
            }
            observations.append(observation)
            index = max(index + 3, body.upperBound)
        }
        return observations
    }

    /// The token range inside the braces that open at `start`.
    private static func bodyRange(_ tokens: [SourceToken], from start: Int) -> Range<Int> {
        guard start < tokens.count else { return tokens.count..<tokens.count }
        var depth = 0
        for index in start..<tokens.count {
            if tokens[index].text == "{" { depth += 1 }
            if tokens[index].text == "}" {
                depth -= 1
                if depth == 0 { return (start + 1)..<index }
            }
        }
        return (start + 1)..<tokens.count
    }
}

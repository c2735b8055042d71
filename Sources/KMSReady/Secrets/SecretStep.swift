/// One API call of a secret's plan: the API, the region it is called in, and its parameters in order.
/// A parameter that would carry a value holds a placeholder saying where the value comes from.
public struct SecretStep: Equatable, Sendable {
    public let api: String
    public let region: String
    /// Parameters in the order the documents list them.
    public let parameters: [(name: String, value: String)]
    /// What the call is for, or what to do before it, for people.
    public let note: String?

    public init(api: String, region: String, parameters: [(name: String, value: String)], note: String? = nil) {
        self.api = api
        self.region = region
        self.parameters = parameters
        self.note = note
    }

    public static func == (lhs: SecretStep, rhs: SecretStep) -> Bool {
        lhs.api == rhs.api && lhs.region == rhs.region && lhs.note == rhs.note
            && lhs.parameters.map(\.name) == rhs.parameters.map(\.name) && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
    }

    /// Where the value of `field` of `version` comes from: never the value itself.
    static func placeholder(_ field: String, version: String) -> String {
        "<\(field) of version \(version) from GetSecretValue>"
    }
}

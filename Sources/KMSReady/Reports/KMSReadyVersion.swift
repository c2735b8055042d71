/// The tool's name and version, as written into reports.
public enum KMSReadyVersion {
    public static let name = "kmsready"
    public static let version = "0.1.0"
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kmsready",
    products: [
        .library(name: "KMSReady", targets: ["KMSReady"]),
        .executable(name: "kmsready", targets: ["kmsready"]),
    ],
    targets: [
        // The system zlib (Debian: zlib1g-dev), used to stream gzip-compressed traces.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "KMSReady", dependencies: ["CZlib"]),
        .executableTarget(name: "kmsready", dependencies: ["KMSReady"]),
        // The benchmark: `swift run -c release kmsready-bench` (see the README).
        .executableTarget(name: "kmsready-bench", dependencies: ["KMSReady"]),
        // The fuzz targets: `swift run kmsready-fuzz replay` replays Tests/Fuzz; built with
        // -sanitize=fuzzer it fuzzes (see the README).
        .executableTarget(name: "kmsready-fuzz", dependencies: ["KMSReady"]),
        .testTarget(name: "KMSReadyTests", dependencies: ["KMSReady", "kmsready", "kmsready-fuzz"], exclude: ["Fixtures"]),
    ]
)

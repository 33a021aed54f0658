// swift-tools-version:6.0
import PackageDescription

// Data flows one way: CPCRE2 → PCRE2 → VanBan (the pipeline) → vanban (the CLI).
// JSON (values, reader, writer) and JSONSchema (the validator) stand beside the pipeline;
// the SQLite register lives in its own target so the core library stays light.
let package = Package(
    name: "vanban",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "VanBan", targets: ["VanBan"]),
        .executable(name: "vanban", targets: ["vanban"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .target(name: "JSON"),
        .target(name: "JSONSchema", dependencies: ["JSON", "PCRE2"]),
        .target(name: "VanBan", dependencies: ["PCRE2", "JSON", "JSONSchema"]),
        .target(name: "VanBanRegister", dependencies: [
            "VanBan", "JSON",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "vanban", dependencies: [
            "VanBan", "JSON", "JSONSchema", "VanBanRegister",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "JSON"]),
        .testTarget(name: "VanBanTests", dependencies: ["VanBan", "JSON", "JSONSchema"]),
        .testTarget(name: "VanBanRegisterTests", dependencies: [
            "VanBanRegister", "VanBan", "JSON",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["vanban"]),
    ]
)

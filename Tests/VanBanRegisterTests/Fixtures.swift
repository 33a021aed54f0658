import Foundation

/// Temporary folders of documents for the register's tests.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The reviewed corpus of the repository.
    static let corpus = repository.appendingPathComponent("Corpus")
    /// The shared development corpus beside the repository.
    static let dev = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")

    static func textFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func dev(_ prefix: String) throws -> URL {
        guard let file = textFiles(in: dev).first(where: { $0.lastPathComponent.hasPrefix(prefix) }) else {
            throw FixtureError(description: "no dev document \(prefix)* in \(dev.path)")
        }
        return file
    }

    /// A new empty folder, removed by the caller's `defer`.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ folder: URL) { try? FileManager.default.removeItem(at: folder) }

    /// Copies a file into `folder` under `name`, passing its text through `edit`.
    @discardableResult
    static func copy(_ file: URL, to folder: URL, as name: String? = nil, edit: (String) -> String = { $0 }) throws -> URL {
        let target = folder.appendingPathComponent(name ?? file.lastPathComponent)
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(edit(text).utf8).write(to: target)
        return target
    }

    struct FixtureError: Error, CustomStringConvertible { var description: String }
}

import Foundation
import VanBan

/// Exit statuses of the contract.
enum ExitStatus {
    static let findings: Int32 = 1
    static let usage: Int32 = 2
    static let unreadable: Int32 = 3
    /// A document we produced broke our own schema: a bug, never written to stdout.
    static let invalidOutput: Int32 = 4
}

/// Reads the bytes of each input: files, or standard input for `-` (or no argument).
enum Inputs {
    static func bytes(of path: String) throws(InputError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw .unreadable(path: path, reason: !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "permission denied")
        }
        return [UInt8](data)
    }
}

/// Writing to the standard streams.
enum Output {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
    static func out(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

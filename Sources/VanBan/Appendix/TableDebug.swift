import Foundation
enum TableDebug {
    static let on = getenv("VANBAN_TABLE_DEBUG") != nil
    static func log(_ s: @autoclosure () -> String) { if on { FileHandle.standardError.write((s() + "\n").data(using: .utf8)!) } }
}

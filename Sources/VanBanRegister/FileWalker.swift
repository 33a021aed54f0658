#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The documents under the paths given, one at a time, in a stable order: a file given directly is taken
/// whatever its name; a folder is walked depth first in name order for `*.txt` files (any case), without
/// following symbolic links to folders (a `*.txt` link to a file is taken). Holds one directory listing per level, never the whole list.
struct FileWalker: Sequence, IteratorProtocol {
    /// One document to ingest, or a folder that could not be listed (`problem` says why).
    struct Item: Sendable, Equatable {
        var path: String
        var problem: String?
    }

    private var roots: [String]
    private var rootIndex = 0
    /// Entries still to visit, per open folder (deepest last), each already sorted in reverse.
    private var stack: [(folder: String, entries: [String])] = []

    init(paths: [String]) { roots = paths }

    mutating func next() -> Item? {
        while true {
            if var top = stack.popLast() {
                guard let name = top.entries.popLast() else { continue }
                stack.append(top)
                let path = top.folder.hasSuffix("/") ? top.folder + name : top.folder + "/" + name
                switch Self.kind(of: path, followLinks: false) {
                case .folder:
                    if let item = open(path) { return item }
                case .link:
                    // A link to a folder is not followed (no cycles); a *.txt link is a document, even a
                    // dangling one (it is then recorded as failed, with the reason).
                    if Self.kind(of: path, followLinks: true) != .folder, Self.isText(name) { return Item(path: path) }
                case .file:
                    if Self.isText(name) { return Item(path: path) }
                case .other, .missing:
                    continue
                }
                continue
            }
            guard rootIndex < roots.count else { return nil }
            let root = roots[rootIndex]
            rootIndex += 1
            if Self.kind(of: root, followLinks: true) == .folder {
                if let item = open(root) { return item }
            } else {
                return Item(path: root)
            }
        }
    }

    /// Pushes a folder's listing; returns an item only when the folder cannot be listed.
    private mutating func open(_ folder: String) -> Item? {
        guard let dir = opendir(folder) else {
            return Item(path: folder, problem: String(cString: strerror(errno)))
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        stack.append((folder, names.sorted(by: >)))
        return nil
    }

    private enum Kind { case file, folder, link, other, missing }

    private static func kind(of path: String, followLinks: Bool) -> Kind {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    private static func isText(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".txt")
    }
}

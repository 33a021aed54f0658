import Foundation
import Testing
import VanBan
@testable import VanBanRegister

@Suite struct ContentHashTests {
    @Test func knownDigests() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The register skips by this hash before parsing, so it must be the parser's `source.sha256`,
    /// at every length around the block boundaries and for every corpus document.
    @Test func agreesWithTheParser() throws {
        let parser = DocumentParser()
        for length in 0...200 {
            let bytes = (0..<length).map { UInt8(0x41 + $0 % 26) }
            #expect(SHA256.hex(bytes) == (try parser.parse(bytes: bytes, name: "x")).source.sha256, "length \(length)")
        }
        for file in Fixtures.textFiles(in: Fixtures.dev) + Fixtures.textFiles(in: Fixtures.corpus) {
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(SHA256.hex(bytes) == (try parser.parse(bytes: bytes, name: file.path)).source.sha256, "\(file.lastPathComponent)")
        }
    }
}

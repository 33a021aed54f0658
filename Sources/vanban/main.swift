import ArgumentParser
import Foundation

// Usage errors exit 2 (the contract), not ArgumentParser's EX_USAGE 64; help goes to stdout.
do {
    var command = try VanBanCommand.parseAsRoot()
    try command.run()
} catch {
    let code = VanBanCommand.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((VanBanCommand.fullMessage(for: error) + "\n").utf8))
        exit(ExitStatus.usage)
    }
    VanBanCommand.exit(withError: error)
}

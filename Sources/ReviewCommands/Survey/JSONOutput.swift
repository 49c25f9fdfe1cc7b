import Foundation

/// Prints an `Encodable` value as one JSON document, keys sorted and in snake case.
enum JSONOutput {
  static func print(_ value: some Encodable) throws(CommandFailure) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    do {
      StandardStreams.output.writeLine(String(decoding: try encoder.encode(value), as: UTF8.self))
    } catch {
      throw CommandFailure("could not write JSON: \(error)", exitCode: .internalError)
    }
  }
}

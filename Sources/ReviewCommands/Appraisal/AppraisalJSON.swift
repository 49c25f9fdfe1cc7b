import Foundation

/// JSON output of the appraisal commands: sorted keys, so that output is stable.
enum AppraisalJSON {
  /// `value` as one line of JSON.
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// Normalisation of digital object identifiers.
public enum DOI {
  /// The bare DOI from the forms exports write it in, lower-cased, or nil when there is none.
  ///
  /// Accepts `10.1000/ABC`, `https://doi.org/10.1000/abc`, `http://dx.doi.org/…`, `doi:10.1000/abc`,
  /// `DOI 10.1000/abc` and MEDLINE's `10.1000/abc [doi]`. DOIs are case-insensitive, so the
  /// lower-cased form is the one to compare and store.
  public static func normalized(_ raw: String) -> String? {
    var text = Substring(raw.trimmingWhitespace())
    if text.hasSuffix("[doi]") {
      text = text.dropLast(5)
    }
    guard let start = text.firstRange(of: "10.") else { return nil }
    var doi = text[start.lowerBound...]
    while let last = doi.last, last.isWhitespace || last == "." || last == "," || last == ";" {
      doi = doi.dropLast()
    }
    guard doi.contains("/"), doi.count > 4 else { return nil }
    return doi.lowercased()
  }
}

/// Normalisation of PubMed identifiers.
public enum PMID {
  /// The digits of a PMID (`PMID: 12345678`, `12345678 [pmid]`), or nil when there are none.
  public static func normalized(_ raw: String) -> String? {
    let digits = raw.trimmingWhitespace().prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 10 else {
      let trailing = raw.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).first
      return trailing.map(String.init).flatMap { $0.count <= 10 ? $0 : nil }
    }
    return String(digits)
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space (spaces, tabs, line breaks, NBSP).
  public func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace }) ?? first
    return String(self[first...last])
  }
}

/// Normalisation of digital object identifiers.
public enum DOI {
  /// The bare DOI from the forms exports write it in, lower-cased, or nil when there is none.
  ///
  /// Accepts `10.1000/ABC`, `https://doi.org/10.1000/abc`, `http://dx.doi.org/…`, `doi:10.1000/abc`,
  /// `DOI 10.1000/abc` and MEDLINE's `10.1000/abc [doi]`. DOIs are case-insensitive, so the
  /// lower-cased form is the one to compare and store.
  public static func normalized(_ raw: String) -> String? {
    if let bare = bareASCII(raw) { return bare }
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

extension DOI {
  /// The form nearly every DOI field has, `10.…/…` in printable ASCII with nothing around it,
  /// lower-cased byte by byte; nil for anything else, which takes the general way.
  ///
  /// The same result as the general way for such text, without grapheme breaking: readers call
  /// this for every record.
  fileprivate static func bareASCII(_ text: String) -> String? {
    let bytes = text.utf8
    guard bytes.count > 4, bytes.starts(with: "10.".utf8), let last = bytes.last,
      last != UInt8(ascii: "."), last != UInt8(ascii: ","), last != UInt8(ascii: ";"),
      bytes.contains(UInt8(ascii: "/")),
      bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "[") })
    else { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var index = 0
      for byte in bytes {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        index += 1
      }
      return index
    }
  }
}

/// Normalisation of PubMed identifiers.
public enum PMID {
  /// The digits of a PMID (`PMID: 12345678`, `12345678 [pmid]`), or nil when there are none.
  public static func normalized(_ raw: String) -> String? {
    // Nearly always the digits alone, which are their own normal form.
    let utf8 = raw.utf8
    if !utf8.isEmpty && utf8.count <= 10 && utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return raw
    }
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
    // Text that starts and ends with a visible ASCII character has nothing to trim; telling so
    // from two bytes spares the grapheme breaking below, for the fields of every record.
    let whole = String(self)
    if let head = whole.utf8.first, let tail = whole.utf8.last, head > 0x20, head < 0x7F,
      tail > 0x20, tail < 0x7F
    {
      return whole
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace }) ?? first
    return String(self[first...last])
  }
}

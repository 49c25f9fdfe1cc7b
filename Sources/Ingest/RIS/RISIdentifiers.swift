import ReviewModel

/// Finds identifiers (DOI, PMID, PMCID) in RIS values, where exporters put them in many ways.
///
/// The `DO` field is read generously; other fields give an identifier only when their value is
/// plainly one, so that a reference cited in a note never becomes the record's own DOI or PMID.
enum RISIdentifiers {
  /// The DOI in a `DO` value: the first word that holds one, so that a URL form
  /// (`https://doi.org/10.…`) reads, and so does a value that a broken exporter ran on into the
  /// next field (Rayyan: `10.1038/x     LK  - https://…`).
  static func doi(inDOIField value: String) -> String? {
    if !value.containsByte(0x20) && !value.containsByte(0x09) && !value.containsByte(0x0A) {
      return value.containsBytes("10.") ? normalizedDOI(value) : nil
    }
    for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    where word.containsBytes("10.") {
      if let doi = normalizedDOI(String(word)) { return doi }
    }
    return nil
  }

  /// ``DOI/normalized(_:)``, with a shortcut for the form nearly every `DO` field has: a bare
  /// ASCII DOI, which only needs lower-casing.
  static func normalizedDOI(_ text: String) -> String? {
    let bytes = text.utf8
    let isBare =
      bytes.count > 4 && bytes.starts(with: "10.".utf8) && text.containsByte(0x2F)
      && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x5B }
      && bytes.last.map { $0 != 0x2E && $0 != 0x2C && $0 != 0x3B } == true
    guard isBare else { return DOI.normalized(text) }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var index = 0
      for byte in bytes {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        index += 1
      }
      return index
    }
  }

  /// The DOI of a value in a field not meant for it (`UR`, `L3`, `M3`, `N1`): only a value that
  /// is a DOI and nothing else, bare (`10.…`), labelled (`doi:10.…`, `DOI 10.…`) or a doi.org
  /// URL.
  static func doi(inOtherField value: String) -> String? {
    guard mayStartWithDOI(value) else { return nil }
    let lower = value.trimmingWhitespace().lowercased()
    var rest = lower[...]
    if let prefix = doiPrefixes.first(where: { rest.hasPrefix($0) }) {
      rest = rest.dropFirst(prefix.count).drop { $0 == " " }
    }
    guard rest.hasPrefix("10."), !rest.contains(where: \.isWhitespace) else { return nil }
    return normalizedDOI(String(rest))
  }

  /// False when `value` plainly starts with neither a DOI nor one of ``doiPrefixes``.
  ///
  /// Judged on its first ASCII bytes, so that the URLs and notes of every record are not
  /// lower-cased to find out; true whenever it cannot tell (white space or a byte beyond ASCII
  /// in the way).
  private static func mayStartWithDOI(_ value: String) -> Bool {
    var bytes = value.utf8.makeIterator()
    guard let first = bytes.next() else { return false }
    switch first | 0x20 {
    case UInt8(ascii: "1"): return true
    case UInt8(ascii: "d"), UInt8(ascii: "h"): break
    default: return first >= 0x80 || first <= 0x20
    }
    // `doi:`, `doi `, `http://doi.org/`, `https://dx.doi.org/`: after the first letter, the
    // second is `o` or `t`.
    guard let second = bytes.next() else { return false }
    if second >= 0x80 { return true }
    let lower = second | 0x20
    if first | 0x20 == UInt8(ascii: "d") { return lower == UInt8(ascii: "o") }
    guard lower == UInt8(ascii: "t") else { return false }
    // An http URL: only doi.org's can be a DOI.
    let head = value.utf8.prefix(19)
    if head.contains(where: { $0 >= 0x80 }) { return true }
    return doiPrefixes.contains { prefix in
      prefix.utf8.count <= head.count
        && zip(prefix.utf8, head).allSatisfy { expected, byte in
          expected == (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
    }
  }

  private static let doiPrefixes = [
    "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:",
    "doi ",
  ]

  /// The PMID in an accession number (`AN`), when the record's database (`DB`) is PubMed or
  /// MEDLINE and the number is all digits, as PubMed's own RIS, Zotero and Ovid MEDLINE give it.
  static func pmid(accessionNumber: String, database: String?) -> String? {
    guard let database = database?.lowercased(),
      database.containsBytes("pubmed") || database.containsBytes("medline")
        || database.containsBytes("nlm"),
      isPMID(accessionNumber[...])
    else { return nil }
    return accessionNumber
  }

  /// The PMID of a value that labels it and holds nothing else: `PMID: 12345678`,
  /// `PUBMED 21314913` (Cochrane's `C3`).
  static func pmid(labelled value: String) -> String? {
    guard let first = value.utf8.first, first == 0x50 || first == 0x70,
      value.utf8.count <= 40
    else { return nil }
    let upper = value.uppercased()
    let label = upper.hasPrefix("PMID") ? 4 : (upper.hasPrefix("PUBMED") ? 6 : 0)
    guard label > 0 else { return nil }
    let digits = value.dropFirst(label).drop { $0 == ":" || $0 == " " || $0 == "-" }
    return isPMID(digits) ? String(digits) : nil
  }

  /// The PMID at the end of a PubMed URL (`https://pubmed.ncbi.nlm.nih.gov/12345678/`,
  /// `…/pubmed/12345678`).
  static func pmid(inURL value: String) -> String? {
    let markers: [StaticString] = ["pubmed.ncbi.nlm.nih.gov/", "ncbi.nlm.nih.gov/pubmed/"]
    for marker in markers {
      guard let range = value.byteRange(of: marker) else { continue }
      let digits = value[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
      let rest = value[range.upperBound...].dropFirst(digits.count)
      if isPMID(digits) && (rest.isEmpty || rest.first == "/" || rest.first == "?") {
        return String(digits)
      }
    }
    return nil
  }

  /// The PMCID of a value that is one and nothing else (`PMC1234567`, EndNote's `C2`).
  static func pmcid(_ value: String) -> String? {
    value.utf8.first == 0x50 ? pmcid(in: value[...]) : nil
  }

  /// The PMCID of a PMC article URL (`https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/`).
  static func pmcid(inURL value: String) -> String? {
    guard let range = value.byteRange(of: "/pmc/articles/") else { return nil }
    var text = value[range.upperBound...]
    while text.last == "/" { text = text.dropLast() }
    return pmcid(in: text)
  }

  private static func pmcid(in text: Substring) -> String? {
    guard text.hasPrefix("PMC") else { return nil }
    let digits = text.dropFirst(3)
    guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return String(text)
  }

  private static func isPMID(_ text: Substring) -> Bool {
    !text.isEmpty && text.utf8.count <= 9 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}

import ReviewModel

/// The body of the fuzz targets (`make fuzz`): reads `bytes` with a reader to the end or to its
/// first error.
///
/// A crash, a hang or a sanitizer report here is a bug; errors are expected.
public enum FuzzHarness {
  /// Which reader to drive.
  public enum Reader: String, Sendable, CaseIterable {
    case pubmedXML = "pubmed-xml"
    case ris
    case medline
    case bibtex
    case webOfScience = "wos"
    case endNoteXML = "endnote-xml"
    case csv

    /// The reader named as `make fuzz` and the replay command name it.
    public init?(name: String) {
      self.init(rawValue: name)
    }

    /// What to give when no known reader is named.
    public static var usage: String {
      "fuzz-readers: name a reader (LITREV_FUZZ_READER under libFuzzer, the first argument "
        + "when replaying): " + allCases.map(\.rawValue).joined(separator: ", ") + "\n"
    }
  }

  /// Reads every record of `bytes` and returns how many there were before the end or an error.
  @discardableResult
  public static func read(_ bytes: [UInt8], with reader: Reader) -> Int {
    let source = MemoryByteSource(bytes)
    // One thread: the sanitizer and libFuzzer's time limits are per process, and a crash is
    // easier to read where it happens.
    let options = ReaderOptions(locatesOriginal: true, buildsInParallel: false)
    let cursor: any RecordReader =
      switch reader {
      case .pubmedXML: PubMedArticleReader(source, path: "fuzz.xml", options: options)
      case .ris: RISReader(source, path: "fuzz.ris", options: options)
      case .medline: MEDLINEReader(source, path: "fuzz.nbib", options: options)
      case .bibtex: BibTeXReader(source, path: "fuzz.bib", options: options)
      case .webOfScience: WoSReader(source, path: "fuzz-wos.txt", options: options)
      case .endNoteXML: EndNoteXMLReader(source, path: "fuzz-endnote.xml", options: options)
      case .csv: CSVRecordReader(source, path: "fuzz.csv", options: options)
      }
    var count = 0
    while let record = try? cursor.next() {
      // Touch what a consumer touches, so lazily built fields are exercised too.
      _ = record.title?.utf8.count
      // A record's original text is read back by its range: it must lie inside the input.
      if let range = record.originalBytes {
        precondition(
          range.lowerBound >= 0 && range.upperBound <= bytes.count,
          "record \(count + 1)'s original bytes \(range) fall outside the \(bytes.count)-byte input"
        )
      }
      count += 1
    }
    return count
  }
}

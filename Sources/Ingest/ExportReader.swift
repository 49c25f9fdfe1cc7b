import ReviewModel

/// Opens export files with the reader their format needs.
public enum ExportReader {
  /// Opens `path` and a reader for it.
  ///
  /// - Parameters:
  ///   - path: the file, or `-` for standard input.
  ///   - format: the format to read it as; nil to use the one sniffed from its content.
  ///   - options: what the reader keeps besides the normalised fields.
  ///   - computesSHA256: whether to hash the file as it is read, for
  ///     ``ExportFile/finishSHA256()``; a reader that never asks for the hash saves the work.
  ///   - copy: a file descriptor that receives the file's bytes as they are read.
  /// - Returns: the opened file (for its hash, once read) and a cursor over its records.
  /// - Throws: ``IngestError`` when the file cannot be opened, or is in no format litrev reads,
  ///   or its content contradicts the format that was asked for.
  public static func open(
    _ path: String, format: SourceFormat? = nil, options: ReaderOptions = ReaderOptions(),
    computesSHA256: Bool = true, copyingTo copy: Int32? = nil
  ) throws(IngestError) -> (file: ExportFile, reader: any RecordReader) {
    let file = try ExportFile(path: path, computesSHA256: computesSHA256, copyingTo: copy)
    // A CSV file whose headers are none litrev knows is read as asked, so that the CSV reader
    // can say which headers it expected.
    guard let sniffed = file.sniffedFormat ?? (format == .csv ? .csv : nil) else {
      let names = SourceFormat.allCases.map(\.displayName)
      if let format {
        throw .unrecognizedFormat(
          path: path, detail: "this does not look like \(format.displayName)")
      }
      throw .unrecognizedFormat(
        path: path,
        detail: "not a format litrev reads (expected "
          + names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") + ")")
    }
    if let format, format != sniffed {
      throw .unrecognizedFormat(
        path: path,
        detail: "asked to read it as \(format.displayName), but it holds \(sniffed.displayName)")
    }
    let reader: any RecordReader =
      switch sniffed {
      case .pubmedXML: PubMedArticleReader(file.content, path: path, options: options)
      case .ris: RISReader(file.content, path: path, options: options)
      case .medline: MEDLINEReader(file.content, path: path, options: options)
      case .bibtex: BibTeXReader(file.content, path: path, options: options)
      case .webOfScience: WoSReader(file.content, path: path, options: options)
      case .endNoteXML: EndNoteXMLReader(file.content, path: path, options: options)
      case .csv: CSVRecordReader(file.content, path: path, options: options)
      }
    return (file, reader)
  }
}

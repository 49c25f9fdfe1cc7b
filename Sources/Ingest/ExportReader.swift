import ReviewModel

/// Opens export files with the reader their format needs.
public enum ExportReader {
  /// Opens `path` and a reader for it.
  ///
  /// - Parameters:
  ///   - path: the file, or `-` for standard input.
  ///   - format: the format to read it as; nil to use the one sniffed from its content.
  ///   - options: what the reader keeps besides the normalised fields.
  /// - Returns: the opened file (for its hash, once read) and a cursor over its records.
  /// - Throws: ``IngestError`` when the file cannot be opened, or is in no format litrev reads,
  ///   or its content contradicts the format that was asked for.
  public static func open(
    _ path: String, format: SourceFormat? = nil, options: ReaderOptions = ReaderOptions()
  ) throws(IngestError) -> (file: ExportFile, reader: any RecordReader) {
    let file = try ExportFile(path: path)
    guard let sniffed = file.sniffedFormat else {
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
      }
    return (file, reader)
  }
}

import ReviewModel

/// Placeholder: the SAX2 reader lands in the next commit.
public final class PubMedArticleReader: RecordReader {
  public private(set) var diagnostics: [Diagnostic] = []
  public init(_ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()) {}
  public func next() throws(IngestError) -> Record? { nil }
}

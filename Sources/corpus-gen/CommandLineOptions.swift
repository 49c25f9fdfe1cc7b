/// What the command line asked for.
enum CorpusCommand: Equatable {
  /// `count` PubMed XML records.
  case pubmed(count: Int, seed: UInt64, output: String)
  /// `count` Embase RIS records.
  case ris(count: Int, seed: UInt64, output: String, crlf: Bool, byteOrderMark: Bool)
  /// `count` records in a format written from records (MEDLINE, BibTeX, WoS, EndNote XML).
  case records(format: BulkCorpus.RecordFormat, count: Int, seed: UInt64, output: String)
  /// The example review under `directory`.
  case example(directory: String, seed: UInt64)
  case help
}

/// Parses `corpus-gen`'s arguments by hand: this target must not depend on ArgumentParser.
enum CommandLineOptions {
  static let usage = """
    USAGE: corpus-gen <command> [options]

    Writes deterministic, realistic search exports: the same seed always gives the same bytes.

    COMMANDS:
      pubmed    PubMed XML (PubmedArticleSet), as E-utilities efetch returns it
      ris       Embase-style RIS
      medline, bibtex, wos, endnote-xml
                the same studies as MEDLINE text, BibTeX, Web of Science text, EndNote XML
      example   the example review's exports and truth files (Corpus/searches, Corpus/truth)

    OPTIONS:
      --count <n>         records to write (pubmed, ris; default 1000)
      --seed <n>          seed of the generator (default 1; example: 20240514)
      --output <file>     file to write, '-' for standard output (pubmed, ris; default '-')
      --output-dir <dir>  where the example goes (default Corpus)
      --crlf              end RIS lines with CR LF
      --no-bom            no byte-order mark at the start of a RIS file
      -h, --help          show this help

    EXAMPLES:
      corpus-gen example --output-dir Corpus
      corpus-gen pubmed --count 30000 --seed 7 --output /tmp/pubmed-30k.xml
      corpus-gen ris --count 300000 --seed 7 --output /tmp/embase-300k.ris

    """

  /// The command `arguments` (without the program name) ask for.
  ///
  /// - Throws: ``CorpusGenError/usage(_:)`` for an unknown command or option, or a bad value.
  static func parse(_ arguments: [String]) throws(CorpusGenError) -> CorpusCommand {
    guard let command = arguments.first else { return .help }
    if command == "-h" || command == "--help" || command == "help" { return .help }
    var count = 1000
    var seed: UInt64?
    var output = "-"
    var directory = "Corpus"
    var crlf = false
    var byteOrderMark = true
    var rest = arguments.dropFirst()
    while let option = rest.popFirst() {
      switch option {
      case "-h", "--help":
        return .help
      case "--count":
        count = try number(option, rest.popFirst(), range: 1...50_000_000)
      case "--seed":
        seed = UInt64(try number(option, rest.popFirst(), range: 0...Int.max))
      case "--output":
        output = try value(option, rest.popFirst())
      case "--output-dir":
        directory = try value(option, rest.popFirst())
      case "--crlf":
        crlf = true
      case "--no-bom":
        byteOrderMark = false
      default:
        throw .usage("unknown option '\(option)'; see 'corpus-gen --help'")
      }
    }
    switch command {
    case "pubmed":
      return .pubmed(count: count, seed: seed ?? 1, output: output)
    case "ris":
      return .ris(
        count: count, seed: seed ?? 1, output: output, crlf: crlf, byteOrderMark: byteOrderMark)
    case _ where BulkCorpus.RecordFormat(rawValue: command) != nil:
      let format = BulkCorpus.RecordFormat(rawValue: command) ?? .medline
      return .records(format: format, count: count, seed: seed ?? 1, output: output)
    case "example":
      return .example(directory: directory, seed: seed ?? ExampleReview.defaultSeed)
    default:
      throw .usage(
        "unknown command '\(command)'; expected pubmed, ris, medline, bibtex, wos, endnote-xml or example"
      )
    }
  }

  private static func value(_ option: String, _ value: String?) throws(CorpusGenError) -> String {
    guard let value, !value.isEmpty else { throw .usage("\(option) needs a value") }
    return value
  }

  private static func number(
    _ option: String, _ text: String?, range: ClosedRange<Int>
  ) throws(CorpusGenError) -> Int {
    let text = try value(option, text)
    guard let number = Int(text), range.contains(number) else {
      throw .usage("\(option) needs a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }
}

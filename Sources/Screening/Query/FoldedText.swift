import Foundation

/// Text reduced to what matching compares: its words, lower-cased and without diacritics, as
/// UTF-8 bytes.
///
/// Words are runs of letters and digits; everything else (spaces, punctuation, hyphens,
/// apostrophes) only separates them. Within one value the words are separated by a space
/// (0x20); values (a field's title, each keyword, each author) are separated by 0x01, so that a
/// phrase never matches across two of them. The bytes start and end with 0x01.
///
/// One folding serves evaluation and highlighting, so a term is highlighted exactly where it
/// matched.
public struct FoldedText: Sendable, Hashable {
  /// A word of the folded text and where it stands in the text it came from.
  public struct Word: Sendable, Hashable {
    /// The word's bytes in ``FoldedText/bytes``.
    public var folded: Range<Int>
    /// The word in the original text.
    public var original: Range<String.Index>
  }

  /// The byte between two words of one value.
  public static let wordSeparator: UInt8 = 0x20
  /// The byte between two values, and at both ends.
  public static let valueSeparator: UInt8 = 0x01

  public private(set) var bytes: [UInt8] = [FoldedText.valueSeparator]
  /// The words with their places in the original, only when made with `keepsWords`.
  public private(set) var words: [Word] = []
  private let keepsWords: Bool

  /// An empty text; `keepsWords` keeps each word's place in the original, for highlighting.
  public init(keepsWords: Bool = false) {
    self.keepsWords = keepsWords
  }

  /// The folded form of one text, as one value.
  public init(_ text: String, keepsWords: Bool = false) {
    self.init(keepsWords: keepsWords)
    append(text)
  }

  /// True when the text holds no words at all.
  public var isEmpty: Bool { bytes.count <= 1 }

  /// Appends `text` as a value of its own.
  public mutating func append(_ text: String) {
    var text = text
    // Walks the UTF-8 bytes by offset: ASCII (most of any export) is folded without decoding
    // scalars, and string indices are made only for the words a highlighter asks for.
    let found = text.withUTF8 { appendFolded($0) }
    if keepsWords {
      let utf8 = text.utf8
      for (folded, original) in found {
        let lower = utf8.index(utf8.startIndex, offsetBy: original.lowerBound)
        let upper = utf8.index(lower, offsetBy: original.count)
        words.append(Word(folded: folded, original: lower..<upper))
      }
    }
    bytes.append(Self.valueSeparator)
  }

  /// Appends `first` and `second` as one value, as if they were one text with a space between
  /// them, without making that text.
  public mutating func append(_ first: String, _ second: String) {
    guard !keepsWords else { return append("\(first) \(second)") }
    var first = first
    var second = second
    _ = first.withUTF8 { appendFolded($0) }
    _ = second.withUTF8 { appendFolded($0) }
    bytes.append(Self.valueSeparator)
  }

  /// Appends the folded words of `text` and returns, when ``keepsWords``, each word's range in
  /// ``bytes`` and in `text` (as byte offsets).
  private mutating func appendFolded(_ text: UnsafeBufferPointer<UInt8>)
    -> [(Range<Int>, Range<Int>)]
  {
    var found: [(Range<Int>, Range<Int>)] = []
    var wordStart: (folded: Int, original: Int)?
    var offset = 0
    bytes.reserveCapacity(bytes.count + text.count + 1)
    while offset < text.count {
      let byte = text[offset]
      if byte < 0x80 {
        // ASCII, most of any export, takes this short way: no scalar, no `FoldedScalar`.
        offset += 1
        let lowered = byte | 0x20
        let isLetter = lowered >= 0x61 && lowered <= 0x7A
        guard isLetter || (byte >= 0x30 && byte <= 0x39) else {
          if let start = wordStart {
            if keepsWords {
              found.append((start.folded..<bytes.count, start.original..<offset - 1))
            }
            wordStart = nil
          }
          continue
        }
        if wordStart == nil {
          if bytes.last != Self.valueSeparator { bytes.append(Self.wordSeparator) }
          wordStart = (bytes.count, offset - 1)
        }
        bytes.append(isLetter ? lowered : byte)
        continue
      }
      let (scalar, length) = Self.decodeScalar(text, at: offset)
      let folded = Unicode.Scalar(scalar).map(Self.fold) ?? .separator
      defer { offset += length }
      switch folded {
      case .ignorable:
        continue
      case .separator:
        if let start = wordStart {
          if keepsWords { found.append((start.folded..<bytes.count, start.original..<offset)) }
          wordStart = nil
        }
        continue
      case .ascii, .other:
        if wordStart == nil {
          if bytes.last != Self.valueSeparator { bytes.append(Self.wordSeparator) }
          wordStart = (bytes.count, offset)
        }
      }
      if case .ascii(let byte) = folded {
        bytes.append(byte)
      } else if case .other(let text) = folded {
        bytes.append(contentsOf: text.utf8)
      }
    }
    if let start = wordStart, keepsWords {
      found.append((start.folded..<bytes.count, start.original..<text.count))
    }
    return found
  }

  /// The scalar whose UTF-8 form starts at `offset` (a lead byte, 0xC0 or above, of a valid
  /// string), and the number of its bytes.
  private static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> (UInt32, Int)
  {
    let lead = UInt32(text[offset])
    func continuation(_ index: Int) -> UInt32 { UInt32(text[offset + index]) & 0x3F }
    if lead >= 0xF0 {
      return (
        (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4
      )
    }
    if lead >= 0xE0 {
      return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
    }
    return ((lead & 0x1F) << 6 | continuation(1), 2)
  }

  /// What one character of a text becomes.
  private enum FoldedScalar: Sendable {
    /// A letter or digit in ASCII, lower-cased.
    case ascii(UInt8)
    /// A letter or digit outside ASCII, folded.
    case other(String)
    /// A nonspacing mark (a decomposed accent): dropped, without ending the word.
    case ignorable
    /// Anything else: it ends the word.
    case separator
  }

  /// The folding of U+0080 to U+024F (the Latin supplements and extensions, where nearly every
  /// accented letter of a bibliographic record lies), worked out once: Foundation's folding of
  /// one character costs more than the rest of a word.
  private static let latinFoldings: [FoldedScalar] = (0x80...0x24F).map { value in
    Unicode.Scalar(UInt32(value)).map(foldWithoutTable) ?? .separator
  }

  private static func fold(_ scalar: Unicode.Scalar) -> FoldedScalar {
    let value = Int(scalar.value)
    if value >= 0x80, value <= 0x24F { return latinFoldings[value - 0x80] }
    return foldWithoutTable(scalar)
  }

  private static func foldWithoutTable(_ scalar: Unicode.Scalar) -> FoldedScalar {
    let value = scalar.value
    if value < 0x80 {
      let byte = UInt8(value)
      switch byte {
      case 0x41...0x5A: return .ascii(byte | 0x20)
      case 0x61...0x7A, 0x30...0x39: return .ascii(byte)
      default: return .separator
      }
    }
    let properties = scalar.properties
    if properties.generalCategory == .nonspacingMark { return .ignorable }
    guard properties.isAlphabetic || properties.numericType != nil else { return .separator }
    let folded = String(Character(scalar)).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var text = ""
    for foldedScalar in folded.unicodeScalars
    where foldedScalar.properties.generalCategory != .nonspacingMark {
      text.unicodeScalars.append(foldedScalar)
    }
    return text.isEmpty ? .ignorable : .other(text)
  }

  /// Folds one term of a query into its words.
  static func words(of text: String) -> [String] {
    FoldedText(text).bytes.split(
      whereSeparator: { $0 == wordSeparator || $0 == valueSeparator }
    ).map { String(decoding: $0, as: UTF8.self) }
  }
}

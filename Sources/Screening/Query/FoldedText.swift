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
    // Walks the UTF-8 bytes: ASCII (most of any export) is folded without decoding scalars.
    let utf8 = text.utf8
    let scalars = text.unicodeScalars
    var wordStart: (folded: Int, original: String.Index)?
    var index = utf8.startIndex
    bytes.reserveCapacity(bytes.count + utf8.count + 1)
    while index < utf8.endIndex {
      let byte = utf8[index]
      let folded: FoldedScalar
      let next: String.Index
      if byte < 0x80 {
        next = utf8.index(after: index)
        switch byte {
        case 0x41...0x5A: folded = .ascii(byte | 0x20)
        case 0x61...0x7A, 0x30...0x39: folded = .ascii(byte)
        default: folded = .separator
        }
      } else {
        next = scalars.index(after: index)
        folded = Self.fold(scalars[index])
      }
      defer { index = next }
      switch folded {
      case .ignorable:
        continue
      case .separator:
        if let start = wordStart {
          if keepsWords {
            words.append(Word(folded: start.folded..<bytes.count, original: start.original..<index))
          }
          wordStart = nil
        }
        continue
      case .ascii, .other:
        if wordStart == nil {
          if bytes.last != Self.valueSeparator { bytes.append(Self.wordSeparator) }
          wordStart = (bytes.count, index)
        }
      }
      if case .ascii(let byte) = folded {
        bytes.append(byte)
      } else if case .other(let text) = folded {
        bytes.append(contentsOf: text.utf8)
      }
    }
    if let start = wordStart, keepsWords {
      words.append(
        Word(folded: start.folded..<bytes.count, original: start.original..<text.endIndex))
    }
    bytes.append(Self.valueSeparator)
  }

  /// What one character of a text becomes.
  private enum FoldedScalar {
    /// A letter or digit in ASCII, lower-cased.
    case ascii(UInt8)
    /// A letter or digit outside ASCII, folded.
    case other(String)
    /// A nonspacing mark (a decomposed accent): dropped, without ending the word.
    case ignorable
    /// Anything else: it ends the word.
    case separator
  }

  private static func fold(_ scalar: Unicode.Scalar) -> FoldedScalar {
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

import Foundation

/// Folds free text (titles, journal names, author names) into the form records are compared in:
/// lower case, ASCII letters and digits, words separated by single spaces.
///
/// Folding is applied to both sides of every comparison, so a rule only has to map the variants
/// of a word onto one form; the form need not be a real word (`revised` becomes `revized`).
enum TextFolding {
  /// `text` in lower-case ASCII words: markup removed, diacritics stripped, punctuation turned
  /// into word breaks.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    current.reserveCapacity(24)
    func flush() {
      if !current.isEmpty {
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    var insideTag = false
    for scalar in asciiFolded(text).unicodeScalars {
      let value = scalar.value
      if insideTag {
        if value == 0x3E { insideTag = false }  // >
        continue
      }
      switch value {
      case 0x3C:  // < starts markup such as <i> or </sup>; a lone '<' is just a break
        insideTag = true
        flush()
      case 0x41...0x5A:
        current.append(UInt8(value + 0x20))
      case 0x61...0x7A, 0x30...0x39:
        current.append(UInt8(value))
      case 0x27, 0x2019:  // apostrophes join: "Crohn's" -> "crohns"
        continue
      case 0x80... where scalar.properties.isAlphabetic:
        // Letters without an ASCII form (Greek, Cyrillic, CJK) are kept, in lower case.
        for lower in scalar.properties.lowercaseMapping.utf8 { current.append(lower) }
      default:
        flush()
      }
    }
    flush()
    if insideTag {
      // An unclosed '<' was a less-than sign, not markup: fold again without markup handling.
      return asciiFolded(text).lowercased().split(whereSeparator: { !isWordCharacter($0) })
        .map(String.init)
    }
    return words
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber)
  }

  /// `text` with diacritics removed and the letters that do not decompose (ß, æ, ø, ł) spelled
  /// out; ASCII text comes back unchanged without any work.
  static func asciiFolded(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    var folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    if !folded.utf8.allSatisfy({ $0 < 0x80 }) {
      var out = ""
      out.reserveCapacity(folded.utf8.count)
      for character in folded {
        switch character {
        case "ß": out += "ss"
        case "æ", "Æ": out += "ae"
        case "œ", "Œ": out += "oe"
        case "ø", "Ø": out += "o"
        case "ł", "Ł": out += "l"
        case "đ", "Đ", "ð": out += "d"
        case "þ": out += "th"
        case "ı": out += "i"
        case "–", "—", "‐", "‑", "−": out += "-"
        default: out.append(character)
        }
      }
      folded = out
    }
    return folded
  }

  /// One word in its American spelling, or at least in the same form as its British variant:
  /// `haemolytic` and `hemolytic`, `paediatric` and `pediatric`, `tumour` and `tumor`,
  /// `randomised` and `randomized`, `centre` and `center` all fold alike.
  static func spelling(_ word: String) -> String {
    guard word.utf8.count >= 4 else { return word }
    if let replacement = wholeWords[word] { return replacement }
    // Most words have no British form: find that out on the bytes in place, and copy them only
    // for a word that changes (a copy per word was a tenth of building a million records' keys).
    guard word.utf8.withContiguousStorageIfAvailable(mayBeBritish) ?? true else { return word }
    var bytes = Array(word.utf8)
    var changed = false
    // "ae" -> "e" anywhere (haem, paed, anaesth), "oe" -> "e" at the start (oedema,
    // oesophagus), "oea" -> "ea" (diarrhoea), "foet" -> "fet".
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x61 && bytes[index + 1] == 0x65 {  // ae
        bytes.remove(at: index)
        changed = true
      } else if bytes[index] == 0x6F && bytes[index + 1] == 0x65
        && (index == 0 || (index + 2 < bytes.count && bytes[index + 2] == 0x61)
          || (index == 1 && bytes[0] == 0x66))
      {  // oe at the start, oea, foe
        bytes.remove(at: index)
        changed = true
      } else {
        index += 1
      }
    }
    for (british, american) in suffixes {
      let ending = Array(british.utf8)
      guard bytes.count >= ending.count + 3, bytes.suffix(ending.count).elementsEqual(ending)
      else { continue }
      bytes.removeLast(ending.count)
      bytes.append(contentsOf: american.utf8)
      changed = true
      break
    }
    return changed ? String(decoding: bytes, as: UTF8.self) : word
  }

  /// Whether `bytes` hold any of the letter pairs or endings ``spelling(_:)`` rewrites.
  private static func mayBeBritish(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x61 && bytes[index + 1] == 0x65 { return true }  // ae
      if bytes[index] == 0x6F && bytes[index + 1] == 0x65 { return true }  // oe, checked after
      index += 1
    }
    for ending in suffixBytes where bytes.count >= ending.count + 3 {
      if bytes[(bytes.count - ending.count)...].elementsEqual(ending) { return true }
    }
    return false
  }

  private static let suffixBytes: [[UInt8]] = suffixes.map { Array($0.0.utf8) }

  private static let wholeWords: [String: String] = [
    "programme": "program", "programmes": "programs", "catalogue": "catalog",
    "dialogue": "dialog", "ageing": "aging", "grey": "gray", "analyse": "analyze",
    "analysed": "analyzed", "analysing": "analyzing", "paralyse": "paralyze",
    "counselling": "counseling", "modelling": "modeling", "travelling": "traveling",
    "labelled": "labeled", "labelling": "labeling", "signalling": "signaling",
    "fulfil": "fulfill", "enrol": "enroll", "enrolment": "enrollment", "sulphur": "sulfur",
    "aluminium": "aluminum", "mould": "mold", "plough": "plow", "tyre": "tire",
  ]

  /// British endings and the American ones they fold to, longest first.
  private static let suffixes: [(String, String)] = [
    ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
    ("ises", "izes"), ("ise", "ize"), ("yse", "yze"), ("ours", "ors"), ("our", "or"),
    ("tres", "ters"), ("tre", "ter"),
  ]
}

/// Substring search on UTF-8 bytes: the standard library's generic `firstRange(of:)` and
/// Foundation's `contains` cost microseconds a call, which a million records multiply into
/// minutes.
enum ByteSearch {
  /// The byte offset of the first `needle` in `text`, or nil.
  static func firstOffset(of needle: String, in text: String) -> Int? {
    var text = text
    var needle = needle
    return text.withUTF8 { haystack in
      needle.withUTF8 { pattern -> Int? in
        guard let first = pattern.first, pattern.count <= haystack.count else { return nil }
        var start = 0
        let last = haystack.count - pattern.count
        while start <= last {
          if haystack[start] == first {
            var matched = 1
            while matched < pattern.count && haystack[start + matched] == pattern[matched] {
              matched += 1
            }
            if matched == pattern.count { return start }
          }
          start += 1
        }
        return nil
      }
    }
  }

  static func contains(_ needle: String, in text: String) -> Bool {
    firstOffset(of: needle, in: text) != nil
  }

  /// `text` up to the byte offset `offset` (which must fall on a character boundary).
  static func prefix(_ text: String, bytes offset: Int) -> String {
    String(decoding: text.utf8.prefix(offset), as: UTF8.self)
  }
}

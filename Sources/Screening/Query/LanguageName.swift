/// Language names as exports write them, reduced to one code so that `eng`, `en` and `English`
/// compare equal.
///
/// The code is MEDLINE's (ISO 639-2/B: `eng`, `fre`, `ger`), because PubMed records carry it and
/// PubMed's `[la]` takes it. A name outside the table stays as it is, folded.
public enum LanguageName {
  /// The code of `name` (`English` → `eng`, `fra` → `fre`, `de` → `ger`), or `name` itself,
  /// folded, when the table does not know it.
  public static func code(_ name: String) -> String {
    let folded = FoldedText.words(of: name).joined(separator: " ")
    return codes[folded] ?? folded
  }

  /// Every spelling the table knows, by its folded form.
  private static let codes: [String: String] = {
    var codes: [String: String] = [:]
    for entry in table {
      for spelling in entry.spellings { codes[spelling] = entry.code }
      codes[entry.code] = entry.code
    }
    return codes
  }()

  private static let table: [(code: String, spellings: [String])] = [
    ("eng", ["en", "english"]), ("fre", ["fr", "fra", "french", "francais"]),
    ("ger", ["de", "deu", "german", "deutsch"]),
    ("spa", ["es", "spanish", "espanol", "castilian"]),
    ("por", ["pt", "portuguese", "portugues"]), ("ita", ["it", "italian", "italiano"]),
    ("chi", ["zh", "zho", "chinese"]), ("jpn", ["ja", "japanese"]), ("rus", ["ru", "russian"]),
    ("dut", ["nl", "nld", "dutch", "flemish"]), ("pol", ["pl", "polish"]),
    ("kor", ["ko", "korean"]), ("tur", ["tr", "turkish"]), ("ara", ["ar", "arabic"]),
    ("swe", ["sv", "swedish"]), ("nor", ["no", "nob", "nno", "norwegian"]),
    ("dan", ["da", "danish"]), ("fin", ["fi", "finnish"]), ("gre", ["el", "ell", "greek"]),
    ("heb", ["he", "hebrew"]), ("hun", ["hu", "hungarian"]), ("cze", ["cs", "ces", "czech"]),
    ("per", ["fa", "fas", "persian", "farsi"]), ("hin", ["hi", "hindi"]), ("tha", ["th", "thai"]),
    ("ukr", ["uk", "ukrainian"]), ("vie", ["vi", "vietnamese"]), ("cat", ["ca", "catalan"]),
    ("hrv", ["hr", "croatian"]), ("srp", ["sr", "serbian"]), ("slv", ["sl", "slovenian"]),
    ("slo", ["sk", "slk", "slovak"]), ("rum", ["ro", "ron", "romanian"]),
    ("bul", ["bg", "bulgarian"]), ("lit", ["lt", "lithuanian"]),
    ("ice", ["is", "isl", "icelandic"]),
    ("mul", ["multiple languages"]), ("und", ["undetermined"]),
  ]
}

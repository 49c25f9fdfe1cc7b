/// How alike two folded titles are, from 0 (nothing shared) to 1 (the same words).
///
/// Word-based rather than character-based: a title's words survive the ways databases rewrite
/// titles (case, punctuation, a dropped subtitle, a typo in one word), and comparing words costs
/// far less than an edit distance over the whole title.
enum TitleSimilarity {
  static func score(_ a: MatchKeys, _ b: MatchKeys) -> Double {
    if a.title.isEmpty || b.title.isEmpty { return 0 }
    if a.title == b.title { return 1 }
    let (shorter, longer) = a.title.utf8.count <= b.title.utf8.count ? (a, b) : (b, a)
    var best = dice(shorter, longer)
    let shortLength = shorter.title.utf8.count
    // A title cut short by a field-length limit, or given without its opening label
    // ("MEDICAL PROGRESS Atypical hemolytic-uremic syndrome").
    if shortLength >= 60, longer.title.hasPrefix(shorter.title) {
      best = max(best, 0.97)
    } else if shortLength >= 30, longer.title.hasPrefix(shorter.title) {
      best = max(best, 0.9)
    } else if shortLength >= 20, longer.title.hasSuffix(shorter.title) {
      best = max(best, 0.9)
    }
    return best
  }

  /// Twice the matched words over all words; a word matches an equal word, or one a single
  /// edit away when both are five letters or longer (`paroxsmal`, `paroxysmal`).
  ///
  /// Equal words are found by their hashes (``MatchKeys/titleTokens``) and the words used are
  /// bits of an integer: this runs for every candidate pair, tens of millions at a million
  /// records, and comparing Strings and allocating a flag array per pair was most of the time.
  static func dice(_ a: MatchKeys, _ b: MatchKeys) -> Double {
    let x = a.titleTokens
    let y = b.titleTokens
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    guard x.count <= 64, y.count <= 64 else { return dice(a.titleWords, b.titleWords) }
    var used: UInt64 = 0
    var unmatched: UInt64 = 0
    var matches = 0
    for (index, token) in x.enumerated() {
      var found = false
      for other in y.indices where used & (1 << other) == 0 && y[other] == token {
        used |= 1 << other
        matches += 1
        found = true
        break
      }
      if !found { unmatched |= 1 << index }
    }
    if unmatched != 0 && used != (y.count == 64 ? ~0 : (1 << y.count) - 1) {
      let typos = a.title.utf8.withContiguousStorageIfAvailable { bytesA in
        b.title.utf8.withContiguousStorageIfAvailable { bytesB in
          var found = 0
          for index in x.indices where unmatched & (1 << index) != 0 {
            let word = a.titleWordRange(index)
            guard word.count >= 5 else { continue }
            for other in y.indices where used & (1 << other) == 0 {
              let candidate = b.titleWordRange(other)
              // A typo keeps the word's length within one and, nearly always, its first letter.
              if candidate.count >= 5 && abs(candidate.count - word.count) <= 1
                && bytesB[candidate.lowerBound] == bytesA[word.lowerBound]
                && isOneEditApart(
                  UnsafeBufferPointer(rebasing: bytesA[word]),
                  UnsafeBufferPointer(rebasing: bytesB[candidate]))
              {
                used |= 1 << other
                found += 1
                break
              }
            }
          }
          return found
        }
      }
      guard let typos = typos ?? nil else { return dice(a.titleWords, b.titleWords) }
      matches += typos
    }
    return Double(2 * matches) / Double(x.count + y.count)
  }

  /// ``dice(_:_:)-(MatchKeys,MatchKeys)`` on the words themselves, for titles of more than 64
  /// words.
  static func dice(_ a: [String], _ b: [String]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var used = [Bool](repeating: false, count: b.count)
    var unmatched: [String] = []
    var matches = 0
    for word in a {
      if let index = b.indices.first(where: { !used[$0] && b[$0] == word }) {
        used[index] = true
        matches += 1
      } else {
        unmatched.append(word)
      }
    }
    for word in unmatched where word.utf8.count >= 5 {
      let length = word.utf8.count
      let head = word.utf8.first
      if let index = b.indices.first(where: {
        !used[$0] && abs(b[$0].utf8.count - length) <= 1 && b[$0].utf8.first == head
          && b[$0].utf8.count >= 5 && isOneEditApart(word, b[$0])
      }) {
        used[index] = true
        matches += 1
      }
    }
    return Double(2 * matches) / Double(a.count + b.count)
  }

  /// True when `a` and `b` differ by one inserted, deleted or substituted byte.
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    if abs(a.utf8.count - b.utf8.count) > 1 { return false }
    return a.withUTF8 { x in b.withUTF8 { y in isOneEditApart(x, y) } }
  }

  private static func isOneEditApart(
    _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    var i = 0
    var j = 0
    var edits = 0
    while i < x.count && j < y.count {
      if x[i] == y[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if x.count > y.count {
        i += 1
      } else if y.count > x.count {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (x.count - i) + (y.count - j) <= 1
  }
}

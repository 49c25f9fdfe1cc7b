import ReviewModel

/// Turns the LaTeX in BibTeX values into plain Unicode text.
///
/// What reference managers put in `.bib` files, and what becomes of it:
/// - accents in every spelling: `{\"u}`, `\"{u}`, `\"u`, `\'{e}`, `\v{s}`, `\c c`, `{\'\i}` (see
///   `LaTeXAccent`), precomposed where Unicode has the letter;
/// - letters and symbols by name: `{\aa}`, `\ss`, `\o`, `\ae`, `\l`, `\textendash`, `\ldots`,
///   `\alpha`, …; the space that ends a command's name is dropped, as LaTeX drops it;
/// - escapes `\&`, `\%`, `\$`, `\#`, `\_`, `\{`, `\}`; `~` is a space; `--` an en dash, `---` an
///   em dash, ``` `` ``` and `''` curly quotes;
/// - braces (case protection, grouping) and `$` (math) are removed, formatting commands
///   (`\emph{…}`, `\textit{…}`, unknown ones too) leave their argument's text;
/// - runs of white space become one space, or a line break where a blank line stood (a new
///   paragraph), and the text is trimmed.
enum LaTeXText {
  /// The plain text of `value`.
  static func plain(_ value: String) -> String {
    // The string's own bytes, not a copy (`peek` gives 0 past the end), and not its UTF-8
    // view, whose iteration showed in profiles.
    var text = value
    let converted: String? = text.withUTF8 { input in
      guard needsWork(input) else { return nil }
      var converter = Converter(input: input)
      return converter.run()
    }
    return converted ?? value
  }

  /// False when the text is plain already: no byte the converter changes (`-` and `'` change
  /// only doubled), and no space at either end or after another.
  private static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousWasSpace = true
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      guard Converter.isSpecial(byte) else {
        previousWasSpace = false
        continue
      }
      switch byte {
      case 0x20:
        if previousWasSpace { return true }
        previousWasSpace = true
      case 0x2D, 0x27:
        if index < bytes.count && bytes[index] == byte { return true }
        previousWasSpace = false
      default:
        return true
      }
    }
    return previousWasSpace
  }

  /// The value of a field that holds an identifier or a link (`doi`, `url`): only the escapes
  /// that exporters put into them (`\_`, `\&`, `\%`, `\#`, `\~`, `{\_}`) are undone, braces dropped
  /// and white space trimmed; nothing else is LaTeX there.
  static func verbatim(_ value: String) -> String {
    guard value.containsByte(0x5C) || value.containsByte(0x7B) || value.containsByte(0x7D)
    else { return value.trimmingWhitespace() }
    var output: [UInt8] = []
    var escaped = false
    for byte in value.utf8 {
      if escaped {
        escaped = false
        if byte == 0x5F || byte == 0x26 || byte == 0x25 || byte == 0x23 || byte == 0x7E {
          output.append(byte)
          continue
        }
        output.append(0x5C)
      }
      switch byte {
      case 0x5C: escaped = true
      case 0x7B, 0x7D: break
      default: output.append(byte)
      }
    }
    if escaped { output.append(0x5C) }
    return String(decoding: output, as: UTF8.self).trimmingWhitespace()
  }
}

/// One conversion: a pass over the input's bytes into output bytes.
///
/// The output is a buffer of its own rather than an array: an abstract with one `\%` in it
/// comes through here byte by byte, and an array's append (a uniqueness check and a capacity
/// check per byte) made this the largest cost of the BibTeX reader in profiles.
private struct Converter {
  let input: UnsafeBufferPointer<UInt8>
  var output: UnsafeMutablePointer<UInt8>
  var capacity: Int
  var written = 0
  var index = 0
  /// White space seen since the last output byte: 0 none, 1 a space, 2 a paragraph break.
  var pendingSpace = 0
  var newlinesInRun = 0

  init(input: UnsafeBufferPointer<UInt8>) {
    self.input = input
    // Text shrinks here but for a few spellings (`` ` `` becomes three bytes); growing is
    // checked on every byte all the same.
    capacity = input.count + 64
    output = .allocate(capacity: capacity)
  }

  /// The byte at `index + offset`, or 0 past the end.
  private func peek(_ offset: Int = 0) -> UInt8 {
    let position = index + offset
    return position < input.count ? input[position] : 0
  }

  private var end: Int { input.count }

  mutating func run() -> String {
    while index < end {
      let byte = input[index]
      switch byte {
      case 0x20, 0x09, 0x0D:
        noteSpace()
        index += 1
      case 0x0A:
        noteSpace()
        newlinesInRun += 1
        if newlinesInRun >= 2 { pendingSpace = 2 }
        index += 1
      case 0x7E:  // ~, a non-breaking space
        noteSpace()
        index += 1
      case 0x7B, 0x7D, 0x24:  // braces and math shifts go
        index += 1
      case 0x5C:
        index += 1
        command()
      case 0x2D:  // -
        if peek(1) == 0x2D && peek(2) == 0x2D {
          emit("—")
          index += 3
        } else if peek(1) == 0x2D {
          emit("–")
          index += 2
        } else {
          emit(byte)
          index += 1
        }
      case 0x60:  // `
        if peek(1) == 0x60 {
          emit("“")
          index += 2
        } else {
          emit("‘")
          index += 1
        }
      case 0x27:  // '
        if peek(1) == 0x27 {
          emit("”")
          index += 2
        } else {
          emit(byte)
          index += 1
        }
      default:
        // A run of ordinary text is copied at once, not byte by byte: most of an abstract is
        // such runs between its few LaTeX escapes.
        // A single space between two such bytes stays in the run: it is what the space would
        // become anyway (nothing is pending right after text), and words are short.
        var stop = index + 1
        // So does a `-` or `'` that is not doubled, which stays as it is.
        while stop < end {
          let next = input[stop]
          if !Self.isSpecial(next) {
            stop += 1
          } else if next == 0x20 && stop + 1 < end && !Self.isSpecial(input[stop + 1]) {
            stop += 2
          } else if (next == 0x2D || next == 0x27) && (stop + 1 == end || input[stop + 1] != next) {
            stop += 1
          } else {
            break
          }
        }
        emitRun(from: index, to: stop)
        index = stop
      }
    }
    defer { output.deallocate() }
    return String(decoding: UnsafeBufferPointer(start: output, count: written), as: UTF8.self)
  }

  private mutating func noteSpace() {
    if pendingSpace == 0 {
      pendingSpace = 1
      newlinesInRun = 0
    }
  }

  /// Writes a byte of text, after the white space pending before it (none at the start).
  @inline(__always)
  private mutating func emit(_ byte: UInt8) {
    if written + 2 > capacity { grow() }
    writePendingSpace()
    output[written] = byte
    written += 1
  }

  /// Writes the white space pending before the next byte (a space, or a newline for a blank
  /// line), once; the caller has made room for it.
  @inline(__always)
  private mutating func writePendingSpace() {
    guard pendingSpace != 0 else { return }
    if written > 0 {
      output[written] = pendingSpace == 2 ? 0x0A : 0x20
      written += 1
    }
    pendingSpace = 0
    newlinesInRun = 0
  }

  /// True for the bytes that ``run()`` treats other than by copying them.
  @inline(__always)
  static func isSpecial(_ byte: UInt8) -> Bool {
    // Bit masks rather than a switch: this runs for every byte of every value.
    if byte < 64 { return (lowSpecials >> UInt64(byte)) & 1 != 0 }
    if byte < 128 { return (highSpecials >> UInt64(byte - 64)) & 1 != 0 }
    return false
  }

  /// Tab, LF, CR, space, `$`, `'` and `-`, as bits of the bytes below 64.
  private static let lowSpecials: UInt64 =
    1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x24 | 1 << 0x27 | 1 << 0x2D
  /// `\`, `` ` ``, `{`, `}` and `~`, as bits of the bytes from 64 to 127.
  private static let highSpecials: UInt64 =
    1 << (0x5C - 64) | 1 << (0x60 - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64) | 1 << (0x7E - 64)

  /// Writes `input[start..<stop]`, after the white space pending before it.
  private mutating func emitRun(from start: Int, to stop: Int) {
    let count = stop - start
    while written + count + 1 > capacity { grow() }
    writePendingSpace()
    guard let base = input.baseAddress else { return }
    (output + written).update(from: base + start, count: count)
    written += count
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
    larger.update(from: output, count: written)
    output.deallocate()
    output = larger
    capacity *= 2
  }

  private mutating func emit(_ text: String) {
    for byte in text.utf8 { emit(byte) }
  }

  private mutating func emit(_ scalar: Unicode.Scalar) {
    guard let encoded = UTF8.encode(scalar) else { return }
    for byte in encoded { emit(byte) }
  }

  /// A command after its backslash: an accent, a named letter or symbol, an escaped character,
  /// or a command whose name is dropped.
  private mutating func command() {
    let first = peek()
    guard index < end else { return }
    if LaTeXAccent.combiningMark(first) != nil && !isLetter(first) {
      index += 1
      accent(first)
      return
    }
    guard isLetter(first) else {
      index += 1
      switch first {
      case 0x5C, 0x20: noteSpace()  // \\ (a line break) and "\ " are spaces
      case 0x2D, 0x2F: break  // \- (a hyphenation point) and \/ (italic correction)
      case 0x2C, 0x3B: noteSpace()  // \, and \; are thin spaces
      default: emit(first)  // \& \% \$ \# \_ \{ \} and anything else stand for themselves
      }
      return
    }
    let start = index
    while isLetter(peek()) { index += 1 }
    let name = UnsafeBufferPointer(rebasing: input[start..<index])
    if name.count == 1, LaTeXAccent.combiningMark(name[0]) != nil {
      skipSpaces()
      accent(name[0])
      return
    }
    skipSpaces()
    if let text = Self.symbol(name) {
      emit(text)
      // `\aa{}`: an empty group after a command only ends its name.
      if peek() == 0x7B && peek(1) == 0x7D { index += 2 }
    }
  }

  /// The accent command named `accent`, applied to its argument: `{u}`, `u`, `{\i}`, `\i`.
  private mutating func accent(_ accent: UInt8) {
    var braced = false
    if peek() == 0x7B {
      braced = true
      index += 1
      skipSpaces()
    }
    var base: Unicode.Scalar?
    if peek() == 0x5C && (peek(1) == 0x69 || peek(1) == 0x6A) && !isLetter(peek(2)) {
      // \i and \j, the dotless letters, take accents in place of i and j.
      base = Unicode.Scalar(peek(1))
      index += 2
      skipSpaces()
    } else if peek() < 0x80 && isLetter(peek()) {
      base = Unicode.Scalar(peek())
      index += 1
    } else if peek() >= 0xC0 {
      // A letter that is not ASCII: decode its scalar and add the combining mark.
      var iterator = input[index...].makeIterator()
      var decoder = UTF8()
      if case .scalarValue(let scalar) = decoder.decode(&iterator) {
        base = scalar
        index += UTF8.width(scalar)
      }
    }
    if braced && peek() == 0x7D { index += 1 }
    guard let base else {
      // `\'{}` or a stray accent: the mark has nothing to sit on, so it goes.
      return
    }
    if let letter = LaTeXAccent.composed(accent, base) {
      emit(letter)
    } else {
      emit(base)
      if let mark = LaTeXAccent.combiningMark(accent) { emit(mark) }
    }
  }

  private mutating func skipSpaces() {
    while peek() == 0x20 || peek() == 0x09 || peek() == 0x0A || peek() == 0x0D { index += 1 }
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// What a command without an argument stands for, or nil for one that only formats (its
  /// argument's text stays) or that litrev does not know.
  private static func symbol(_ name: UnsafeBufferPointer<UInt8>) -> String? {
    symbols[String(decoding: name, as: UTF8.self)]
  }

  private static let symbols: [String: String] = [
    "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "o": "ø", "O": "Ø", "oe": "œ", "OE": "Œ",
    "ss": "ß", "SS": "SS", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð",
    "dj": "đ", "DJ": "Đ", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
    "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "textquotesingle": "'",
    "guillemotleft": "«", "guillemotright": "»", "ldots": "…", "dots": "…", "textellipsis": "…",
    "textregistered": "®", "texttrademark": "™", "copyright": "©", "textcopyright": "©",
    "S": "§", "P": "¶", "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€",
    "textdegree": "°", "degree": "°", "textpm": "±", "pm": "±", "times": "×", "texttimes": "×",
    "textmu": "µ", "textless": "<", "textgreater": ">", "textbackslash": "\\",
    "textasciitilde": "~", "textunderscore": "_", "textbar": "|", "textbullet": "•",
    "textperiodcentered": "·", "textdagger": "†", "leq": "≤", "geq": "≥", "le": "≤", "ge": "≥",
    "neq": "≠", "approx": "≈", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
    "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
    "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ",
    "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
    "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "textalpha": "α", "textbeta": "β",
    "textmugreek": "μ", "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "&": "&",
  ]
}

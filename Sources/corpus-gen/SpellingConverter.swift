/// Converts British spelling to American.
///
/// Records in American journals and the Embase copies of some PubMed records use it. Only stems
/// that are unambiguous are converted, so that `optimism` and `organism` survive.
enum SpellingConverter {
  /// British stems and their American forms, longest first where one contains another.
  private static let pairs: [(String, String)] = [
    ("programme", "program"), ("paediatric", "pediatric"), ("anaesthe", "anesthe"),
    ("orthopaedic", "orthopedic"), ("gynaecolog", "gynecolog"), ("haemat", "hemat"),
    ("oesophag", "esophag"), ("caesarean", "cesarean"), ("coeliac", "celiac"),
    ("appendicectomy", "appendectomy"), ("randomis", "randomiz"), ("organisation", "organization"),
    ("organised", "organized"), ("organise", "organize"), ("organising", "organizing"),
    ("recognis", "recogniz"), ("utilis", "utiliz"), ("characteris", "characteriz"),
    ("summaris", "summariz"), ("prioritis", "prioritiz"), ("standardis", "standardiz"),
    ("emphasise", "emphasize"), ("minimise", "minimize"), ("minimising", "minimizing"),
    ("optimise", "optimize"), ("optimising", "optimizing"), ("optimisation", "optimization"),
    ("behaviour", "behavior"), ("favour", "favor"), ("colour", "color"), ("centred", "centered"),
    ("centre", "center"), ("analysed", "analyzed"), ("analyse ", "analyze "),
    ("modelling", "modeling"), ("counselling", "counseling"), ("travelling", "traveling"),
    ("licence", "license"), ("judgement", "judgment"), ("enrolment", "enrollment"),
    ("fibreoptic", "fiberoptic"), ("practising", "practicing"), ("ageing", "aging"),
    ("theatre", "theater"), ("tumour", "tumor"), ("labour", "labor"), ("whilst", "while"),
    ("learnt", "learned"), ("catalogue", "catalog"),
  ]

  /// The pairs with capitalised variants (`Programme` → `Program`) added, as UTF-8 bytes.
  private static let allPairs: [([UInt8], [UInt8])] = pairs.flatMap { british, american in
    [
      (Array(british.utf8), Array(american.utf8)),
      (
        Array(british.capitalizingFirstLetter().utf8),
        Array(american.capitalizingFirstLetter().utf8)
      ),
    ]
  }

  /// `text` in American spelling.
  static func americanized(_ text: String) -> String {
    var bytes = Array(text.utf8)
    var changed = false
    for (british, american) in allPairs {
      if let replaced = replacing(british, with: american, in: bytes) {
        bytes = replaced
        changed = true
      }
    }
    return changed ? String(decoding: bytes, as: UTF8.self) : text
  }

  /// `bytes` with every occurrence of `pattern` replaced, or nil when there is none.
  private static func replacing(
    _ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]
  ) -> [UInt8]? {
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var result: [UInt8]?
    var copied = 0
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) {
        if result == nil { result = [] }
        result?.append(contentsOf: bytes[copied..<index])
        result?.append(contentsOf: replacement)
        index += pattern.count
        copied = index
      } else {
        index += 1
      }
    }
    guard var output = result else { return nil }
    output.append(contentsOf: bytes[copied...])
    return output
  }

  /// `text` in `spelling`; the vocabulary is written in British spelling.
  static func convert(_ text: String, to spelling: Spelling) -> String {
    spelling == .british ? text : americanized(text)
  }
}

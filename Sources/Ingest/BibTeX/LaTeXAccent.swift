/// LaTeX's accent commands (`\"`, `\'`, `\v`, …) and what they make of a letter.
///
/// The precomposed letters are Unicode's canonical compositions of each letter with the
/// accent's combining mark; a letter without one gets the combining mark after it, which
/// renders and compares (under canonical equivalence) the same.
enum LaTeXAccent {
  /// The combining mark of the accent command whose name is `accent` (one byte: `"`, `'`, `v`,
  /// …), or nil when it is none.
  static func combiningMark(_ accent: UInt8) -> Unicode.Scalar? {
    switch accent {
    case UInt8(ascii: "\""): "\u{0308}"  // diaeresis
    case UInt8(ascii: "'"): "\u{0301}"  // acute
    case UInt8(ascii: "`"): "\u{0300}"  // grave
    case UInt8(ascii: "^"): "\u{0302}"  // circumflex
    case UInt8(ascii: "~"): "\u{0303}"  // tilde
    case UInt8(ascii: "="): "\u{0304}"  // macron
    case UInt8(ascii: "."): "\u{0307}"  // dot above
    case UInt8(ascii: "u"): "\u{0306}"  // breve
    case UInt8(ascii: "v"): "\u{030C}"  // caron
    case UInt8(ascii: "H"): "\u{030B}"  // double acute
    case UInt8(ascii: "c"): "\u{0327}"  // cedilla
    case UInt8(ascii: "k"): "\u{0328}"  // ogonek
    case UInt8(ascii: "r"): "\u{030A}"  // ring above
    case UInt8(ascii: "d"): "\u{0323}"  // dot below
    case UInt8(ascii: "b"): "\u{0331}"  // macron below
    default: nil
    }
  }

  /// The letter `base` with the accent, precomposed, or nil when Unicode has no such letter.
  static func composed(_ accent: UInt8, _ base: Unicode.Scalar) -> Unicode.Scalar? {
    let (bases, letters) = table(accent)
    guard let index = bases.unicodeScalars.firstIndex(of: base) else { return nil }
    let offset = bases.unicodeScalars.distance(from: bases.unicodeScalars.startIndex, to: index)
    return letters.unicodeScalars.dropFirst(offset).first
  }

  /// The letters that have a precomposed form with the accent, and those forms, in the same order.
  private static func table(_ accent: UInt8) -> (String, String) {
    switch accent {
    case UInt8(ascii: "\""): ("AEHIOUWXYaehiotuwxy", "ÄËḦÏÖÜẄẌŸäëḧïöẗüẅẍÿ")
    case UInt8(ascii: "'"):
      ("ACEGIKLMNOPRSUWYZacegiklmnoprsuwyz", "ÁĆÉǴÍḰĹḾŃÓṔŔŚÚẂÝŹáćéǵíḱĺḿńóṕŕśúẃýź")
    case UInt8(ascii: "`"): ("AEINOUWYaeinouwy", "ÀÈÌǸÒÙẀỲàèìǹòùẁỳ")
    case UInt8(ascii: "^"): ("ACEGHIJOSUWYZaceghijosuwyz", "ÂĈÊĜĤÎĴÔŜÛŴŶẐâĉêĝĥîĵôŝûŵŷẑ")
    case UInt8(ascii: "~"): ("AEINOUVYaeinouvy", "ÃẼĨÑÕŨṼỸãẽĩñõũṽỹ")
    case UInt8(ascii: "="): ("AEGIOUYaegiouy", "ĀĒḠĪŌŪȲāēḡīōūȳ")
    case UInt8(ascii: "."):
      ("ABCDEFGHIMNOPRSTWXYZabcdefghmnoprstwxyz", "ȦḂĊḊĖḞĠḢİṀṄȮṖṘṠṪẆẊẎŻȧḃċḋėḟġḣṁṅȯṗṙṡṫẇẋẏż")
    case UInt8(ascii: "u"): ("AEGIOUaegiou", "ĂĔĞĬŎŬăĕğĭŏŭ")
    case UInt8(ascii: "v"):
      ("ACDEGHIKLNORSTUZacdeghijklnorstuz", "ǍČĎĚǦȞǏǨĽŇǑŘŠŤǓŽǎčďěǧȟǐǰǩľňǒřšťǔž")
    case UInt8(ascii: "H"): ("OUou", "ŐŰőű")
    case UInt8(ascii: "c"): ("CDEGHKLNRSTcdeghklnrst", "ÇḐȨĢḨĶĻŅŖŞŢçḑȩģḩķļņŗşţ")
    case UInt8(ascii: "k"): ("AEIOUaeiou", "ĄĘĮǪŲąęįǫų")
    case UInt8(ascii: "r"): ("AUauwy", "ÅŮåůẘẙ")
    case UInt8(ascii: "d"):
      ("ABDEHIKLMNORSTUVWYZabdehiklmnorstuvwyz", "ẠḄḌẸḤỊḲḶṂṆỌṚṢṬỤṾẈỴẒạḅḍẹḥịḳḷṃṇọṛṣṭụṿẉỵẓ")
    case UInt8(ascii: "b"): ("BDKLNRTZbdhklnrtz", "ḆḎḴḺṈṞṮẔḇḏẖḵḻṉṟṯẕ")
    default: ("", "")
    }
  }
}

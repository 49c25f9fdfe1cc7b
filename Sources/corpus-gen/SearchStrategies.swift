/// The search strategies of the example review, as the `*.query.txt` files beside each export
/// record them: database, interface, date, the numbered search lines and the records exported.
enum SearchStrategies {
  /// The PubMed strategy, in PubMed's syntax.
  static func pubmed(date: CalendarDate, records: Int, deleted: Int) -> String {
    """
    Database: PubMed (MEDLINE and PubMed-only records)
    Interface: PubMed Advanced Search Builder; exported with E-utilities efetch (retmode=xml)
    Search date: \(date.iso)
    Searcher: example review team (synthetic record; see Corpus/README.md)
    Limits: publication date 1998 to 2024; no language limit

    #1  "Social Media"[Mesh] OR "Blogging"[Mesh] OR "Webcasts as Topic"[Mesh]
        OR "social media"[tiab] OR "social network*"[tiab] OR twitter[tiab] OR tweet*[tiab]
        OR youtube[tiab] OR facebook[tiab] OR whatsapp[tiab] OR instagram[tiab] OR tiktok[tiab]
        OR reddit[tiab]
        OR linkedin[tiab] OR wechat[tiab] OR podcast*[tiab] OR blog*[tiab] OR foamed[tiab]
        OR "free open access med*"[tiab] OR "mailing list*"[tiab] OR "discussion forum*"[tiab]
    #2  "Internship and Residency"[Mesh] OR "Education, Medical, Graduate"[Mesh] OR resident*[tiab]
        OR residency[tiab] OR trainee*[tiab] OR registrar*[tiab] OR "junior doctor*"[tiab]
        OR "core trainee*"[tiab] OR "foundation doctor*"[tiab] OR "house officer*"[tiab]
        OR "postgraduate medical"[tiab] OR "graduate medical education"[tiab]
    #3  education[tiab] OR learning[tiab] OR teaching[tiab] OR training[tiab] OR curricul*[tiab]
        OR professionalism[tiab] OR collaborat*[tiab] OR network*[tiab] OR "patient education"[tiab]
    #4  #1 AND #2 AND #3
    #5  #4 AND 1998:2024[dp]

    Results of #5 exported: \(records) records (searches/pubmed-\(date.iso).xml).
    The export ends with a DeleteCitation block naming \(deleted) PMIDs that NLM withdrew; they are
    not records and are not counted.

    """
  }

  /// The Embase strategy, in Embase.com's syntax.
  static func embase(date: CalendarDate, records: Int) -> String {
    """
    Database: Embase (Embase.com, Embase and MEDLINE records)
    Interface: Embase.com advanced search; exported as RIS with abstracts and index terms
    Search date: \(date.iso)
    Searcher: example review team (synthetic record; see Corpus/README.md)
    Limits: publication years 1998 to 2024; no language limit

    #1  'social media'/exp OR 'online social network'/exp OR 'blogging'/exp OR 'podcast'/exp
        OR ('social media' OR 'social network*' OR twitter OR tweet* OR youtube OR facebook
        OR whatsapp OR instagram OR tiktok OR reddit OR linkedin OR wechat OR podcast* OR blog*
        OR foamed OR 'free open access med*'):ti,ab,kw
    #2  'residency education'/exp OR 'resident'/exp OR 'postgraduate education'/exp
        OR (resident* OR residency OR trainee* OR registrar* OR 'junior doctor*'
        OR 'core trainee*' OR 'foundation doctor*' OR 'house officer*'
        OR 'postgraduate medical' OR 'graduate medical education'):ti,ab,kw
    #3  'medical education'/exp OR 'learning'/exp OR (education OR learning OR teaching
        OR training OR curricul* OR professionalism OR collaborat* OR network*):ti,ab,kw
    #4  #1 AND #2 AND #3
    #5  #4 AND [1998-2024]/py
    #6  #5 AND ([article]/lim OR [article in press]/lim OR [conference abstract]/lim
        OR [editorial]/lim OR [erratum]/lim OR [letter]/lim OR [note]/lim OR [review]/lim)

    Results of #6 exported: \(records) records (searches/embase-\(date.iso).ris).
    The file starts with a UTF-8 byte-order mark and has LF line ends (real exports made on
    Windows often have CRLF; `corpus-gen ris --crlf` writes those).

    """
  }
}

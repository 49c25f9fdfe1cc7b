import Deduplication
import Foundation
import ReviewModel

#if canImport(Glibc)
  import Glibc
#endif

/// `dedupe-bench`: deduplicates a generated corpus with planted duplicates and prints the time,
/// the peak memory, and precision and recall against what was planted.
///
/// Usage: `dedupe-bench [--records N] [--duplicates SHARE] [--seed S] [--show-wrong K]`, where
/// `--show-wrong` prints the first K pairs merged that were planted as different studies.
@main
struct DedupeBench {
  static func main() {
    var records = 100_000
    var share = 0.2
    var seed: UInt64 = 2024
    var showWrong = 0
    var arguments = CommandLine.arguments.dropFirst()
    while let flag = arguments.popFirst() {
      guard let value = arguments.popFirst() else { fail("\(flag) needs a value") }
      switch flag {
      case "--records": records = Int(value) ?? 0
      case "--duplicates": share = Double(value) ?? -1
      case "--seed": seed = UInt64(value) ?? 0
      case "--show-wrong": showWrong = Int(value) ?? 0
      default: fail("unknown option \(flag)")
      }
    }
    guard records > 1, (0..<0.9).contains(share) else { fail("bad --records or --duplicates") }

    let generated = ContinuousClock.now
    var corpus = PlantedCorpus(count: records, duplicateShare: share, seed: seed)
    let items = corpus.records.enumerated().map { index, record in
      DeduplicationItem(
        id: Int64(index), source: index % 2 == 0 ? "PubMed" : "Embase", record: record)
    }
    // The items hold the records now; a second array of them (400 MB at a million) is not
    // what `litrev dedupe` holds, which reads each record from the store once.
    corpus.records = []
    let generation = (ContinuousClock.now - generated).seconds

    // CPU seconds beside the wall-clock ones: on a machine shared with other builds the wall
    // clock measures the load as much as the code.
    let cpuBefore = cpuSeconds()
    let rssBefore = peakRSSMegabytes()
    let started = ContinuousClock.now
    let result = Deduplicator().run(items)
    let seconds = (ContinuousClock.now - started).seconds
    let cpu = cpuSeconds() - cpuBefore

    var truePairs = 0
    var byStudy: [Int: Int] = [:]
    for study in corpus.study { byStudy[study, default: 0] += 1 }
    for count in byStudy.values { truePairs += count * (count - 1) / 2 }
    var foundPairs = 0
    var correctPairs = 0
    for cluster in result.clusters {
      let ids = cluster.recordIDs.map(Int.init)
      for (offset, a) in ids.enumerated() {
        for b in ids[(offset + 1)...] {
          foundPairs += 1
          if corpus.study[a] == corpus.study[b] {
            correctPairs += 1
          } else if showWrong > 0 {
            showWrong -= 1
            for record in [items[a].record, items[b].record] {
              print(
                "  \(record.title ?? "") | \(record.authors.first?.displayName ?? "") | "
                  + "\(record.year ?? 0) | \(record.journal ?? "") \(record.volume ?? "") "
                  + "\(record.pages ?? "") | \(record.doi ?? "")")
            }
            print("")
          }
        }
      }
    }
    let precision = foundPairs == 0 ? 1 : Double(correctPairs) / Double(foundPairs)
    let recall = truePairs == 0 ? 1 : Double(correctPairs) / Double(truePairs)
    print(
      "dedupe-bench: \(records) records (\(truePairs) planted duplicate pairs), "
        + String(
          format: "%.2f s to deduplicate (%.0f records/s, %.2f s CPU), peak RSS %.0f MB "
            + "(%.0f MB before deduplicating), "
            + "precision %.4f, recall %.4f; %d groups, %d queued, %d candidate pairs "
            + "(generation %.1f s)",
          seconds, Double(records) / seconds, cpu, peakRSSMegabytes(), rssBefore, precision,
          recall,
          result.clusters.count, result.uncertain.count, result.candidatePairs, generation))
  }

  /// User and system CPU time of the process so far, all threads.
  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  private static func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  private static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dedupe-bench: \(message)\n".utf8))
    exit(64)
  }
}

extension Duration {
  fileprivate var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

import Foundation
import StakeholderExtraction

// Generates each input in a scratch folder, reads it with CorpusReader three times, and prints the best
// wall time, throughput and peak resident memory. Inputs are built from a Polish paragraph with the
// characters the normaliser handles (NBSP, soft hyphen, typographic quotes), so the slow paths run too.
//
//   ReaderBench <scratch-folder> [big-MB] [tiny-count] [corpus-count]

let args = CommandLine.arguments
guard args.count >= 2 else {
  print("usage: ReaderBench <scratch-folder> [big-MB=200] [tiny-count=100000] [corpus-count=10000]")
  exit(2)
}
let scratch = args[1]
let bigMB = args.count > 2 ? Int(args[2]) ?? 200 : 200
let tinyCount = args.count > 3 ? Int(args[3]) ?? 100_000 : 100_000
let corpusCount = args.count > 4 ? Int(args[4]) ?? 10_000 : 10_000
let fm = FileManager.default

let paragraph = """
  Marszałek Województwa Podlaskiego Artur\u{00A0}Kosicki otworzył konferencję „Forum Rozwoju Regionalnego” – \
  w spotkaniu udział wzięli przedstawiciele Politechniki Białostockiej, Urzędu Miasta Białystok oraz \
  firm z Podlaskiego Parku Naukowo-Tech\u{00AD}nologicznego.\r\n
  """

func peakRSSMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// User + system CPU seconds of this process so far (all threads): the machine may be shared, so wall
/// time alone overstates the cost.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return s(usage.ru_utime) + s(usage.ru_stime)
}

func time(_ label: String, bytes: Int, paths: [String]) throws {
  var best = Double.infinity
  var bestCPU = Double.infinity
  var docs = 0
  for _ in 0..<3 {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu = cpuSeconds()
    let result = try CorpusReader().read(paths: paths)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    best = min(best, seconds)
    bestCPU = min(bestCPU, cpuSeconds() - cpu)
    docs = result.documents.count
  }
  let mb = Double(bytes) / 1_048_576
  print(String(format: "%-28@ %7d docs %7.1f MB  wall %6.3f s  cpu %6.3f s  %7.1f MB/s  %7.0f docs/s  peak RSS %6.1f MB",
               label as NSString, docs, mb, best, bestCPU, mb / best, Double(docs) / best, peakRSSMB()))
}

func write(_ path: String, _ text: String) {
  _ = fm.createFile(atPath: path, contents: Data(text.utf8))
}

try fm.createDirectory(atPath: scratch, withIntermediateDirectories: true)

// 1. A 10,000-document corpus of ~3 KB articles in 100 folders.
let corpus = scratch + "/corpus"
if !fm.fileExists(atPath: corpus) {
  for i in 0..<corpusCount {
    let dir = corpus + "/\(i % 100)"
    if i < 100 { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    write(dir + "/article-\(i).txt", "Artykuł \(i)\n\n" + String(repeating: paragraph, count: 8))
  }
}
let corpusBytes = corpusCount * (String(repeating: paragraph, count: 8).utf8.count + 16)
try time("\(corpusCount) articles (~3 KB)", bytes: corpusBytes, paths: [corpus])

// 2. 100,000 tiny files in one folder.
let tiny = scratch + "/tiny"
if !fm.fileExists(atPath: tiny) {
  try fm.createDirectory(atPath: tiny, withIntermediateDirectories: true)
  for i in 0..<tinyCount { write(tiny + "/t\(i).txt", "Jan Kowalski \(i)\n") }
}
try time("\(tinyCount) tiny files", bytes: tinyCount * 20, paths: [tiny])

// 3. One big file.
let big = scratch + "/big/big.txt"
if !fm.fileExists(atPath: big) {
  try fm.createDirectory(atPath: scratch + "/big", withIntermediateDirectories: true)
  let block = String(repeating: paragraph, count: 1000)
  let handle = FileHandle(forWritingAtPath: { fm.createFile(atPath: big, contents: nil); return big }())!
  var written = 0
  let data = Data(block.utf8)
  while written < bigMB * 1_048_576 {
    handle.write(data)
    written += data.count
  }
  try handle.close()
}
let bigSize = (try fm.attributesOfItem(atPath: big)[.size] as? Int) ?? 0
try time("one \(bigMB) MB file", bytes: bigSize, paths: [big])

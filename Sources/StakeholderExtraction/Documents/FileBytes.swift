#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file with POSIX calls: one `open`, one `fstat`, reads straight into the array.
///
///     let bytes = try FileBytes.read("seeds/000.txt")
///
/// Opened with `O_NONBLOCK` and checked with `fstat`, so a FIFO or device that replaced a file since the walk
/// is refused instead of blocking. Plain `read` rather than `mmap`: a file truncated while mapped would kill the
/// process with SIGBUS, and one copy from the page cache costs about as much as the page faults would.
/// - Complexity: O(n) time and memory; no intermediate buffers.
enum FileBytes {
  /// Why a file could not be read: an `errno` value, described for a one-line diagnostic.
  struct Failure: Error, Equatable {
    var code: Int32

    /// "permission denied", "is a directory", …: lowercase, as in a compiler message.
    var message: String {
      switch code {
      case EACCES, EPERM: "permission denied"
      case ENOENT: "no such file (removed while reading?)"
      case EISDIR: "is a directory"
      case ENOTDIR: "a component of the path is not a directory"
      case ELOOP: "symbolic link loop"
      case ENAMETOOLONG: "path too long"
      case -1: "not a regular file"
      default:
        String(cString: strerror(code)).lowercased()
      }
    }
  }

  static func read(_ path: String) throws(Failure) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw Failure(code: errno) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw Failure(code: errno) }
    guard st.st_mode & 0o170000 == 0o100000 else { throw Failure(code: -1) }
    let expected = Int(st.st_size)
    var bytes = [UInt8](repeating: 0, count: 0)
    var failure: Int32 = 0
    if expected > 0 {
      bytes = [UInt8](unsafeUninitializedCapacity: expected) { buf, count in
        while count < expected {
          let r = readFD(fd, buf.baseAddress! + count, expected - count)
          if r < 0 {
            if errno == EINTR { continue }
            failure = errno
            break
          }
          if r == 0 { break }
          count += r
        }
      }
    }
    if failure != 0 { throw Failure(code: failure) }
    // Files that grew since fstat (or report size 0, like /proc files): read on to the end.
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { (chunk) throws(Failure) in
      while true {
        let r = readFD(fd, chunk.baseAddress!, chunk.count)
        if r < 0 {
          if errno == EINTR { continue }
          throw Failure(code: errno)
        }
        if r == 0 { break }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<r]))
      }
    }
    return bytes
  }
}

/// `read(2)`, named apart from ``FileBytes/read(_:)``.
@inline(__always)
private func readFD(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
  Glibc.read(fd, buffer, count)
  #elseif canImport(Musl)
  Musl.read(fd, buffer, count)
  #else
  Darwin.read(fd, buffer, count)
  #endif
}

import CGraphviz
import Foundation

/// A Graphviz layout engine.
public enum LayoutEngine: String, Sendable, CaseIterable {
  case dot, neato, sfdp, fdp, circo, twopi
}

/// An output format Graphviz renders to.
public enum RenderFormat: String, Sendable, CaseIterable {
  case svg, png, pdf, dot
  /// The Graphviz device name; `dot` gives the laid-out graph with positions.
  var device: String { self == .dot ? "dot" : rawValue }
}

/// What can go wrong while rendering.
public enum RenderError: Error, CustomStringConvertible, Equatable {
  /// The DOT text did not parse; the message is Graphviz's own.
  case invalidDOT(message: String)
  /// The layout engine failed (or is not installed).
  case layoutFailed(engine: String, message: String)
  /// The renderer failed to produce the format.
  case renderFailed(format: String, message: String)

  public var description: String {
    switch self {
    case .invalidDOT(let m): "Graphviz could not read the DOT text: \(m)"
    case .layoutFailed(let e, let m): "Graphviz layout '\(e)' failed\(m.isEmpty ? "" : ": \(m)")"
    case .renderFailed(let f, let m): "Graphviz could not render \(f)\(m.isEmpty ? "" : ": \(m)")"
    }
  }
}

/// Lays out and renders DOT text in-process through libgvc (agmemread → gvLayout → gvRenderData).
///
///     let svg = try GraphvizRenderer.shared.render(dot: "graph { a -- b }", engine: .neato, format: .svg)
///
/// Graphviz keeps global state and is not thread-safe: every call holds one process-wide lock.
/// Graphviz's error text is captured and returned in ``RenderError`` instead of going to stderr.
public final class GraphvizRenderer: @unchecked Sendable {
  /// The one renderer of the process (one `gvContext`, reused: each context leaks a little).
  public static let shared = GraphvizRenderer()

  private let lock = NSLock()
  private let context: OpaquePointer

  private init() {
    context = gvContext()
  }

  /// Renders DOT text.
  /// - Parameters:
  ///   - dot: the graph in the DOT language.
  ///   - engine: layout engine.
  ///   - format: output format.
  ///   - seed: seeds the C random generators before the layout so sfdp/neato repeat byte for byte.
  /// - Returns: the rendered bytes.
  public func render(dot: String, engine: LayoutEngine, format: RenderFormat, seed: Int = 1) throws -> Data {
    lock.lock()
    defer { lock.unlock() }
    ErrorCapture.start()
    defer { ErrorCapture.stop() }

    guard let graph = dot.withCString({ agmemread($0) }) else {
      throw RenderError.invalidDOT(message: ErrorCapture.text(or: "syntax error"))
    }
    defer { agclose(graph) }

    srand48(seed)
    srand(UInt32(truncatingIfNeeded: seed))
    let laidOut = engine.rawValue.withCString { gvLayout(context, graph, $0) }
    guard laidOut == 0 else {
      throw RenderError.layoutFailed(engine: engine.rawValue, message: ErrorCapture.text(or: ""))
    }
    defer { gvFreeLayout(context, graph) }

    var buffer: UnsafeMutablePointer<CChar>? = nil
    let (rc, length) = format.device.withCString { device in
      renderData(gvRenderData, context, graph, device, &buffer)
    }
    guard rc == 0, let buffer else {
      throw RenderError.renderFailed(format: format.rawValue, message: ErrorCapture.text(or: ""))
    }
    defer { gvFreeRenderData(buffer) }
    let data = Data(bytes: buffer, count: length)
    return format == .pdf ? PDFDates.fixed(data) : data
  }
}

/// Cairo writes the time of rendering into a PDF (`/CreationDate (D:20261121193431Z)`) and ignores
/// SOURCE_DATE_EPOCH (1.16); this puts a fixed date of the same length in its place, so separate runs give
/// the same bytes and the cross-reference offsets stay right. (Within one process cairo's font-subset
/// names still differ from render to render; `analyze` writes no PDF.)
enum PDFDates {
  static func fixed(_ pdf: Data) -> Data {
    var bytes = [UInt8](pdf)
    let fixedDigits = Array("20000101000000".utf8)
    for key in ["/CreationDate (D:", "/ModDate (D:"] {
      let k = Array(key.utf8)
      var i = 0
      while i + k.count + fixedDigits.count <= bytes.count {
        if bytes[i] == k[0] && Array(bytes[i..<(i + k.count)]) == k {
          let start = i + k.count
          let digits = bytes[start..<(start + fixedDigits.count)]
          if digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            bytes.replaceSubrange(start..<(start + fixedDigits.count), with: fixedDigits)
          }
          i = start
        } else {
          i += 1
        }
      }
    }
    return Data(bytes)
  }
}

// gvRenderData's length parameter is `unsigned int *` up to Graphviz 12 and `size_t *` from 13 on.
// These two overloads let the compiler pick whichever the installed header declares.
private func renderData(
  _ f: (OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<UInt32>?) -> Int32,
  _ gvc: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, _ device: UnsafePointer<CChar>, _ out: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> (Int32, Int) {
  var length: UInt32 = 0
  let rc = f(gvc, g, device, out, &length)
  return (rc, Int(length))
}

private func renderData(
  _ f: (OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Int>?) -> Int32,
  _ gvc: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, _ device: UnsafePointer<CChar>, _ out: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> (Int32, Int) {
  var length: Int = 0
  let rc = f(gvc, g, device, out, &length)
  return (rc, length)
}

/// Collects Graphviz's error and warning text through `agseterrf` while a render runs.
/// Only touched while ``GraphvizRenderer``'s lock is held.
enum ErrorCapture {
  nonisolated(unsafe) static var messages: [String] = []

  static func start() {
    messages = []
    agseterr(AGWARN)
    _ = agseterrf { cText in
      if let cText { ErrorCapture.messages.append(String(cString: cText)) }
      return 0
    }
  }

  static func stop() {
    _ = agseterrf(nil)
  }

  /// The captured text, trimmed and joined, or `fallback` if Graphviz said nothing.
  static func text(or fallback: String) -> String {
    var joined = messages.joined().trimmingCharacters(in: .whitespacesAndNewlines)
    if joined.isEmpty, let last = aglasterr() {
      joined = String(cString: last).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return joined.isEmpty ? fallback : joined
  }
}

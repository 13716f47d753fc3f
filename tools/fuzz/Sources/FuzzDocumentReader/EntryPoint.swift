/// SwiftPM links debug executables with `main` aliased to `FuzzDocumentReader_main` (so tests can link them), which
/// keeps libFuzzer's own `main` out of the link. This is that entry point: it hands over to libFuzzer's driver
/// with the test function. (In release builds libFuzzer's `main` is used and this is not called.)
@_cdecl("FuzzDocumentReader_main")
func FuzzDocumentReaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv, fuzzEntry)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

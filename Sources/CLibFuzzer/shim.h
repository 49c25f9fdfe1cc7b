#include <stddef.h>
#include <stdint.h>
/* libFuzzer's driver, linked in by -sanitize=fuzzer. SwiftPM links an executable's entry point
   as `<module>_main`, so libFuzzer's own main() is never used: the fuzz targets define that
   entry point and hand control to the driver, with the function it fuzzes. Declared only; no
   library is named, since the sanitizer runtime provides the symbol. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

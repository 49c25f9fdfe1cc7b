#ifndef LITREV_CZLIB_SHIM_H
#define LITREV_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro over inflateInit2_; Swift cannot call macros with arguments. */
static inline int czlib_inflate_init_gzip(z_stream *stream) {
  /* 15 window bits + 32: accept a gzip or zlib header, detected from the data. */
  return inflateInit2(stream, 15 + 32);
}

#endif

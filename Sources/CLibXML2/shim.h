#ifndef LITREV_CLIBXML2_SHIM_H
#define LITREV_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, so <libxml/encoding.h> pulls in the ICU headers, whose UErrorCode
   clashes with the copy inside Foundation's own ICU module. We never use libxml2's ICU converters,
   so hide them; without this a clean build fails wherever Foundation is imported beside this module
   ("'UErrorCode' has different definitions in different modules"), while an incremental one may pass. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

/* xmlFree is a C global function pointer; Swift 6 rejects reading global mutable state. */
static inline void clx_free(void *pointer) { xmlFree(pointer); }

/* libxml2 reports some errors (a failed encoding conversion, an I/O error) without a parser
   context, through its generic handler, which prints them on stderr. Every parse has a
   structured handler of its own that turns errors into values; these messages would only
   leak onto the user's terminal beside them, so they are dropped. The handler is variadic,
   which Swift cannot write. */
static void clx_ignore_generic_error(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}
static inline void clx_silence_generic_errors(void) {
  xmlSetGenericErrorFunc(NULL, clx_ignore_generic_error);
  xmlThrDefSetGenericErrorFunc(NULL, clx_ignore_generic_error);
}

#endif

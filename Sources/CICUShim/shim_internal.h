/* Private helpers shared by the shim's .c files. Not part of the public header. */
#ifndef CICUSHIM_INTERNAL_H
#define CICUSHIM_INTERNAL_H

#include <stdint.h>
#include <unicode/utypes.h>

/** Converts UTF-8 (NULL + 0 = empty) to a malloc'd, NUL-terminated UTF-16 copy. */
UChar *vf_u16_from_utf8(const char *s, int32_t len, int32_t *outLen, UErrorCode *st);

/** Converts UTF-16 to malloc'd, NUL-terminated UTF-8 stored in *out / *outLen. */
void vf_utf8_from_u16(const UChar *u, int32_t ulen, char **out, int32_t *outLen, UErrorCode *st);

/** Resets the caller's output slots to the "no result" state. */
void vf_clear_output(char **out, int32_t *outLen);

#endif

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include "include/cicushim.h"

int32_t vf_script_of_letter(int32_t codepoint) {
    if (codepoint < 0 || codepoint > 0x10FFFF) return -1;
    if (!u_isUAlphabetic((UChar32)codepoint)) return -1;
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript((UChar32)codepoint, &st);
    if (U_FAILURE(st)) return -1;
    if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED || sc == USCRIPT_UNKNOWN) return -1;
    return (int32_t)sc;
}

const char *vf_script_short_name(int32_t script) {
    if (script < 0) return NULL;
    return uscript_getShortName((UScriptCode)script);
}

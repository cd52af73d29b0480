#include <stdlib.h>
#include <unicode/unorm2.h>
#include "include/cicushim.h"
#include "shim_internal.h"

int32_t vf_normalize(int32_t form, const char *s, int32_t len, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *n = NULL;
    switch (form) {
    case VF_NORM_NFC: n = unorm2_getNFCInstance(&st); break;
    case VF_NORM_NFKC_CASEFOLD: n = unorm2_getNFKCCasefoldInstance(&st); break;
    default: return U_ILLEGAL_ARGUMENT_ERROR;
    }
    if (U_FAILURE(st)) return st;
    int32_t ulen = 0;
    UChar *u = vf_u16_from_utf8(s, len, &ulen, &st);
    if (U_FAILURE(st)) return st;
    int32_t need = unorm2_normalize(n, u, ulen, NULL, 0, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) st = U_ZERO_ERROR;
    UChar *dst = NULL;
    if (U_SUCCESS(st)) {
        dst = (UChar *)malloc(sizeof(UChar) * ((size_t)need + 1));
        if (dst == NULL) st = U_MEMORY_ALLOCATION_ERROR;
        else need = unorm2_normalize(n, u, ulen, dst, need + 1, &st);
    }
    free(u);
    vf_utf8_from_u16(dst, need, out, outLen, &st);
    free(dst);
    return st;
}

#include <stdlib.h>
#include <string.h>
#include <unicode/utrans.h>
#include "include/cicushim.h"
#include "shim_internal.h"

struct vf_translit {
    UTransliterator *t;
};

int32_t vf_translit_open(const char *id, const char *rules, vf_translit **out) {
    *out = NULL;
    if (id == NULL) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    int32_t idLen = 0, rulesLen = 0;
    UChar *uid = vf_u16_from_utf8(id, (int32_t)strlen(id), &idLen, &st);
    UChar *urules = rules ? vf_u16_from_utf8(rules, (int32_t)strlen(rules), &rulesLen, &st) : NULL;
    UParseError pe;
    UTransliterator *t = NULL;
    if (U_SUCCESS(st)) t = utrans_openU(uid, idLen, UTRANS_FORWARD, urules, urules ? rulesLen : 0, &pe, &st);
    free(uid);
    free(urules);
    if (U_FAILURE(st)) { if (t) utrans_close(t); return st; }
    vf_translit *h = (vf_translit *)malloc(sizeof *h);
    if (h == NULL) { utrans_close(t); return U_MEMORY_ALLOCATION_ERROR; }
    h->t = t;
    *out = h;
    return st;
}

void vf_translit_close(vf_translit *t) {
    if (t == NULL) return;
    utrans_close(t->t);
    free(t);
}

int32_t vf_translit_apply(vf_translit *t, const char *s, int32_t len, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (t == NULL) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    int32_t srcLen = 0;
    UChar *src = vf_u16_from_utf8(s, len, &srcLen, &st);
    if (U_FAILURE(st)) return st;

    /* utrans_transUChars works in place: the buffer needs spare capacity, and both
       textLength and limit are in/out. On overflow the buffer content is undefined,
       so copy the input in again and retry with more room. */
    int32_t cap = srcLen * 2 + 16;
    UChar *buf = NULL;
    int32_t textLen = 0;
    for (int attempt = 0; attempt < 8; attempt++) {
        buf = (UChar *)malloc(sizeof(UChar) * (size_t)cap);
        if (buf == NULL) { st = U_MEMORY_ALLOCATION_ERROR; break; }
        memcpy(buf, src, sizeof(UChar) * (size_t)srcLen);
        textLen = srcLen;
        int32_t limit = srcLen;
        st = U_ZERO_ERROR;
        utrans_transUChars(t->t, buf, &textLen, cap, 0, &limit, &st);
        if (st != U_BUFFER_OVERFLOW_ERROR) break;
        free(buf);
        buf = NULL;
        int32_t grown = cap * 4;
        if (textLen + 16 > grown) grown = textLen + 16;
        cap = grown;
    }
    free(src);
    if (U_SUCCESS(st) && textLen > cap) st = U_BUFFER_OVERFLOW_ERROR;
    vf_utf8_from_u16(buf, textLen, out, outLen, &st);
    free(buf);
    return st;
}

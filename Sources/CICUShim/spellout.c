#include <stdlib.h>
#include <unicode/unum.h>
#include "include/cicushim.h"
#include "shim_internal.h"

struct vf_spellout {
    UNumberFormat *fmt;
};

int32_t vf_spellout_open(const char *locale, vf_spellout **out) {
    *out = NULL;
    UErrorCode st = U_ZERO_ERROR;
    UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &st);
    if (U_FAILURE(st)) return st;
    /* Strict RBNF parsing reads "thirty five" as 3005 without an error. */
    unum_setAttribute(fmt, UNUM_LENIENT_PARSE, 1);
    vf_spellout *h = (vf_spellout *)malloc(sizeof *h);
    if (h == NULL) { unum_close(fmt); return U_MEMORY_ALLOCATION_ERROR; }
    h->fmt = fmt;
    *out = h;
    return st;
}

void vf_spellout_close(vf_spellout *f) {
    if (f == NULL) return;
    unum_close(f->fmt);
    free(f);
}

int32_t vf_spellout_parse(vf_spellout *f, const char *s, int32_t len, double *value) {
    *value = 0;
    if (f == NULL) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0;
    UChar *u = vf_u16_from_utf8(s, len, &ulen, &st);
    if (U_FAILURE(st)) return st;
    if (ulen == 0) { free(u); return U_PARSE_ERROR; }
    int32_t pos = 0;
    double v = unum_parseDouble(f->fmt, u, ulen, &pos, &st);
    free(u);
    if (U_FAILURE(st)) return st;
    if (pos != ulen) return U_PARSE_ERROR;
    *value = v;
    return st;
}

int32_t vf_spellout_format(vf_spellout *f, double value, char **out, int32_t *outLen) {
    *out = NULL;
    *outLen = 0;
    if (f == NULL) return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    UChar buf[256];
    int32_t n = unum_formatDouble(f->fmt, value, buf, 256, NULL, &st);
    if (U_FAILURE(st)) return st;
    if (n > 256) return U_BUFFER_OVERFLOW_ERROR;
    vf_utf8_from_u16(buf, n, out, outLen, &st);
    return st;
}

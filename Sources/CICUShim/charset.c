#include <stdlib.h>
#include <string.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include "include/cicushim.h"
#include "shim_internal.h"

struct vf_csmatches {
    UCharsetDetector *det;
    char *bytes;                    /* ucsdet keeps a pointer to the text: own a copy */
    const UCharsetMatch **matches;  /* owned by det */
    int32_t count;
};

void vf_csmatches_close(vf_csmatches *m) {
    if (m == NULL) return;
    if (m->det) ucsdet_close(m->det);
    free(m->bytes);
    free(m);
}

int32_t vf_csdet_detect(const char *bytes, int32_t len, vf_csmatches **out) {
    *out = NULL;
    if (len < 0 || (bytes == NULL && len != 0)) return U_ILLEGAL_ARGUMENT_ERROR;
    vf_csmatches *m = (vf_csmatches *)calloc(1, sizeof *m);
    if (m == NULL) return U_MEMORY_ALLOCATION_ERROR;
    m->bytes = (char *)malloc((size_t)len + 1);
    if (m->bytes == NULL) { vf_csmatches_close(m); return U_MEMORY_ALLOCATION_ERROR; }
    if (len > 0) memcpy(m->bytes, bytes, (size_t)len);
    m->bytes[len] = 0;
    UErrorCode st = U_ZERO_ERROR;
    m->det = ucsdet_open(&st);
    ucsdet_setText(m->det, m->bytes, len, &st);
    m->matches = ucsdet_detectAll(m->det, &m->count, &st);
    if (U_FAILURE(st)) { vf_csmatches_close(m); return st; }
    if (m->matches == NULL) m->count = 0;
    *out = m;
    return st;
}

int32_t vf_csmatches_count(const vf_csmatches *m) { return m ? m->count : 0; }

const char *vf_csmatches_name(const vf_csmatches *m, int32_t i) {
    if (m == NULL || i < 0 || i >= m->count) return "";
    UErrorCode st = U_ZERO_ERROR;
    const char *name = ucsdet_getName(m->matches[i], &st);
    return (U_SUCCESS(st) && name) ? name : "";
}

const char *vf_csmatches_language(const vf_csmatches *m, int32_t i) {
    if (m == NULL || i < 0 || i >= m->count) return "";
    UErrorCode st = U_ZERO_ERROR;
    const char *lang = ucsdet_getLanguage(m->matches[i], &st);
    return (U_SUCCESS(st) && lang) ? lang : "";
}

int32_t vf_csmatches_confidence(const vf_csmatches *m, int32_t i) {
    if (m == NULL || i < 0 || i >= m->count) return 0;
    UErrorCode st = U_ZERO_ERROR;
    int32_t c = ucsdet_getConfidence(m->matches[i], &st);
    return U_SUCCESS(st) ? c : 0;
}

int32_t vf_decode(const char *charset, const char *bytes, int32_t len, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (charset == NULL || len < 0 || (bytes == NULL && len != 0)) return U_ILLEGAL_ARGUMENT_ERROR;
    if (bytes == NULL) bytes = "";
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &st);
    if (U_FAILURE(st)) return st;
    int32_t need = ucnv_toUChars(cnv, NULL, 0, bytes, len, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR || st == U_STRING_NOT_TERMINATED_WARNING) st = U_ZERO_ERROR;
    UChar *u = NULL;
    if (U_SUCCESS(st)) {
        u = (UChar *)malloc(sizeof(UChar) * ((size_t)need + 1));
        if (u == NULL) st = U_MEMORY_ALLOCATION_ERROR;
        else {
            ucnv_resetToUnicode(cnv);
            need = ucnv_toUChars(cnv, u, need + 1, bytes, len, &st);
        }
    }
    ucnv_close(cnv);
    vf_utf8_from_u16(u, need, out, outLen, &st);
    free(u);
    return st;
}

#include <stdlib.h>
#include <unicode/uspoof.h>
#include "include/cicushim.h"
#include "shim_internal.h"

struct vf_spoof {
    USpoofChecker *sc;
};

int32_t vf_spoof_open(vf_spoof **out) {
    *out = NULL;
    UErrorCode st = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&st);
    if (U_FAILURE(st)) return st;
    vf_spoof *h = (vf_spoof *)malloc(sizeof *h);
    if (h == NULL) { uspoof_close(sc); return U_MEMORY_ALLOCATION_ERROR; }
    h->sc = sc;
    *out = h;
    return st;
}

void vf_spoof_close(vf_spoof *sc) {
    if (sc == NULL) return;
    uspoof_close(sc->sc);
    free(sc);
}

int32_t vf_spoof_skeleton(vf_spoof *sc, const char *s, int32_t len, char **out, int32_t *outLen) {
    vf_clear_output(out, outLen);
    if (sc == NULL || len < 0 || (s == NULL && len != 0)) return U_ILLEGAL_ARGUMENT_ERROR;
    if (s == NULL) s = "";
    UErrorCode st = U_ZERO_ERROR;
    int32_t need = uspoof_getSkeletonUTF8(sc->sc, 0, s, len, NULL, 0, &st);
    if (st == U_BUFFER_OVERFLOW_ERROR || st == U_STRING_NOT_TERMINATED_WARNING) st = U_ZERO_ERROR;
    if (U_FAILURE(st)) return st;
    char *buf = (char *)malloc((size_t)need + 1);
    if (buf == NULL) return U_MEMORY_ALLOCATION_ERROR;
    int32_t written = uspoof_getSkeletonUTF8(sc->sc, 0, s, len, buf, need + 1, &st);
    if (U_FAILURE(st)) { free(buf); return st; }
    buf[written] = 0;
    *out = buf;
    *outLen = written;
    return st;
}

int32_t vf_spoof_check(vf_spoof *sc, const char *s, int32_t len, int32_t *result) {
    *result = 0;
    if (sc == NULL || len < 0 || (s == NULL && len != 0)) return U_ILLEGAL_ARGUMENT_ERROR;
    if (s == NULL) s = "";
    UErrorCode st = U_ZERO_ERROR;
    int32_t r = uspoof_check2UTF8(sc->sc, s, len, NULL, &st);
    if (U_FAILURE(st)) return st;
    *result = r;
    return st;
}

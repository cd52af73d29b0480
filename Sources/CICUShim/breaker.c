#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include "include/cicushim.h"
#include "shim_internal.h"

struct vf_breaker {
    UBreakIterator *bi;
};

static const UChar kEmpty[1] = {0};

int32_t vf_breaker_open(int32_t kind, const char *locale, vf_breaker **out) {
    *out = NULL;
    UBreakIteratorType type;
    if (kind == VF_BREAK_WORD) type = UBRK_WORD;
    else if (kind == VF_BREAK_SENTENCE) type = UBRK_SENTENCE;
    else return U_ILLEGAL_ARGUMENT_ERROR;
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(type, locale, NULL, 0, &st);
    if (U_FAILURE(st)) return st;
    vf_breaker *b = (vf_breaker *)malloc(sizeof *b);
    if (b == NULL) { ubrk_close(bi); return U_MEMORY_ALLOCATION_ERROR; }
    b->bi = bi;
    *out = b;
    return st;
}

void vf_breaker_close(vf_breaker *b) {
    if (b == NULL) return;
    ubrk_close(b->bi);
    free(b);
}

static int32_t word_kind(int32_t ruleStatus) {
    if (ruleStatus >= UBRK_WORD_IDEO && ruleStatus < UBRK_WORD_IDEO_LIMIT) return VF_WORD_IDEO;
    if (ruleStatus >= UBRK_WORD_KANA && ruleStatus < UBRK_WORD_KANA_LIMIT) return VF_WORD_KANA;
    if (ruleStatus >= UBRK_WORD_LETTER && ruleStatus < UBRK_WORD_LETTER_LIMIT) return VF_WORD_LETTER;
    if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT) return VF_WORD_NUMBER;
    return VF_WORD_NONE;
}

int32_t vf_breaker_segment(vf_breaker *b, const char *s, int32_t len,
                           int32_t **boundaries, int32_t **kinds, int32_t *count) {
    *boundaries = NULL;
    if (kinds) *kinds = NULL;
    *count = 0;
    if (b == NULL || len < 0 || (s == NULL && len != 0)) return U_ILLEGAL_ARGUMENT_ERROR;
    if (len == 0) return U_ZERO_ERROR;

    UErrorCode st = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, s, len, &st);
    /* ubrk keeps a shallow clone of the UText: our UText may be closed now, but the
       bytes it points to must stay alive until the iterator is given other text. */
    ubrk_setUText(b->bi, &ut, &st);
    utext_close(&ut);

    int32_t cap = 64, n = 0;
    int32_t *bs = NULL, *ks = NULL;
    if (U_SUCCESS(st)) {
        bs = (int32_t *)malloc(sizeof(int32_t) * (size_t)cap);
        ks = kinds ? (int32_t *)malloc(sizeof(int32_t) * (size_t)cap) : NULL;
        if (bs == NULL || (kinds && ks == NULL)) st = U_MEMORY_ALLOCATION_ERROR;
    }
    if (U_SUCCESS(st)) {
        for (int32_t p = ubrk_first(b->bi); p != UBRK_DONE; p = ubrk_next(b->bi)) {
            if (n == cap) {
                cap *= 2;
                int32_t *nb = (int32_t *)realloc(bs, sizeof(int32_t) * (size_t)cap);
                if (nb == NULL) { st = U_MEMORY_ALLOCATION_ERROR; break; }
                bs = nb;
                if (ks) {
                    int32_t *nk = (int32_t *)realloc(ks, sizeof(int32_t) * (size_t)cap);
                    if (nk == NULL) { st = U_MEMORY_ALLOCATION_ERROR; break; }
                    ks = nk;
                }
            }
            bs[n] = p;
            if (ks) ks[n] = (n == 0) ? VF_WORD_NONE : word_kind(ubrk_getRuleStatus(b->bi));
            n++;
        }
    }
    /* Drop the iterator's pointer into the caller's buffer. */
    UErrorCode resetStatus = U_ZERO_ERROR;
    ubrk_setText(b->bi, kEmpty, 0, &resetStatus);

    if (U_FAILURE(st)) { free(bs); free(ks); return st; }
    *boundaries = bs;
    if (kinds) *kinds = ks;
    *count = n;
    return st;
}

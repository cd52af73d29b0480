/*
 * cicushim.h — plain-C facade over the system ICU for the VerifyICU Swift module.
 *
 * This header deliberately contains NO ICU types, so Swift never sees an ICU header
 * (Foundation on Linux carries its own private ICU; mixing both fails to build).
 *
 * Conventions used by every function below:
 *  - A returned int32_t "status" is an ICU UErrorCode value: > 0 is a failure,
 *    0 is success, < 0 is success with a warning.
 *  - Text input is UTF-8 with an explicit byte length. A NULL pointer with length 0
 *    is the empty string.
 *  - Text output (`char **out`, `int32_t *outLen`) is malloc'd UTF-8, NUL-terminated,
 *    and must be released with vf_free(). On failure *out is NULL and *outLen is 0.
 *  - Opaque handles (struct vf_xxx *) are created by vf_xxx_open and released by
 *    vf_xxx_close. Handles are not thread-safe.
 */
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A few status values used by the shim itself (same numbers as ICU's UErrorCode). */
#define VF_STATUS_OK 0
#define VF_STATUS_ILLEGAL_ARGUMENT 1
#define VF_STATUS_INDEX_OUTOFBOUNDS 8
#define VF_STATUS_PARSE_ERROR 9

/* ---- memory and errors ---- */

/** Frees memory returned by any shim function (text outputs, boundary arrays). NULL is fine. */
void vf_free(void *p);

/** Symbolic name of a status, e.g. "U_ILLEGAL_ARGUMENT_ERROR". Static storage, never NULL. */
const char *vf_error_name(int32_t status);

/* ---- normalization (unorm2) ---- */

#define VF_NORM_NFC 0
#define VF_NORM_NFKC_CASEFOLD 1

/** Normalizes UTF-8 text with the given VF_NORM_* form. */
int32_t vf_normalize(int32_t form, const char *s, int32_t len, char **out, int32_t *outLen);

/* ---- break iteration (ubrk over a UTF-8 UText) ---- */

#define VF_BREAK_WORD 1
#define VF_BREAK_SENTENCE 3

/* Word segment kinds derived from the ICU rule status. */
#define VF_WORD_NONE 0
#define VF_WORD_NUMBER 1
#define VF_WORD_LETTER 2
#define VF_WORD_KANA 3
#define VF_WORD_IDEO 4

typedef struct vf_breaker vf_breaker;

/** Opens a break iterator of kind VF_BREAK_WORD or VF_BREAK_SENTENCE for a locale ID. */
int32_t vf_breaker_open(int32_t kind, const char *locale, vf_breaker **out);
void vf_breaker_close(vf_breaker *b);

/**
 * Segments UTF-8 text. *boundaries receives *count UTF-8 byte offsets (malloc'd, free
 * with vf_free), starting with 0 and ending with len (count is 0 for empty text).
 * If kinds is not NULL, *kinds receives *count VF_WORD_* values (malloc'd): kinds[i]
 * describes the segment that ends at boundaries[i]; kinds[0] is VF_WORD_NONE.
 * The text is only read during this call: the iterator does not keep a pointer to it.
 */
int32_t vf_breaker_segment(vf_breaker *b, const char *s, int32_t len,
                           int32_t **boundaries, int32_t **kinds, int32_t *count);

/* ---- transliteration (utrans) ---- */

typedef struct vf_translit vf_translit;

/**
 * Opens a transliterator. With rules == NULL, id is a (compound) system ID such as
 * "Any-Latin; Latin-ASCII". With rules != NULL, the rules (which may contain
 * "::Any-Latin;" invocations) are compiled and id only names the result.
 */
int32_t vf_translit_open(const char *id, const char *rules, vf_translit **out);
void vf_translit_close(vf_translit *t);

/** Transliterates UTF-8 text. */
int32_t vf_translit_apply(vf_translit *t, const char *s, int32_t len, char **out, int32_t *outLen);

/* ---- charset detection (ucsdet) and conversion (ucnv) ---- */

typedef struct vf_csmatches vf_csmatches;

/** Detects the charset of raw bytes (copied). All candidate matches, best first. */
int32_t vf_csdet_detect(const char *bytes, int32_t len, vf_csmatches **out);
void vf_csmatches_close(vf_csmatches *m);
int32_t vf_csmatches_count(const vf_csmatches *m);
/** Name of match i ("UTF-8", "windows-1251", ...). Valid until vf_csmatches_close. */
const char *vf_csmatches_name(const vf_csmatches *m, int32_t i);
/** Language of match i ("ru", ...) or "" if none. Valid until vf_csmatches_close. */
const char *vf_csmatches_language(const vf_csmatches *m, int32_t i);
/** Confidence 0...100 of match i. */
int32_t vf_csmatches_confidence(const vf_csmatches *m, int32_t i);

/** Converts bytes in the named charset to UTF-8 (invalid sequences become U+FFFD). */
int32_t vf_decode(const char *charset, const char *bytes, int32_t len, char **out, int32_t *outLen);

/* ---- spell-out number parsing (unum UNUM_SPELLOUT, lenient) ---- */

typedef struct vf_spellout vf_spellout;

int32_t vf_spellout_open(const char *locale, vf_spellout **out);
void vf_spellout_close(vf_spellout *f);
/** Parses spelled-out text; VF_STATUS_PARSE_ERROR unless the whole input is consumed. */
int32_t vf_spellout_parse(vf_spellout *f, const char *s, int32_t len, double *value);
/* The number spelled out (UTF-8, malloc'd into *out; free with vf_free). */
int32_t vf_spellout_format(vf_spellout *f, double value, char **out, int32_t *outLen);

/* ---- spoof checking (uspoof) ---- */

typedef struct vf_spoof vf_spoof;

int32_t vf_spoof_open(vf_spoof **out);
void vf_spoof_close(vf_spoof *sc);
/** Confusable skeleton (UTS #39) of UTF-8 text. */
int32_t vf_spoof_skeleton(vf_spoof *sc, const char *s, int32_t len, char **out, int32_t *outLen);
/** Runs the default checks; *result is the failed-check bit set (0 = not suspicious). */
int32_t vf_spoof_check(vf_spoof *sc, const char *s, int32_t len, int32_t *result);

/* ---- scripts (uscript) ---- */

/**
 * Script code of an alphabetic code point, or -1 when the code point is not
 * alphabetic or its script is Common, Inherited or Unknown.
 */
int32_t vf_script_of_letter(int32_t codepoint);
/** ISO 15924 short name ("Latn", "Cyrl") of a script code. Static storage; NULL if unknown. */
const char *vf_script_short_name(int32_t script);

/* ---- date format symbols (udat, Gregorian calendar) ---- */

#define VF_SYM_MONTHS 0
#define VF_SYM_MONTHS_ABBR 1
#define VF_SYM_MONTHS_STANDALONE 2
#define VF_SYM_MONTHS_STANDALONE_ABBR 3
#define VF_SYM_WEEKDAYS 4
#define VF_SYM_WEEKDAYS_ABBR 5
#define VF_SYM_WEEKDAYS_STANDALONE 6
#define VF_SYM_WEEKDAYS_STANDALONE_ABBR 7

typedef struct vf_datesyms vf_datesyms;

/** Opens the Gregorian date symbols of a locale ID. */
int32_t vf_datesyms_open(const char *locale, vf_datesyms **out);
void vf_datesyms_close(vf_datesyms *d);
/**
 * One symbol, lowercased with the locale's rules. kind is a VF_SYM_* value; index is
 * 0...11 for months and 0...6 for weekdays (Sunday first).
 */
int32_t vf_datesyms_get(vf_datesyms *d, int32_t kind, int32_t index, char **out, int32_t *outLen);

/* ---- locale display names (uloc) ---- */

/** ISO 3166 two-letter region codes known to ICU, space-separated ("AD AE AF ..."). */
int32_t vf_locale_countries(char **out, int32_t *outLen);
/**
 * Display name of a region ("AZ") in a display locale ("ru" gives "Азербайджан").
 * Returns U_USING_DEFAULT_WARNING (negative) or U_USING_FALLBACK_WARNING when ICU fell
 * back to another locale's data; the region code itself when no name is known.
 */
int32_t vf_locale_display_country(const char *region, const char *displayLocale, char **out, int32_t *outLen);

/** ISO 639 language codes known to ICU, space-separated ("aa ab af ..."). */
int32_t vf_locale_languages(char **out, int32_t *outLen);
/** Display name of a language ("ru") in a display locale ("es" gives "ruso"). */
int32_t vf_locale_display_language(const char *language, const char *displayLocale, char **out, int32_t *outLen);
/** The region a language is most likely spoken in, from CLDR likely subtags ("uk" → "UA"). */
int32_t vf_locale_likely_region(const char *language, char **out, int32_t *outLen);

/* The canonical time zones of region `region` ("JP" → "Asia/Tokyo"), space-separated
 * (ucal_openTimeZoneIDEnumeration, UCAL_ZONE_TYPE_CANONICAL_LOCATION). */
int32_t vf_country_zones(const char *region, char **out, int32_t *outLen);

#ifdef __cplusplus
}
#endif

#endif /* CICUSHIM_H */

/*
 * cgumboshim.h — plain-C facade over the system Gumbo HTML5 parser (libgumbo) for the
 * VerifyHTML Swift module, done the way CICUShim is done for ICU (see docs/html.md).
 *
 * The header has NO Gumbo types: the shim parses, flattens the tree into two arrays
 * (nodes in document order, attributes) of plain C structs and hands them over in one
 * opaque handle. Every string points into memory the handle owns (or into the input,
 * which the caller keeps alive until vh_document_close). Offsets are UTF-8 byte offsets
 * into the input.
 */
#ifndef CGUMBOSHIM_H
#define CGUMBOSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Node kinds (vh_node.kind). */
#define VH_NODE_DOCUMENT 0
#define VH_NODE_ELEMENT 1
#define VH_NODE_TEXT 2
#define VH_NODE_CDATA 3
#define VH_NODE_COMMENT 4
#define VH_NODE_WHITESPACE 5
#define VH_NODE_TEMPLATE 6

/* Element namespaces (vh_node.ns). */
#define VH_NS_HTML 0
#define VH_NS_SVG 1
#define VH_NS_MATHML 2

/* Parse flags (vh_node.flags): how the parser put the node into the tree. */
#define VH_FLAG_BY_PARSER (1 << 0)          /* inserted without a start tag of its own */
#define VH_FLAG_IMPLICIT_END_TAG (1 << 1)   /* closed without an end tag */
#define VH_FLAG_IMPLIED (1 << 3)            /* html/head/body implied */
#define VH_FLAG_RECONSTRUCTED (1 << 7)      /* reconstructed formatting element */
#define VH_FLAG_ADOPTION_CLONED (1 << 8)    /* cloned by the adoption agency algorithm */
#define VH_FLAG_ADOPTION_MOVED (1 << 9)     /* moved by the adoption agency algorithm */
#define VH_FLAG_FOSTER_PARENTED (1 << 10)   /* foster-parented out of a table */

/* One node of the tree, in document (pre-)order. */
typedef struct vh_node {
    int32_t kind;              /* VH_NODE_* */
    int32_t parent;            /* index of the parent node, -1 for the document */
    int32_t subtree_end;       /* index one past the node's last descendant */
    int32_t ns;                /* VH_NS_* (elements and templates) */
    int32_t flags;             /* VH_FLAG_* bits */
    int32_t first_attribute;   /* index into the attribute array */
    int32_t attribute_count;
    const char *name;          /* lowercase tag name (elements, templates), else NULL */
    int32_t name_length;
    const char *text;          /* decoded text (text, whitespace, cdata, comment), else NULL */
    int64_t text_length;
    int64_t start;             /* offset of the start tag or of the first source byte; -1 if none */
    int64_t source_length;     /* length of the original start tag or text; 0 if none */
    int64_t end;               /* offset of the end tag (elements); -1 if none */
    int64_t end_length;        /* length of the original end tag; 0 if none */
} vh_node;

/* One attribute. */
typedef struct vh_attribute {
    const char *name;          /* lowercase (as the tokenizer folds it) */
    int32_t name_length;
    const char *value;         /* character references decoded */
    int32_t value_length;
    int64_t value_start;       /* offset of the raw value in the input, -1 if none */
} vh_attribute;

struct vh_document;

/**
 * Parses `length` bytes of UTF-8 at `utf8` (which must stay alive and unchanged until
 * vh_document_close). Returns NULL only when out of memory.
 */
struct vh_document *vh_document_parse(const char *utf8, int64_t length);

/** Releases a document and everything it points to. NULL is fine. */
void vh_document_close(struct vh_document *document);

/** Number of nodes; node 0 is the document. */
int32_t vh_document_node_count(const struct vh_document *document);

/** The node array (vh_document_node_count entries). */
const vh_node *vh_document_nodes(const struct vh_document *document);

/** Number of attributes over all elements. */
int32_t vh_document_attribute_count(const struct vh_document *document);

/** The attribute array. */
const vh_attribute *vh_document_attributes(const struct vh_document *document);

/** Whether the document is in quirks mode (0 no quirks, 1 quirks, 2 limited quirks). */
int32_t vh_document_quirks_mode(const struct vh_document *document);

#ifdef __cplusplus
}
#endif

#endif

/* Parsing and flattening of the Gumbo tree (see cgumboshim.h). */
#include "cgumboshim.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>

struct vh_document {
    GumboOutput *output;
    vh_node *nodes;
    int32_t node_count, node_capacity;
    vh_attribute *attributes;
    int32_t attribute_count, attribute_capacity;
    char **names;              /* lowercase copies of unknown tag names */
    int32_t name_count, name_capacity;
    const char *input;
    int failed;
};

static void *grow(void *array, int32_t *capacity, int32_t needed, size_t size) {
    if (needed <= *capacity) return array;
    int32_t next = *capacity ? *capacity * 2 : 64;
    while (next < needed) next *= 2;
    void *grown = realloc(array, (size_t)next * size);
    if (grown) *capacity = next;
    return grown;
}

static int64_t offset_of(const struct vh_document *doc, const char *pointer) {
    return pointer ? (int64_t)(pointer - doc->input) : -1;
}

/* The lowercase tag name of an element: Gumbo's normalized name, or the original one for unknown tags. */
static const char *tag_name(struct vh_document *doc, const GumboElement *element, int32_t *length) {
    if (element->tag != GUMBO_TAG_UNKNOWN) {
        const char *name = gumbo_normalized_tagname(element->tag);
        *length = (int32_t)strlen(name);
        return name;
    }
    GumboStringPiece piece = element->original_tag;
    gumbo_tag_from_original_text(&piece);
    if (!piece.data || piece.length == 0) { *length = 0; return ""; }
    void *grown = grow(doc->names, &doc->name_capacity, doc->name_count + 1, sizeof(char *));
    if (!grown) { doc->failed = 1; *length = 0; return ""; }
    doc->names = grown;
    char *copy = malloc(piece.length + 1);
    if (!copy) { doc->failed = 1; *length = 0; return ""; }
    for (size_t i = 0; i < piece.length; i++) {
        char c = piece.data[i];
        copy[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    copy[piece.length] = 0;
    doc->names[doc->name_count++] = copy;
    *length = (int32_t)piece.length;
    return copy;
}

static int32_t add_node(struct vh_document *doc, const GumboNode *node, int32_t parent);

static void add_children(struct vh_document *doc, const GumboVector *children, int32_t parent) {
    for (unsigned int i = 0; i < children->length && !doc->failed; i++) {
        add_node(doc, (const GumboNode *)children->data[i], parent);
    }
}

static int32_t add_node(struct vh_document *doc, const GumboNode *node, int32_t parent) {
    void *grown = grow(doc->nodes, &doc->node_capacity, doc->node_count + 1, sizeof(vh_node));
    if (!grown) { doc->failed = 1; return -1; }
    doc->nodes = grown;
    int32_t index = doc->node_count++;
    vh_node out;
    memset(&out, 0, sizeof out);
    out.parent = parent;
    out.flags = (int32_t)node->parse_flags;
    out.start = -1;
    out.end = -1;
    out.first_attribute = doc->attribute_count;
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        out.kind = VH_NODE_DOCUMENT;
        doc->nodes[index] = out;
        add_children(doc, &node->v.document.children, index);
        break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement *element = &node->v.element;
        out.kind = node->type == GUMBO_NODE_TEMPLATE ? VH_NODE_TEMPLATE : VH_NODE_ELEMENT;
        out.ns = element->tag_namespace == GUMBO_NAMESPACE_SVG ? VH_NS_SVG
               : element->tag_namespace == GUMBO_NAMESPACE_MATHML ? VH_NS_MATHML : VH_NS_HTML;
        out.name = tag_name(doc, element, &out.name_length);
        if (element->original_tag.data && element->original_tag.length > 0) {
            out.start = offset_of(doc, element->original_tag.data);
            out.source_length = (int64_t)element->original_tag.length;
        } else {
            out.start = (int64_t)element->start_pos.offset;
        }
        if (element->original_end_tag.data && element->original_end_tag.length > 0) {
            out.end = offset_of(doc, element->original_end_tag.data);
            out.end_length = (int64_t)element->original_end_tag.length;
        } else {
            out.end = (int64_t)element->end_pos.offset;
        }
        for (unsigned int i = 0; i < element->attributes.length; i++) {
            const GumboAttribute *attribute = (const GumboAttribute *)element->attributes.data[i];
            void *more = grow(doc->attributes, &doc->attribute_capacity, doc->attribute_count + 1, sizeof(vh_attribute));
            if (!more) { doc->failed = 1; break; }
            doc->attributes = more;
            vh_attribute a;
            a.name = attribute->name;
            a.name_length = (int32_t)strlen(attribute->name);
            a.value = attribute->value;
            a.value_length = (int32_t)strlen(attribute->value);
            a.value_start = attribute->original_value.data && attribute->original_value.length > 0
                ? offset_of(doc, attribute->original_value.data) : -1;
            doc->attributes[doc->attribute_count++] = a;
        }
        out.attribute_count = doc->attribute_count - out.first_attribute;
        doc->nodes[index] = out;
        add_children(doc, &element->children, index);
        break;
    }
    default: {
        const GumboText *text = &node->v.text;
        out.kind = node->type == GUMBO_NODE_TEXT ? VH_NODE_TEXT
                 : node->type == GUMBO_NODE_CDATA ? VH_NODE_CDATA
                 : node->type == GUMBO_NODE_COMMENT ? VH_NODE_COMMENT : VH_NODE_WHITESPACE;
        out.text = text->text;
        out.text_length = text->text ? (int64_t)strlen(text->text) : 0;
        if (text->original_text.data) {
            out.start = offset_of(doc, text->original_text.data);
            out.source_length = (int64_t)text->original_text.length;
        } else {
            out.start = (int64_t)text->start_pos.offset;
        }
        doc->nodes[index] = out;
        break;
    }
    }
    if (!doc->failed) doc->nodes[index].subtree_end = doc->node_count;
    return index;
}

struct vh_document *vh_document_parse(const char *utf8, int64_t length) {
    struct vh_document *doc = calloc(1, sizeof *doc);
    if (!doc) return NULL;
    static const char empty[1] = {0};
    doc->input = utf8 ? utf8 : empty;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;   /* errors are not reported; do not spend memory on them */
    doc->output = gumbo_parse_with_options(&options, doc->input, utf8 ? (size_t)length : 0);
    if (!doc->output) { free(doc); return NULL; }
    add_node(doc, doc->output->document, -1);
    if (doc->failed) { vh_document_close(doc); return NULL; }
    return doc;
}

void vh_document_close(struct vh_document *doc) {
    if (!doc) return;
    if (doc->output) gumbo_destroy_output(&kGumboDefaultOptions, doc->output);
    for (int32_t i = 0; i < doc->name_count; i++) free(doc->names[i]);
    free(doc->names);
    free(doc->nodes);
    free(doc->attributes);
    free(doc);
}

int32_t vh_document_node_count(const struct vh_document *doc) { return doc ? doc->node_count : 0; }
const vh_node *vh_document_nodes(const struct vh_document *doc) { return doc ? doc->nodes : NULL; }
int32_t vh_document_attribute_count(const struct vh_document *doc) { return doc ? doc->attribute_count : 0; }
const vh_attribute *vh_document_attributes(const struct vh_document *doc) { return doc ? doc->attributes : NULL; }
int32_t vh_document_quirks_mode(const struct vh_document *doc) {
    if (!doc || !doc->output) return 0;
    const GumboNode *d = doc->output->document;
    return d->v.document.doc_type_quirks_mode == GUMBO_DOCTYPE_QUIRKS ? 1
         : d->v.document.doc_type_quirks_mode == GUMBO_DOCTYPE_LIMITED_QUIRKS ? 2 : 0;
}

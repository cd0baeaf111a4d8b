/* dump.c: prints a syntax tree as an S-expression, for tests and for
 * debugging (`gomem parse -dump file.go`).
 *
 * Technique: a table gives, for each node kind, the slots to print in
 * order, one letter a slot: n name, l lit, o operator token, f the kind's
 * flag (variadic "...", "default", "3" for a 3-index slice, a channel
 * direction, "=" for an alias), x y z w t e r i c p b s children (x, y, z,
 * w, type, elem, recv, init, cond, post, body, els), L and M the lists
 * list and list2. A NULL child prints as `_`, an absent name as `-`, a
 * list as [a b c]. With positions on, each node prints @line:col after its
 * kind.
 *
 * Invariants: the output depends only on the tree (no addresses), so it can
 * be compared with golden files; every kind has an entry in the table.
 */
#include <string.h>

#include "compiler.h"

static const struct {
    const char *name;
    const char *slots;
} kinds[N_KIND_COUNT] = {
    [N_BAD] = {"bad", ""},
    [N_FILE] = {"file", "nL"},
    [N_IMPORT] = {"import", "nl"},
    [N_CONST] = {"const", "LtM"},
    [N_VAR] = {"var", "LtM"},
    [N_TYPE] = {"type", "nfLt"},
    [N_FUNC] = {"func", "nrLtb"},
    [N_ARRAYTYPE] = {"array", "xe"},
    [N_SLICETYPE] = {"slice", "e"},
    [N_MAPTYPE] = {"map", "xe"},
    [N_CHANTYPE] = {"chan", "fe"},
    [N_FUNCTYPE] = {"functype", "LM"},
    [N_STRUCTTYPE] = {"struct", "L"},
    [N_INTERFACETYPE] = {"interface", "L"},
    [N_FIELD] = {"field", "nftl"},
    [N_DOTS] = {"...", ""},
    [N_IDENT] = {"name", "n"},
    [N_BASICLIT] = {"lit", "l"},
    [N_COMPOSITELIT] = {"complit", "tL"},
    [N_KEYVALUE] = {"kv", "xy"},
    [N_FUNCLIT] = {"funclit", "tb"},
    [N_PAREN] = {"paren", "x"},
    [N_SELECTOR] = {"sel", "xn"},
    [N_INDEX] = {"index", "xL"},
    [N_SLICE] = {"sliceexpr", "fxyzw"},
    [N_TYPEASSERT] = {"assert", "xt"},
    [N_CALL] = {"call", "xLf"},
    [N_STAR] = {"star", "x"},
    [N_UNARY] = {"unary", "ox"},
    [N_BINARY] = {"binary", "oxy"},
    [N_BLOCK] = {"block", "L"},
    [N_EMPTY] = {"empty", ""},
    [N_LABELED] = {"labeled", "nb"},
    [N_EXPRSTMT] = {"expr", "x"},
    [N_SEND] = {"send", "xy"},
    [N_INCDEC] = {"incdec", "ox"},
    [N_ASSIGN] = {"assign", "oLM"},
    [N_DECLSTMT] = {"decl", "L"},
    [N_GO] = {"go", "x"},
    [N_DEFER] = {"defer", "x"},
    [N_RETURN] = {"return", "L"},
    [N_BRANCH] = {"branch", "on"},
    [N_IF] = {"if", "icbs"},
    [N_FOR] = {"for", "icpb"},
    [N_RANGE] = {"range", "fLxb"},
    [N_SWITCH] = {"switch", "ixL"},
    [N_TYPESWITCH] = {"typeswitch", "inxL"},
    [N_CASE] = {"case", "fLM"},
    [N_SELECT] = {"select", "L"},
    [N_COMMCLAUSE] = {"comm", "fxM"},
};

const char *ast_kind_name(NodeKind k) {
    if ((unsigned)k < N_KIND_COUNT && kinds[k].name)
        return kinds[k].name;
    return "?";
}

static void dump_node(FILE *out, const Node *n, bool with_pos);

static const char *flag_text(const Node *n) {
    switch (n->kind) {
    case N_FIELD: case N_CALL: return n->op ? "..." : NULL;
    case N_CASE: case N_COMMCLAUSE: return n->op ? "default" : NULL;
    case N_SLICE: return n->op == 3 ? "3" : NULL;
    case N_TYPE: return n->op ? "=" : NULL;
    case N_RANGE: return n->op ? token_text((TokenKind)n->op) : NULL;
    case N_CHANTYPE:
        return n->op == CHAN_SEND ? "send" : n->op == CHAN_RECV ? "recv" : "both";
    default: return NULL;
    }
}

static void dump_list(FILE *out, NodeList l, bool with_pos) {
    fputc('[', out);
    for (int i = 0; i < l.len; i++) {
        if (i)
            fputc(' ', out);
        dump_node(out, l.items[i], with_pos);
    }
    fputc(']', out);
}

static const Node *child(const Node *n, char slot) {
    switch (slot) {
    case 'x': return n->x;
    case 'y': return n->y;
    case 'z': return n->z;
    case 'w': return n->w;
    case 't': return n->type;
    case 'e': return n->elem;
    case 'r': return n->recv;
    case 'i': return n->init;
    case 'c': return n->cond;
    case 'p': return n->post;
    case 'b': return n->body;
    case 's': return n->els;
    default: return NULL;
    }
}

static void dump_slot(FILE *out, const Node *n, char slot, bool with_pos) {
    const char *flag;
    switch (slot) {
    case 'n': fputs(n->name ? n->name : "-", out); return;
    case 'l': fputs(n->lit ? n->lit : "-", out); return;
    case 'o': fputs(token_text((TokenKind)n->op), out); return;
    case 'f':
        flag = flag_text(n);
        fputs(flag ? flag : "-", out);
        return;
    case 'L': dump_list(out, n->list, with_pos); return;
    case 'M': dump_list(out, n->list2, with_pos); return;
    default: dump_node(out, child(n, slot), with_pos); return;
    }
}

static void dump_node(FILE *out, const Node *n, bool with_pos) {
    if (!n) {
        fputc('_', out);
        return;
    }
    fprintf(out, "(%s", ast_kind_name(n->kind));
    if (with_pos)
        fprintf(out, "@%d:%d", n->pos.line, n->pos.col);
    const char *slots = (unsigned)n->kind < N_KIND_COUNT ? kinds[n->kind].slots : "";
    if (n->kind == N_TYPEASSERT && !n->type) {
        fputc(' ', out);
        dump_node(out, n->x, with_pos);
        fprintf(out, " type%s%s)", n->name ? " " : "", n->name ? n->name : "");
        return;
    }
    for (const char *s = slots; *s; s++) {
        fputc(' ', out);
        dump_slot(out, n, *s, with_pos);
    }
    fputc(')', out);
}

void dump_file(FILE *out, const Node *file, bool with_pos) {
    fprintf(out, "(package %s)\n", file->name ? file->name : "-");
    for (int i = 0; i < file->list.len; i++) {
        dump_node(out, file->list.items[i], with_pos);
        fputc('\n', out);
    }
}

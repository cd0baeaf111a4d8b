/* print.c: prints expressions, types and simple statements back as Go
 * source text, for error messages that quote the program ("cannot use
 * x := f() as value") and, later, for -m diagnostics that name an
 * expression.
 *
 * Technique: a recursive walk appending to a growable buffer in the arena,
 * in the layout of gofmt/gc's syntax printer: binary operators spaced,
 * unary operators tight, lists joined by ", ". Function bodies and struct
 * or interface members print in full on one line, separated by "; ".
 *
 * Invariants: never fails and never returns NULL (an N_BAD prints as
 * "BAD"); depth is bounded by the tree, which the parser bounds.
 */
#include <string.h>

#include "compiler.h"

typedef struct {
    ArenaStr out;
    bool abbreviate;   /* T{…} and func() {…}, as types2 quotes expressions */
} Printer;

static void put(Printer *pr, const char *s) { astr_put(&pr->out, s); }

static void print_node(Printer *pr, const Node *n);

static void print_list(Printer *pr, NodeList l, const char *sep) {
    for (int i = 0; i < l.len; i++) {
        if (i)
            put(pr, sep);
        print_node(pr, l.items[i]);
    }
}

static void print_fields(Printer *pr, NodeList l, const char *sep) {
    for (int i = 0; i < l.len; i++) {
        const Node *f = l.items[i];
        if (i)
            put(pr, sep);
        if (f->name) {
            put(pr, f->name);
            if (f->type && f->type->kind == N_FUNCTYPE && !strcmp(sep, "; ")) {
                print_node(pr, f->type);   /* interface method: M(args) */
                put(pr, "");
                continue;
            }
            put(pr, " ");
        }
        if (f->op)
            put(pr, "...");
        print_node(pr, f->type);
        if (f->lit) {
            put(pr, " ");
            put(pr, f->lit);
        }
    }
}

static void print_signature(Printer *pr, const Node *t) {
    put(pr, "(");
    print_fields(pr, t->list, ", ");
    put(pr, ")");
    if (t->list2.len == 1 && !t->list2.items[0]->name) {
        put(pr, " ");
        print_node(pr, t->list2.items[0]->type);
    } else if (t->list2.len > 0) {
        put(pr, " (");
        print_fields(pr, t->list2, ", ");
        put(pr, ")");
    }
}

static void print_type(Printer *pr, const Node *n) {
    switch (n->kind) {
    case N_ARRAYTYPE:
        put(pr, "[");
        print_node(pr, n->x);
        put(pr, "]");
        print_node(pr, n->elem);
        return;
    case N_SLICETYPE:
        put(pr, "[]");
        print_node(pr, n->elem);
        return;
    case N_MAPTYPE:
        put(pr, "map[");
        print_node(pr, n->x);
        put(pr, "]");
        print_node(pr, n->elem);
        return;
    case N_CHANTYPE:
        put(pr, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
        print_node(pr, n->elem);
        return;
    case N_FUNCTYPE:
        put(pr, "func");
        print_signature(pr, n);
        return;
    case N_STRUCTTYPE:
        put(pr, "struct{");
        print_fields(pr, n->list, "; ");
        put(pr, "}");
        return;
    case N_INTERFACETYPE:
        put(pr, "interface{");
        print_fields(pr, n->list, "; ");
        put(pr, "}");
        return;
    default:
        return;
    }
}

static void print_stmt(Printer *pr, const Node *n) {
    switch (n->kind) {
    case N_BLOCK:
        put(pr, "{");
        print_list(pr, n->list, "; ");
        put(pr, "}");
        return;
    case N_EXPRSTMT:
        print_node(pr, n->x);
        return;
    case N_SEND:
        print_node(pr, n->x);
        put(pr, " <- ");
        print_node(pr, n->y);
        return;
    case N_INCDEC:
        print_node(pr, n->x);
        put(pr, token_text((TokenKind)n->op));
        return;
    case N_ASSIGN:
        print_list(pr, n->list, ", ");
        put(pr, " ");
        put(pr, token_text((TokenKind)n->op));
        put(pr, " ");
        print_list(pr, n->list2, ", ");
        return;
    case N_RANGE:
        if (n->list.len) {
            print_list(pr, n->list, ", ");
            put(pr, n->op == T_DEFINE ? " := " : " = ");
        }
        put(pr, "range ");
        print_node(pr, n->x);
        return;
    case N_RETURN:
        put(pr, n->list.len ? "return " : "return");
        print_list(pr, n->list, ", ");
        return;
    default:
        put(pr, ast_kind_name(n->kind));   /* compound statements: by kind */
        return;
    }
}

static void print_node(Printer *pr, const Node *n) {
    if (!n) {
        return;
    }
    switch (n->kind) {
    case N_BAD: put(pr, "BAD"); return;
    case N_IDENT: put(pr, n->name); return;
    case N_BASICLIT: put(pr, n->lit); return;
    case N_DOTS: put(pr, "..."); return;
    case N_PAREN:
        put(pr, "(");
        print_node(pr, n->x);
        put(pr, ")");
        return;
    case N_SELECTOR:
        print_node(pr, n->x);
        put(pr, ".");
        put(pr, n->name);
        return;
    case N_INDEX:
        print_node(pr, n->x);
        put(pr, "[");
        print_list(pr, n->list, ", ");
        put(pr, "]");
        return;
    case N_SLICE:
        print_node(pr, n->x);
        put(pr, "[");
        print_node(pr, n->y);
        put(pr, ":");
        print_node(pr, n->z);
        if (n->op == 3) {
            put(pr, ":");
            print_node(pr, n->w);
        }
        put(pr, "]");
        return;
    case N_TYPEASSERT:
        if (!n->type && n->name) {
            put(pr, n->name);
            put(pr, " := ");
        }
        print_node(pr, n->x);
        put(pr, ".(");
        if (n->type)
            print_node(pr, n->type);
        else
            put(pr, "type");
        put(pr, ")");
        return;
    case N_CALL:
        print_node(pr, n->x);
        put(pr, "(");
        print_list(pr, n->list, ", ");
        put(pr, n->op ? "...)" : ")");
        return;
    case N_STAR:
        put(pr, "*");
        print_node(pr, n->x);
        return;
    case N_UNARY:
        put(pr, token_text((TokenKind)n->op));
        print_node(pr, n->x);
        return;
    case N_BINARY:
        print_node(pr, n->x);
        put(pr, " ");
        put(pr, token_text((TokenKind)n->op));
        put(pr, " ");
        print_node(pr, n->y);
        return;
    case N_KEYVALUE:
        print_node(pr, n->x);
        put(pr, ": ");
        print_node(pr, n->y);
        return;
    case N_COMPOSITELIT:
        print_node(pr, n->type);
        if (pr->abbreviate) {   /* types2 abbreviates literals: T{…} */
            put(pr, n->list.len ? "{\u2026}" : "{}");
            return;
        }
        put(pr, "{");
        print_list(pr, n->list, ", ");
        put(pr, "}");
        return;
    case N_FUNCLIT:
        print_node(pr, n->type);
        if (pr->abbreviate) {
            put(pr, n->body && n->body->list.len ? " {\u2026}" : " {}");
            return;
        }
        put(pr, " ");
        print_node(pr, n->body);
        return;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE:
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_INTERFACETYPE:
        print_type(pr, n);
        return;
    default:
        print_stmt(pr, n);
        return;
    }
}

const char *node_string(Arena *a, const Node *n) {
    Printer pr = {{a, NULL, 0, 0}, true};
    put(&pr, "");
    print_node(&pr, n);
    return pr.out.buf;
}

const char *node_string_full(Arena *a, const Node *n) {
    Printer pr = {{a, NULL, 0, 0}, false};
    put(&pr, "");
    print_node(&pr, n);
    return pr.out.buf;
}

const char *list_string(Arena *a, NodeList l) {
    Printer pr = {{a, NULL, 0, 0}, false};
    put(&pr, "");
    print_list(&pr, l, ", ");
    return pr.out.buf;
}

Pos node_start_pos(const Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_BINARY: case N_SELECTOR: case N_INDEX: case N_TYPEASSERT: case N_CALL:
            /* (not N_SLICE nor N_KEYVALUE: gc's StartPos stops at them) */
            if (!n->x)
                return n->pos;
            n = n->x;
            break;
        case N_COMPOSITELIT:
            if (!n->type)
                return n->pos;
            n = n->type;
            break;
        default:
            return n->pos;
        }
    }
}

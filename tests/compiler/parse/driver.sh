#!/bin/sh
# driver.sh: the gomem command's interface: subcommands, -gcflags forms,
# exit statuses (0 ok, 1 compile errors, 2 usage), building and running,
# -m output on main and non-main packages.
#
#   tests/compiler/parse/driver.sh GOMEM
set -u
gomem=${1:?usage: driver.sh GOMEM}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gomem-driver.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
failed=0 total=0

# expect STATUS PATTERN ARGS...: run gomem ARGS, want STATUS and PATTERN in
# its output (stdout+stderr; "" matches anything)
expect() {
    want=$1 pattern=$2
    shift 2
    total=$((total + 1))
    "$gomem" "$@" >"$tmp/out" 2>&1
    got=$?
    if [ "$got" -ne "$want" ] || { [ -n "$pattern" ] && ! grep -q -e "$pattern" "$tmp/out"; }; then
        failed=$((failed + 1))
        echo "FAIL gomem $*: status $got (want $want), output:"
        sed 's/^/    /' "$tmp/out"
        echo "    (wanted /$pattern/)"
    fi
}

printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n' >"$tmp/ok.go"
printf 'package main\n\nfunc main() {\n\tx := \n}\n' >"$tmp/syntax.go"
printf 'package main\n\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n' >"$tmp/type.go"
printf 'package p\n\nfunc F(x *int) *int { return x }\n' >"$tmp/lib.go"

expect 0 "gomem version" version
expect 2 "usage" ""
expect 2 "unknown command" frobnicate
expect 2 "no go files" build
expect 2 "must be .go files" build "$tmp/ok.c"
expect 2 "unsupported -gcflags" build -gcflags=-N "$tmp/ok.go"
expect 1 "syntax.go:5:1: syntax error: unexpected }, expecting expression" build "$tmp/syntax.go"
expect 1 "type.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration" build "$tmp/type.go"
expect 0 "" build -o "$tmp/ok" "$tmp/ok.go"
expect 0 "hi" run "$tmp/ok.go"
expect 0 "ok.go:5:26: ... argument does not escape" build -gcflags=-m -o "$tmp/ok" "$tmp/ok.go"
expect 0 "ok.go:5:27: \"hi\" escapes to heap" build "-gcflags=-m -l" -o "$tmp/ok" "$tmp/ok.go"
expect 0 "leaking param: x to result ~r0 level=0" build -gcflags=-m=2 "$tmp/lib.go"
expect 0 "leaking param: x to result ~r0 level=0" build -gcflags "-m -m" "$tmp/lib.go"
expect 0 "leaking param: x to result ~r0 level=0" build -gcflags=all=-m "$tmp/lib.go"
expect 0 "" build "$tmp/lib.go"
expect 1 "is not a main package" run "$tmp/lib.go"
expect 0 "" check "$tmp/lib.go"
expect 1 "cannot use 1" check "$tmp/type.go"
expect 0 "(package main)" parse -dump "$tmp/ok.go"
expect 1 "found packages main" check "$tmp/ok.go" "$tmp/lib.go"
echo "driver tests: $((total - failed))/$total passed"
[ $failed -eq 0 ]

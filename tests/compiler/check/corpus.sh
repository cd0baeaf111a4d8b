#!/bin/sh
# corpus.sh: every program of a corpus directory of valid Go (the escape
# and run corpora) must type-check without error, every expression typed.
#
#   tests/compiler/check/corpus.sh GOMEM DIR
set -u
gomem=${1:?usage: corpus.sh GOMEM DIR}
dir=${2:?usage: corpus.sh GOMEM DIR}
total=0 failed=0
for f in "$dir"/*.go; do
    total=$((total + 1))
    if ! out=$("$gomem" check -verify "$f" 2>&1) || [ -n "$out" ]; then
        failed=$((failed + 1))
        echo "FAIL $f:"
        echo "$out" | sed 's/^/    /'
    fi
done
echo "type-checked $((total - failed))/$total programs of $dir"
[ $failed -eq 0 ]

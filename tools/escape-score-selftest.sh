#!/bin/sh
# escape-score-selftest.sh: check tools/escape-score.sh itself, without Go and
# without gomem, by scoring fake compilers that replay the goldens:
#   perfect   golden lines, gc-style (header, ./ paths, on stderr) -> 100%, exit 0
#   reversed  same lines in reverse order -> 100% of lines, fewer identical
#             files, "~ order differs" shown
#   lossy     first golden line dropped, a bogus line added -> below 100%,
#             exit 1 with --floor 100
#   silent    prints nothing -> 0 lines matched, exit 1 with --floor 1
#   crash     killed by SIGSEGV -> exit 1 even with --floor 0
# Registered in CTest as escape_score_selftest.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/tests/compiler/escape}
score=$root/tools/escape-score.sh
tmp=$(mktemp -d "${TMPDIR:-/tmp}/escape-selftest.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
no() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

cat >"$tmp/fake" <<'FAKE'
#!/bin/sh
# fake compiler: MODE build -gcflags=... FILE.go
mode=$1; shift
for a in "$@"; do f=$a; done
g=$FAKE_GOLDEN_DIR/$f.m
case "$mode" in
    perfect)  { [ -s "$g" ] && echo "# command-line-arguments"; sed "s#^#./#" "$g"; } >&2 ;;
    reversed) awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }' "$g" ;;
    lossy)    sed 1d "$g"; echo "$f:1:1: bogus does not escape" ;;
    silent)   ;;
    crash)    kill -SEGV $$ ;;
esac
exit 0
FAKE
chmod +x "$tmp/fake"
export FAKE_GOLDEN_DIR="$dir"

total=$(cat "$dir"/*.go.m | awk 'NF { n++ } END { print n + 0 }')
nprog=$(ls "$dir"/*.go | wc -l)

out=$(sh "$score" --dir "$dir" --floor 100 --compiler "$tmp/fake perfect" 2>&1) || no "perfect: exit status $?"
echo "$out" | grep -qx "agreement: $total/$total lines (100.0%)" || no "perfect: expected agreement $total/$total, got: $(echo "$out" | tail -n 1)"
echo "$out" | grep -qx "files identical (order included): $nprog/$nprog" || no "perfect: not every file identical"

# a sample of files with several lines each, for the slower modes
sample=$(for f in "$dir"/*.go; do [ "$(awk 'END { print NR }' "$f.m")" -ge 3 ] && echo "$f"; done | head -n 25)
out=$(sh "$score" --dir "$dir" --floor 100 --compiler "$tmp/fake reversed" $sample 2>&1) || no "reversed: exit status $?"
echo "$out" | grep -q '^  ~ order differs' || no "reversed: order difference not reported"
echo "$out" | grep -q '(100.0%)$' || no "reversed: multiset agreement should be 100%"
echo "$out" | grep -q '^files identical (order included): 0/' || no "reversed: files reported identical"

out=$(sh "$score" --dir "$dir" --floor 100 --compiler "$tmp/fake lossy" $sample 2>&1) && no "lossy: exit status 0 below the floor"
echo "$out" | grep -q '^  - ' || no "lossy: missing line not reported"
echo "$out" | grep -q '^  + .*bogus does not escape' || no "lossy: extra line not reported"

out=$(sh "$score" --dir "$dir" --floor 1 --compiler "$tmp/fake silent" $sample 2>&1) && no "silent: exit status 0 below the floor"
echo "$out" | grep -q '^agreement: 0/[1-9][0-9]* lines (0.0%)$' || no "silent: expected 0% agreement"

out=$(sh "$score" --dir "$dir" --floor 0 --compiler "$tmp/fake crash" $sample 2>&1) && no "crash: exit status 0 although the compiler crashed"
echo "$out" | grep -q 'crashed or timed out on 25 file' || no "crash: crashes not counted"

if [ $fails -gt 0 ]; then echo "escape-score self-test: $fails failure(s)" >&2; exit 1; fi
echo "escape-score self-test: ok ($nprog programs, $total golden lines)"

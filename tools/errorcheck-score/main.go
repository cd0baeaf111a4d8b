// Command errorcheck-score scores a compiler's escape-analysis diagnostics
// against Go's own test suite: the files test/escape*.go and the
// test/fixedbugs/*.go files whose first line is "// errorcheck ... -m ...",
// whose expected diagnostics are written inline as  // ERROR "regexp"
// comments.  The matching follows the rules of Go's test/run.go (errorcheck):
// for every ERROR regexp on a line, some diagnostic on that line must match
// it (a matched diagnostic is used up), and every diagnostic must be matched.
//
// It is run by tools/go-errorcheck-score.sh (see there for the options) and
// needs Go's sources (Debian: golang-1.19-src, installed with golang-go).
// Nothing of Go's test suite is copied: the files are read in place.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	testDir  = flag.String("testdir", "/usr/lib/go-1.19/test", "Go's test directory")
	useGo    = flag.Bool("go", false, "score Go itself: go tool compile -p=p -d=panic,ssa/check/on -C -e, as test/run.go does")
	compiler = flag.String("compiler", "build/compiler/gomem", "compiler command, run as: CMD build -gcflags='FLAGS' FILE.go")
	verbose  = flag.Bool("v", false, "print every failing line")
	timeout  = flag.Duration("timeout", 60*time.Second, "per-file compile timeout")
)

// A wanted error: one ERROR regexp of one line.
type wanted struct {
	line   int
	reStr  string
	re     *regexp.Regexp
	prefix string
}

type fileResult struct {
	name       string
	flags      []string
	class      []string // generics, goroutines, unsafe, imports
	annotated  int      // lines with // ERROR
	right      int      // annotated lines fully right
	unexpected int      // unannotated lines with diagnostics
	pass       bool     // as test/run.go would judge the whole file
	compileErr string
	problems   []string
}

var (
	errRx       = regexp.MustCompile(`// (?:GC_)?ERROR (.*)`)
	errAutoRx   = regexp.MustCompile(`// (?:GC_)?ERRORAUTO (.*)`)
	errQuotesRx = regexp.MustCompile(`"([^"]*)"`)
	lineRx      = regexp.MustCompile(`LINE(([+-])([0-9]+))?`)
)

func main() {
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		files = corpus(*testDir)
	}
	if len(files) == 0 {
		fmt.Fprintf(os.Stderr, "errorcheck-score: no test files under %s (install golang-1.19-src)\n", *testDir)
		os.Exit(2)
	}
	var results []*fileResult
	for _, f := range files {
		r, skip := score(f)
		if skip != "" {
			fmt.Printf("skip %-28s %s\n", filepath.Base(f), skip)
			continue
		}
		results = append(results, r)
	}
	report(results)
}

// corpus lists escape*.go and fixedbugs/*.go whose header is an errorcheck with -m.
func corpus(dir string) []string {
	var out []string
	a, _ := filepath.Glob(filepath.Join(dir, "escape*.go"))
	b, _ := filepath.Glob(filepath.Join(dir, "fixedbugs", "*.go"))
	for _, f := range append(a, b...) {
		action, flags := header(f)
		if action != "errorcheck" {
			continue
		}
		for _, fl := range flags {
			if fl == "-m" || strings.HasPrefix(fl, "-m=") {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// header returns the action and the compiler flags of the first line,
// without test/run.go's own options (-0 -1 -s -t N -goexperiment X).
func header(file string) (string, []string) {
	src, err := os.ReadFile(file)
	if err != nil {
		return "", nil
	}
	first, _, _ := strings.Cut(string(src), "\n")
	if !strings.HasPrefix(first, "// ") {
		return "", nil
	}
	fields := strings.Fields(first[3:])
	if len(fields) == 0 {
		return "", nil
	}
	action, args := fields[0], fields[1:]
	var flags []string
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "-0", "-1", "-s":
		case "-t", "-goexperiment":
			i++
		default:
			flags = append(flags, args[i])
		}
	}
	return action, flags
}

// buildOK evaluates //go:build and // +build lines for linux/amd64 with gc.
func buildOK(src []byte) bool {
	ok := true
	for _, line := range strings.Split(string(src), "\n") {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "package ") {
			break
		}
		if constraint.IsGoBuild(l) || constraint.IsPlusBuild(l) {
			expr, err := constraint.Parse(l)
			if err != nil {
				continue
			}
			if !expr.Eval(func(tag string) bool {
				switch tag {
				case "linux", "amd64", "gc", "unix", "cgo":
					return true
				}
				return strings.HasPrefix(tag, "go1.") && goMinor(tag) <= 19
			}) {
				ok = false
			}
		}
	}
	return ok
}

func goMinor(tag string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(tag, "go1."))
	if err != nil {
		return 99
	}
	return n
}

// classify reports what the file needs beyond the simplest subset.
func classify(file string, src []byte) []string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, src, parser.SkipObjectResolution)
	if err != nil {
		return []string{"unparsable"}
	}
	need := map[string]bool{}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		if p == "unsafe" {
			need["unsafe"] = true
		} else {
			need["imports"] = true
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			need["goroutines"] = true
		case *ast.FuncType:
			if n.TypeParams != nil && len(n.TypeParams.List) > 0 {
				need["generics"] = true
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil && len(n.TypeParams.List) > 0 {
				need["generics"] = true
			}
		case *ast.IndexListExpr:
			need["generics"] = true
		}
		return true
	})
	var out []string
	for _, k := range []string{"generics", "goroutines", "unsafe", "imports", "unparsable"} {
		if need[k] {
			out = append(out, k)
		}
	}
	return out
}

func score(file string) (*fileResult, string) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err.Error()
	}
	action, flags := header(file)
	if action != "errorcheck" {
		return nil, "not an errorcheck test (" + action + ")"
	}
	if !buildOK(src) {
		return nil, "build constraints exclude linux/amd64"
	}
	short := filepath.Base(file)
	r := &fileResult{name: short, flags: flags, class: classify(file, src)}

	tmp, err := os.MkdirTemp("", "errorcheck-score")
	if err != nil {
		return nil, err.Error()
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, short), src, 0o644); err != nil {
		return nil, err.Error()
	}
	var argv []string
	if *useGo {
		argv = append([]string{"go", "tool", "compile", "-p=p", "-d=panic", "-C", "-e", "-o", "a.o"}, withSSACheck(flags)...)
	} else {
		argv = append(strings.Fields(*compiler), "build", "-gcflags="+strings.Join(flags, " "))
		if strings.Contains(argv[0], "/") {
			if abs, err := filepath.Abs(argv[0]); err == nil {
				argv[0] = abs
			}
		}
	}
	argv = append(argv, short)
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = tmp
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		r.compileErr = err.Error()
	}
	out := splitOutput(buf.String())
	for i := range out {
		out[i] = strings.ReplaceAll(out[i], filepath.Join(tmp, short), short)
	}
	check(r, src, short, out)
	return r, ""
}

func withSSACheck(flags []string) []string {
	fl := append([]string(nil), flags...)
	for i, f := range fl {
		if strings.HasPrefix(f, "-d=") {
			fl[i] = f + ",ssa/check/on"
			return fl
		}
	}
	return append(fl, "-d=ssa/check/on")
}

// splitOutput joins tab-continued lines and drops headers and <autogenerated>.
func splitOutput(s string) []string {
	var res []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSuffix(line, "\r")
		switch {
		case strings.HasPrefix(line, "\t") && len(res) > 0:
			res[len(res)-1] += "\n" + line
		case strings.HasPrefix(line, "go tool"), strings.HasPrefix(line, "#"), strings.HasPrefix(line, "<autogenerated>"):
		case strings.TrimSpace(line) != "":
			res = append(res, line)
		}
	}
	return res
}

func wantedErrors(src []byte, short string) ([]wanted, error) {
	var ws []wanted
	for i, line := range strings.Split(string(src), "\n") {
		n := i + 1
		if strings.Contains(line, "////") {
			continue
		}
		if errAutoRx.MatchString(line) {
			continue // <autogenerated> expectations are dropped with the lines they match
		}
		m := errRx.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, q := range errQuotesRx.FindAllStringSubmatch(m[1], -1) {
			rx := lineRx.ReplaceAllStringFunc(q[1], func(s string) string {
				k := n
				if strings.HasPrefix(s, "LINE+") {
					d, _ := strconv.Atoi(s[5:])
					k += d
				} else if strings.HasPrefix(s, "LINE-") {
					d, _ := strconv.Atoi(s[5:])
					k -= d
				}
				return fmt.Sprintf("%s:%d", short, k)
			})
			re, err := regexp.Compile(rx)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad regexp %q: %v", short, n, rx, err)
			}
			ws = append(ws, wanted{line: n, reStr: rx, re: re, prefix: fmt.Sprintf("%s:%d", short, n)})
		}
	}
	return ws, nil
}

func matchPrefix(s, prefix string) bool {
	i := strings.Index(s, ":")
	if i < 0 {
		return false
	}
	j := strings.LastIndex(s[:i], "/")
	s = s[j+1:]
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return false
	}
	switch s[len(prefix)] {
	case '[', ':':
		return true
	}
	return false
}

// lineOf extracts the line number of "dir/file.go:LINE[:COL]: msg", or 0.
func lineOf(s, short string) int {
	i := strings.Index(s, ":")
	if i < 0 {
		return 0
	}
	if filepath.Base(s[:i]) != short {
		return 0
	}
	rest := s[i+1:]
	j := strings.IndexAny(rest, ":[")
	if j < 0 {
		return 0
	}
	n, err := strconv.Atoi(rest[:j])
	if err != nil {
		return 0
	}
	return n
}

// check applies test/run.go's matching and attributes each failure to a line.
func check(r *fileResult, src []byte, short string, out []string) {
	ws, err := wantedErrors(src, short)
	if err != nil {
		r.problems = append(r.problems, err.Error())
		return
	}
	bad := map[int]bool{}
	annotated := map[int]bool{}
	for _, w := range ws {
		annotated[w.line] = true
		var msgs, rest []string
		for _, s := range out {
			if matchPrefix(s, w.prefix) {
				msgs = append(msgs, s)
			} else {
				rest = append(rest, s)
			}
		}
		out = rest
		if len(msgs) == 0 {
			bad[w.line] = true
			r.problems = append(r.problems, fmt.Sprintf("%s:%d: missing error %q", short, w.line, w.reStr))
			continue
		}
		matched := false
		for _, m := range msgs {
			text := m
			if _, suffix, ok := strings.Cut(text, " "); ok {
				text = suffix
			}
			if w.re.MatchString(text) {
				matched = true
			} else {
				out = append(out, m)
			}
		}
		if !matched {
			bad[w.line] = true
			r.problems = append(r.problems, fmt.Sprintf("%s:%d: no match for %#q", short, w.line, w.reStr))
		}
	}
	unexpected := map[int]bool{}
	for _, s := range out {
		n := lineOf(s, short)
		r.problems = append(r.problems, "unmatched: "+s)
		if annotated[n] {
			bad[n] = true
		} else if n > 0 {
			unexpected[n] = true
		}
	}
	r.annotated = len(annotated)
	for l := range annotated {
		if !bad[l] {
			r.right++
		}
	}
	r.unexpected = len(unexpected)
	r.pass = len(r.problems) == 0 && r.compileErr == ""
	if r.compileErr != "" {
		r.problems = append(r.problems, "compile: "+r.compileErr)
	}
}

type total struct{ files, pass, annotated, right, unexpected int }

func (t *total) add(r *fileResult) {
	t.files++
	if r.pass {
		t.pass++
	}
	t.annotated += r.annotated
	t.right += r.right
	t.unexpected += r.unexpected
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

func report(rs []*fileResult) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].name < rs[j].name })
	var all, plain total
	byClass := map[string]*total{}
	fmt.Printf("%-28s %-22s %-28s %9s %6s %s\n", "file", "flags", "needs", "right", "unexp", "verdict")
	for _, r := range rs {
		all.add(r)
		needs := strings.Join(r.class, ",")
		if needs == "" {
			needs = "-"
			plain.add(r)
		}
		for _, c := range r.class {
			if byClass[c] == nil {
				byClass[c] = &total{}
			}
			byClass[c].add(r)
		}
		verdict := "FAIL"
		if r.pass {
			verdict = "ok"
		}
		fmt.Printf("%-28s %-22s %-28s %4d/%-4d %6d %s\n", r.name, strings.Join(r.flags, " "), needs, r.right, r.annotated, r.unexpected, verdict)
		if *verbose && !r.pass {
			for _, p := range r.problems {
				fmt.Printf("    %s\n", strings.ReplaceAll(p, "\n", "\n    "))
			}
		}
	}
	line := func(name string, t total) {
		fmt.Printf("%-34s files %3d, passing %3d; annotated lines right %5d/%-5d (%5.1f%%); lines with unexpected diagnostics %d\n",
			name+":", t.files, t.pass, t.right, t.annotated, pct(t.right, t.annotated), t.unexpected)
	}
	fmt.Println()
	line("all files", all)
	line("plain (no generics/go/unsafe/imports)", plain)
	for _, c := range []string{"generics", "goroutines", "unsafe", "imports", "unparsable"} {
		if t := byClass[c]; t != nil {
			line("needing "+c, *t)
		}
	}
}

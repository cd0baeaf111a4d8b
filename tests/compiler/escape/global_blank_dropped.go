package p

// A package-level `var _ = v` whose v has no side effects is dropped by gc
// (no code, no diagnostics: the map and the elided &S{...} below are
// never made); with a call in v it is kept and analysed like any other
// initializer.

type S []T
type T struct{ x int }

var _ = map[string]*S{"a": {{1}}}
var X = map[string]*S{"a": {{1}}}
var _ = []*S{{{1}}}
var _ = f()
var _, _ = &S{{3}}, g()
var _ = func() *S { return &S{} }
var P = &T{}
var _ = []*int{&P.x}
var _ = []int{len(X) / 2, 1 % len(X)}

func f() *S { return &S{{2}} }
func g() int { return 1 }

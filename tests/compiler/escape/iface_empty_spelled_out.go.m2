iface_empty_spelled_out.go:20:2: []any{...} escapes to heap:
iface_empty_spelled_out.go:20:2:   flow: {heap} = &{storage for []any{...}}:
iface_empty_spelled_out.go:20:2:     from []any{...} (spill) at iface_empty_spelled_out.go:20:2
iface_empty_spelled_out.go:20:2:     from sink = []any{...} (assign) at iface_empty_spelled_out.go:20:7
iface_empty_spelled_out.go:20:14: []any{...} escapes to heap:
iface_empty_spelled_out.go:20:14:   flow: {storage for []any{...}} = &{storage for []any{...}}:
iface_empty_spelled_out.go:20:14:     from []any{...} (spill) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:20:14:     from []any{...} (interface-converted) at iface_empty_spelled_out.go:20:2
iface_empty_spelled_out.go:20:18: s escapes to heap:
iface_empty_spelled_out.go:20:18:   flow: {storage for []any{...}} = &{storage for s}:
iface_empty_spelled_out.go:20:18:     from s (spill) at iface_empty_spelled_out.go:20:18
iface_empty_spelled_out.go:20:18:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:20:21: made escapes to heap:
iface_empty_spelled_out.go:20:21:   flow: {storage for []any{...}} = &{storage for made}:
iface_empty_spelled_out.go:20:21:     from made (spill) at iface_empty_spelled_out.go:20:21
iface_empty_spelled_out.go:20:21:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:20:27: mixed escapes to heap:
iface_empty_spelled_out.go:20:27:   flow: {storage for []any{...}} = &{storage for mixed}:
iface_empty_spelled_out.go:20:27:     from mixed (spill) at iface_empty_spelled_out.go:20:27
iface_empty_spelled_out.go:20:27:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:20:38: e escapes to heap:
iface_empty_spelled_out.go:20:38:   flow: {storage for []any{...}} = &{storage for e}:
iface_empty_spelled_out.go:20:38:     from e (spill) at iface_empty_spelled_out.go:20:38
iface_empty_spelled_out.go:20:38:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:20:41: a escapes to heap:
iface_empty_spelled_out.go:20:41:   flow: {storage for []any{...}} = &{storage for a}:
iface_empty_spelled_out.go:20:41:     from a (spill) at iface_empty_spelled_out.go:20:41
iface_empty_spelled_out.go:20:41:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:15:14: make([]interface {}, n) escapes to heap:
iface_empty_spelled_out.go:15:14:   flow: {heap} = &{storage for make([]interface {}, n)}:
iface_empty_spelled_out.go:15:14:     from make([]interface {}, n) (non-constant size) at iface_empty_spelled_out.go:15:14
iface_empty_spelled_out.go:12:29: parameter y leaks to {heap} with derefs=0:
iface_empty_spelled_out.go:12:29:   flow: {heap} = y:
iface_empty_spelled_out.go:12:29:     from (interface {})(y) (interface-converted) at iface_empty_spelled_out.go:22:14
iface_empty_spelled_out.go:12:29:     from sink = (interface {})(y) (assign) at iface_empty_spelled_out.go:22:7
iface_empty_spelled_out.go:12:21: parameter x leaks to {heap} with derefs=0:
iface_empty_spelled_out.go:12:21:   flow: {heap} = x:
iface_empty_spelled_out.go:12:21:     from (interface {})(x) (interface-converted) at iface_empty_spelled_out.go:21:20
iface_empty_spelled_out.go:12:21:     from sink = (interface {})(x) (assign) at iface_empty_spelled_out.go:21:7
iface_empty_spelled_out.go:19:15: []any{...} escapes to heap:
iface_empty_spelled_out.go:19:15:   flow: a = &{storage for []any{...}}:
iface_empty_spelled_out.go:19:15:     from []any{...} (spill) at iface_empty_spelled_out.go:19:15
iface_empty_spelled_out.go:19:15:     from a := []any{...} (assign) at iface_empty_spelled_out.go:19:4
iface_empty_spelled_out.go:19:15:   flow: {storage for a} = a:
iface_empty_spelled_out.go:19:15:     from a (interface-converted) at iface_empty_spelled_out.go:20:41
iface_empty_spelled_out.go:18:14: []interface {}{...} escapes to heap:
iface_empty_spelled_out.go:18:14:   flow: e = &{storage for []interface {}{...}}:
iface_empty_spelled_out.go:18:14:     from []interface {}{...} (spill) at iface_empty_spelled_out.go:18:14
iface_empty_spelled_out.go:18:14:     from e := []interface {}{...} (assign) at iface_empty_spelled_out.go:18:4
iface_empty_spelled_out.go:18:14:   flow: {storage for e} = e:
iface_empty_spelled_out.go:18:14:     from e (interface-converted) at iface_empty_spelled_out.go:20:38
iface_empty_spelled_out.go:16:34: []map[any][]interface {}{} escapes to heap:
iface_empty_spelled_out.go:16:34:   flow: mixed = &{storage for []map[any][]interface {}{}}:
iface_empty_spelled_out.go:16:34:     from []map[any][]interface {}{} (spill) at iface_empty_spelled_out.go:16:34
iface_empty_spelled_out.go:16:34:     from mixed := []map[any][]interface {}{} (assign) at iface_empty_spelled_out.go:16:8
iface_empty_spelled_out.go:16:34:   flow: {storage for mixed} = mixed:
iface_empty_spelled_out.go:16:34:     from mixed (interface-converted) at iface_empty_spelled_out.go:20:27
iface_empty_spelled_out.go:14:20: []interface {}{...} escapes to heap:
iface_empty_spelled_out.go:14:20:   flow: s = &{storage for []interface {}{...}}:
iface_empty_spelled_out.go:14:20:     from []interface {}{...} (spill) at iface_empty_spelled_out.go:14:20
iface_empty_spelled_out.go:14:20:     from s := []interface {}{...} (assign) at iface_empty_spelled_out.go:14:4
iface_empty_spelled_out.go:14:20:   flow: {storage for s} = s:
iface_empty_spelled_out.go:14:20:     from s (interface-converted) at iface_empty_spelled_out.go:20:18
iface_empty_spelled_out.go:17:8: &struct { f interface {} }{} escapes to heap:
iface_empty_spelled_out.go:17:8:   flow: st = &{storage for &struct { f interface {} }{}}:
iface_empty_spelled_out.go:17:8:     from &struct { f interface {} }{} (spill) at iface_empty_spelled_out.go:17:8
iface_empty_spelled_out.go:17:8:     from st := &struct { f interface {} }{} (assign) at iface_empty_spelled_out.go:17:5
iface_empty_spelled_out.go:17:8:   flow: {storage for []any{...}} = st:
iface_empty_spelled_out.go:17:8:     from st (interface-converted) at iface_empty_spelled_out.go:20:34
iface_empty_spelled_out.go:17:8:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:13:26: map[interface {}]int{} escapes to heap:
iface_empty_spelled_out.go:13:26:   flow: m = &{storage for map[interface {}]int{}}:
iface_empty_spelled_out.go:13:26:     from map[interface {}]int{} (spill) at iface_empty_spelled_out.go:13:26
iface_empty_spelled_out.go:13:26:     from m := map[interface {}]int{} (assign) at iface_empty_spelled_out.go:13:4
iface_empty_spelled_out.go:13:26:   flow: {storage for []any{...}} = m:
iface_empty_spelled_out.go:13:26:     from m (interface-converted) at iface_empty_spelled_out.go:20:15
iface_empty_spelled_out.go:13:26:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:20:14
iface_empty_spelled_out.go:19:16: 3 escapes to heap:
iface_empty_spelled_out.go:19:16:   flow: {storage for []any{...}} = &{storage for 3}:
iface_empty_spelled_out.go:19:16:     from 3 (spill) at iface_empty_spelled_out.go:19:16
iface_empty_spelled_out.go:19:16:     from []any{...} (slice-literal-element) at iface_empty_spelled_out.go:19:15
iface_empty_spelled_out.go:18:15: 2 escapes to heap:
iface_empty_spelled_out.go:18:15:   flow: {storage for []interface {}{...}} = &{storage for 2}:
iface_empty_spelled_out.go:18:15:     from 2 (spill) at iface_empty_spelled_out.go:18:15
iface_empty_spelled_out.go:18:15:     from []interface {}{...} (slice-literal-element) at iface_empty_spelled_out.go:18:14
iface_empty_spelled_out.go:14:21: 1 escapes to heap:
iface_empty_spelled_out.go:14:21:   flow: {storage for []interface {}{...}} = &{storage for 1}:
iface_empty_spelled_out.go:14:21:     from 1 (spill) at iface_empty_spelled_out.go:14:21
iface_empty_spelled_out.go:14:21:     from []interface {}{...} (slice-literal-element) at iface_empty_spelled_out.go:14:20
iface_empty_spelled_out.go:12:21: leaking param: x
iface_empty_spelled_out.go:12:29: leaking param: y
iface_empty_spelled_out.go:13:26: map[interface {}]int{} escapes to heap
iface_empty_spelled_out.go:14:20: []interface {}{...} escapes to heap
iface_empty_spelled_out.go:14:21: 1 escapes to heap
iface_empty_spelled_out.go:15:14: make([]interface {}, n) escapes to heap
iface_empty_spelled_out.go:16:34: []map[any][]interface {}{} escapes to heap
iface_empty_spelled_out.go:17:8: &struct { f interface {} }{} escapes to heap
iface_empty_spelled_out.go:18:14: []interface {}{...} escapes to heap
iface_empty_spelled_out.go:18:15: 2 escapes to heap
iface_empty_spelled_out.go:19:15: []any{...} escapes to heap
iface_empty_spelled_out.go:19:16: 3 escapes to heap
iface_empty_spelled_out.go:20:2: []any{...} escapes to heap
iface_empty_spelled_out.go:20:14: []any{...} escapes to heap
iface_empty_spelled_out.go:20:18: s escapes to heap
iface_empty_spelled_out.go:20:21: made escapes to heap
iface_empty_spelled_out.go:20:27: mixed escapes to heap
iface_empty_spelled_out.go:20:38: e escapes to heap
iface_empty_spelled_out.go:20:41: a escapes to heap

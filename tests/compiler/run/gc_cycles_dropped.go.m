gc_cycles_dropped.go:15:11: &ring{...} escapes to heap
gc_cycles_dropped.go:18:14: &ring{...} escapes to heap
gc_cycles_dropped.go:25:13: r does not escape
gc_cycles_dropped.go:44:13: ... argument does not escape
gc_cycles_dropped.go:44:13: total escapes to heap
gc_cycles_dropped.go:44:27: length(kept) escapes to heap
gc_cycles_dropped.go:44:49: kept.next.next.id escapes to heap

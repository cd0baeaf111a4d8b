bg_nbody.go:22:15: []*Body{...} escapes to heap
bg_nbody.go:23:3: &Body{...} escapes to heap
bg_nbody.go:24:3: &Body{...} escapes to heap
bg_nbody.go:27:3: &Body{...} escapes to heap
bg_nbody.go:30:3: &Body{...} escapes to heap
bg_nbody.go:33:3: &Body{...} escapes to heap
bg_nbody.go:49:13: bs does not escape
bg_nbody.go:61:14: bs does not escape
bg_nbody.go:90:12: ... argument does not escape
bg_nbody.go:90:29: energy(bs) escapes to heap
bg_nbody.go:94:12: ... argument does not escape
bg_nbody.go:94:29: energy(bs) escapes to heap

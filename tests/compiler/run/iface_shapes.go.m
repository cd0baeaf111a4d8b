iface_shapes.go:17:7: c does not escape
iface_shapes.go:18:7: c does not escape
iface_shapes.go:21:19: []Shape{...} does not escape
iface_shapes.go:21:24: Rect{...} escapes to heap
iface_shapes.go:21:38: Square{...} escapes to heap
iface_shapes.go:21:52: &Circle{...} escapes to heap
iface_shapes.go:23:13: ... argument does not escape
iface_shapes.go:23:41: s.Area() escapes to heap
iface_shapes.go:23:56: s.Perimeter() escapes to heap

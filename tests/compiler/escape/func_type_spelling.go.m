func_type_spelling.go:10:2: []func(int32) rune{} escapes to heap
func_type_spelling.go:10:27: []func(int32) rune{} escapes to heap
func_type_spelling.go:11:2: []func(uint8, uint8, ...byte) (int32, []rune){} escapes to heap
func_type_spelling.go:11:58: []func(uint8, uint8, ...byte) (int32, []rune){} escapes to heap
func_type_spelling.go:12:2: []func(any, interface {}) (any, error){} escapes to heap
func_type_spelling.go:12:46: []func(any, interface {}) (any, error){} escapes to heap
func_type_spelling.go:13:2: []func() func(uint8) byte{} escapes to heap
func_type_spelling.go:13:34: []func() func(uint8) byte{} escapes to heap

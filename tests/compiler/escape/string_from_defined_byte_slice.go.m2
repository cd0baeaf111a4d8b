string_from_defined_byte_slice.go:12:14: y does not escape
string_from_defined_byte_slice.go:12:26: z does not escape
string_from_defined_byte_slice.go:12:38: b does not escape
string_from_defined_byte_slice.go:13:14: string(([]byte)(y)) does not escape
string_from_defined_byte_slice.go:14:16: MyString(([]rune)(z)) does not escape
string_from_defined_byte_slice.go:15:14: string(b) does not escape
string_from_defined_byte_slice.go:16:14: string(([]byte)([]MyByte{...})) does not escape
string_from_defined_byte_slice.go:16:23: []MyByte{...} does not escape

select_stmt.go:7:2: moved to heap: x

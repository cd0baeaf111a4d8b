panic_custom_error.go:13:13: ... argument does not escape
panic_custom_error.go:13:14: "step" escapes to heap
panic_custom_error.go:13:14: n escapes to heap
panic_custom_error.go:17:20: "deferred still runs" escapes to heap
panic_custom_error.go:17:19: ... argument does not escape

panic_repanic.go:7:8: func literal does not escape
panic_repanic.go:9:14: ... argument does not escape
panic_repanic.go:9:15: "recovered:" escapes to heap
panic_repanic.go:10:19: fmt.Sprint(... argument...) escapes to heap
panic_repanic.go:10:19: ... argument does not escape
panic_repanic.go:10:20: "again: " escapes to heap
panic_repanic.go:12:7: "first" escapes to heap

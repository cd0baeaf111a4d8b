select_timeout.go:13:14: ... argument does not escape
select_timeout.go:13:15: "got" escapes to heap
select_timeout.go:13:15: v escapes to heap
select_timeout.go:15:14: ... argument does not escape
select_timeout.go:15:15: "timeout" escapes to heap
select_timeout.go:21:14: ... argument does not escape
select_timeout.go:21:15: "got" escapes to heap
select_timeout.go:21:15: v escapes to heap
select_timeout.go:23:14: ... argument does not escape
select_timeout.go:23:15: "timeout" escapes to heap

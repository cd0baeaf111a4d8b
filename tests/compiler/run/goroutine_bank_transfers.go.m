goroutine_bank_transfers.go:14:7: leaking param: b
goroutine_bank_transfers.go:23:7: leaking param: b
goroutine_bank_transfers.go:35:6: moved to heap: wg
goroutine_bank_transfers.go:34:7: &bank{...} escapes to heap
goroutine_bank_transfers.go:34:28: []int{...} escapes to heap
goroutine_bank_transfers.go:38:6: func literal escapes to heap
goroutine_bank_transfers.go:46:13: ... argument does not escape
goroutine_bank_transfers.go:46:14: "total:" escapes to heap
goroutine_bank_transfers.go:46:31: (*bank).total(b) escapes to heap

algo_bigint_factorial.go:9:10: leaking param: a to result ~r0 level=0
algo_bigint_factorial.go:23:10: a does not escape
algo_bigint_factorial.go:24:6: moved to heap: b
algo_bigint_factorial.go:25:26: ... argument does not escape
algo_bigint_factorial.go:25:28: a[len(a) - 1] escapes to heap
algo_bigint_factorial.go:27:14: ... argument does not escape
algo_bigint_factorial.go:27:28: a[i] escapes to heap
algo_bigint_factorial.go:33:12: []int{...} does not escape
algo_bigint_factorial.go:37:15: ... argument does not escape
algo_bigint_factorial.go:37:15: i escapes to heap
algo_bigint_factorial.go:37:22: str(f) escapes to heap

algo_nqueens.go:6:24: cols does not escape
algo_nqueens.go:6:30: d1 does not escape
algo_nqueens.go:6:34: d2 does not escape
algo_nqueens.go:24:14: ... argument does not escape
algo_nqueens.go:24:14: n escapes to heap
algo_nqueens.go:24:23: solve(n, 0, make([]bool, n), make([]bool, 2 * n), make([]bool, 2 * n)) escapes to heap
algo_nqueens.go:24:34: make([]bool, n) escapes to heap
algo_nqueens.go:24:51: make([]bool, 2 * n) escapes to heap
algo_nqueens.go:24:70: make([]bool, 2 * n) escapes to heap

algo_sieve.go:8:19: make([]bool, n + 1) does not escape
algo_sieve.go:19:13: ... argument does not escape
algo_sieve.go:19:17: len(primes) escapes to heap
algo_sieve.go:20:13: ... argument does not escape
algo_sieve.go:20:13: primes escapes to heap

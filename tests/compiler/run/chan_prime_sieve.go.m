chan_prime_sieve.go:6:15: ch does not escape
chan_prime_sieve.go:12:13: in does not escape
chan_prime_sieve.go:12:28: out does not escape
chan_prime_sieve.go:26:14: ... argument does not escape
chan_prime_sieve.go:26:14: prime escapes to heap

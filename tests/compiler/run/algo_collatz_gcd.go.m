algo_collatz_gcd.go:33:13: ... argument does not escape
algo_collatz_gcd.go:33:13: arg escapes to heap
algo_collatz_gcd.go:33:13: best escapes to heap
algo_collatz_gcd.go:34:13: ... argument does not escape
algo_collatz_gcd.go:34:17: gcd(1071, 462) escapes to heap
algo_collatz_gcd.go:34:49: 1071 / gcd(1071, 462) * 462 escapes to heap
algo_collatz_gcd.go:35:13: ... argument does not escape
algo_collatz_gcd.go:35:16: -7 / 2 escapes to heap
algo_collatz_gcd.go:35:22: -7 % 2 escapes to heap
algo_collatz_gcd.go:35:27: 7 / -2 escapes to heap
algo_collatz_gcd.go:35:33: 7 % -2 escapes to heap
algo_collatz_gcd.go:40:13: ... argument does not escape
algo_collatz_gcd.go:40:13: u8 escapes to heap
algo_collatz_gcd.go:40:13: i8 escapes to heap
algo_collatz_gcd.go:40:22: ^0 escapes to heap
algo_collatz_gcd.go:40:27: 1 << 10 escapes to heap
algo_collatz_gcd.go:40:37: 0xff &^ 0x0f escapes to heap
algo_collatz_gcd.go:40:46: 6 ^ 3 escapes to heap

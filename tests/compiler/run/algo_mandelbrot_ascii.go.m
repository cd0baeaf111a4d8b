algo_mandelbrot_ascii.go:9:15: make([]byte, w) does not escape
algo_mandelbrot_ascii.go:20:14: ... argument does not escape
algo_mandelbrot_ascii.go:20:21: string(line) escapes to heap
algo_mandelbrot_ascii.go:20:21: string(line) escapes to heap

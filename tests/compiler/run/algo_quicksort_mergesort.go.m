algo_quicksort_mergesort.go:27:15: quick ignoring self-assignment in a[i], a[j] = a[j], a[i]
algo_quicksort_mergesort.go:27:15: quick ignoring self-assignment in a[i], a[j] = a[j], a[i]
algo_quicksort_mergesort.go:13:12: a does not escape
algo_quicksort_mergesort.go:36:12: leaking param: a to result ~r0 level=0
algo_quicksort_mergesort.go:41:13: make([]int, 0, len(a)) escapes to heap
algo_quicksort_mergesort.go:53:11: make([]int, 50) escapes to heap
algo_quicksort_mergesort.go:66:13: ... argument does not escape
algo_quicksort_mergesort.go:66:15: a[:10] escapes to heap
algo_quicksort_mergesort.go:66:23: a[40:] escapes to heap
algo_quicksort_mergesort.go:66:23: same escapes to heap

algo_lru_cache.go:18:7: &LRU{...} escapes to heap
algo_lru_cache.go:18:37: map[int]*entry{} escapes to heap
algo_lru_cache.go:18:47: &entry{} escapes to heap
algo_lru_cache.go:18:63: &entry{} escapes to heap
algo_lru_cache.go:23:7: l does not escape
algo_lru_cache.go:23:22: leaking param content: e
algo_lru_cache.go:25:7: leaking param content: l
algo_lru_cache.go:25:21: leaking param: e
algo_lru_cache.go:31:7: leaking param content: l
algo_lru_cache.go:41:7: leaking param content: l
algo_lru_cache.go:53:7: &entry{...} escapes to heap
algo_lru_cache.go:62:13: ... argument does not escape
algo_lru_cache.go:62:13: .autotmp_1 escapes to heap
algo_lru_cache.go:62:13: .autotmp_2 escapes to heap
algo_lru_cache.go:64:13: ... argument does not escape
algo_lru_cache.go:64:13: .autotmp_3 escapes to heap
algo_lru_cache.go:64:13: .autotmp_4 escapes to heap
algo_lru_cache.go:66:13: ... argument does not escape
algo_lru_cache.go:66:13: .autotmp_5 escapes to heap
algo_lru_cache.go:66:13: .autotmp_6 escapes to heap
algo_lru_cache.go:67:13: ... argument does not escape
algo_lru_cache.go:67:13: .autotmp_7 escapes to heap
algo_lru_cache.go:67:13: .autotmp_8 escapes to heap
algo_lru_cache.go:68:13: ... argument does not escape
algo_lru_cache.go:68:13: .autotmp_9 escapes to heap
algo_lru_cache.go:68:13: .autotmp_10 escapes to heap

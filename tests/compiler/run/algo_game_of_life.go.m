algo_game_of_life.go:13:7: g does not escape
algo_game_of_life.go:14:6: moved to heap: n
algo_game_of_life.go:31:7: g does not escape
algo_game_of_life.go:47:7: &grid{} escapes to heap
algo_game_of_life.go:50:12: ... argument does not escape
algo_game_of_life.go:50:16: "\n" escapes to heap

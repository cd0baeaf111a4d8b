algo_hanoi_ackermann.go:6:19: from does not escape
algo_hanoi_ackermann.go:6:25: to does not escape
algo_hanoi_ackermann.go:6:29: via does not escape
algo_hanoi_ackermann.go:6:41: leaking param content: moves
algo_hanoi_ackermann.go:11:34: from + ">" + to escapes to heap
algo_hanoi_ackermann.go:28:13: ... argument does not escape
algo_hanoi_ackermann.go:28:17: len(moves) escapes to heap
algo_hanoi_ackermann.go:28:31: moves[:5] escapes to heap
algo_hanoi_ackermann.go:29:13: ... argument does not escape
algo_hanoi_ackermann.go:29:17: ack(2, 3) escapes to heap
algo_hanoi_ackermann.go:29:28: ack(3, 3) escapes to heap

chan_unbuffered_pingpong.go:8:13: leaking param: name
chan_unbuffered_pingpong.go:8:26: in does not escape
chan_unbuffered_pingpong.go:8:43: out does not escape
chan_unbuffered_pingpong.go:8:61: done does not escape
chan_unbuffered_pingpong.go:11:14: ... argument does not escape
chan_unbuffered_pingpong.go:11:14: name escapes to heap
chan_unbuffered_pingpong.go:11:22: b.hits escapes to heap
chan_unbuffered_pingpong.go:26:15: new(ball) escapes to heap

time_duration.go:11:13: ... argument does not escape
time_duration.go:11:13: d escapes to heap
time_duration.go:11:26: time.Duration.Seconds(d) escapes to heap

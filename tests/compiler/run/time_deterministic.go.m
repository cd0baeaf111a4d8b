time_deterministic.go:11:13: ... argument does not escape
time_deterministic.go:11:13: d escapes to heap
time_deterministic.go:11:24: time.Duration.Hours(d) escapes to heap
time_deterministic.go:11:37: time.Duration.Minutes(d) escapes to heap
time_deterministic.go:11:60: time.Duration(1500) * time.Microsecond escapes to heap
time_deterministic.go:12:13: ... argument does not escape
time_deterministic.go:12:27: time.Duration(0) escapes to heap
time_deterministic.go:12:33: 2 * time.Millisecond escapes to heap
time_deterministic.go:12:63: time.Second / 3 escapes to heap
time_deterministic.go:14:13: ... argument does not escape
time_deterministic.go:14:22: time.Time.Format(t, "2006-01-02 15:04:05") escapes to heap
time_deterministic.go:14:56: time.Time.Weekday(t) escapes to heap
time_deterministic.go:14:69: time.Time.YearDay(t) escapes to heap
time_deterministic.go:16:13: ... argument does not escape
time_deterministic.go:16:22: time.Time.Format(u, time.RFC3339) escapes to heap
time_deterministic.go:16:43: time.Time.Sub(u, t) escapes to heap
time_deterministic.go:16:55: time.Time.After(u, t) escapes to heap
time_deterministic.go:19:13: ... argument does not escape
time_deterministic.go:19:22: elapsed >= 0 escapes to heap
time_deterministic.go:19:36: elapsed < time.Minute escapes to heap

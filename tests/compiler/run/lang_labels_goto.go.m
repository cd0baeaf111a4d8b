lang_labels_goto.go:20:13: ... argument does not escape
lang_labels_goto.go:20:13: count escapes to heap
lang_labels_goto.go:24:12: ... argument does not escape
lang_labels_goto.go:24:12: i escapes to heap
lang_labels_goto.go:24:16: " " escapes to heap

struct_embedding_shadow.go:8:7: a does not escape
struct_embedding_shadow.go:8:48: a.Name + " makes a sound" escapes to heap
struct_embedding_shadow.go:9:7: a does not escape
struct_embedding_shadow.go:16:7: d does not escape
struct_embedding_shadow.go:16:74: d.Name + " barks (" + d.Animal.Name + ")" escapes to heap
struct_embedding_shadow.go:20:13: ... argument does not escape
struct_embedding_shadow.go:20:21: Dog.Speak(d) escapes to heap
struct_embedding_shadow.go:21:13: ... argument does not escape
struct_embedding_shadow.go:21:28: Animal.Speak(d.Animal) escapes to heap
struct_embedding_shadow.go:22:13: ... argument does not escape
struct_embedding_shadow.go:22:20: Animal.Kind(d.Animal) escapes to heap
struct_embedding_shadow.go:22:25: d.Name escapes to heap
struct_embedding_shadow.go:22:40: d.Animal.Name escapes to heap
struct_embedding_shadow.go:23:12: ... argument does not escape
struct_embedding_shadow.go:23:13: d escapes to heap

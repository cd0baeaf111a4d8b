new_too_large_64k.go:5:10: new([65537]byte) escapes to heap:
new_too_large_64k.go:5:10:   flow: {heap} = &{storage for new([65537]byte)}:
new_too_large_64k.go:5:10:     from new([65537]byte) (too large for stack) at new_too_large_64k.go:5:10
new_too_large_64k.go:5:10: new([65537]byte) escapes to heap

iface_stringer_value_receiver.go:10:61: strconv.Itoa(int(t)) + "C" escapes to heap
iface_stringer_value_receiver.go:15:13: ... argument does not escape
iface_stringer_value_receiver.go:15:13: t escapes to heap

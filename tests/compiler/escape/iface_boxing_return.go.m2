iface_boxing_return.go:7:9: n escapes to heap:
iface_boxing_return.go:7:9:   flow: ~r0 = &{storage for n}:
iface_boxing_return.go:7:9:     from n (spill) at iface_boxing_return.go:7:9
iface_boxing_return.go:7:9:     from return n (return) at iface_boxing_return.go:7:2
iface_boxing_return.go:7:9: n escapes to heap
iface_boxing_return.go:11:9: t escapes to heap:
iface_boxing_return.go:11:9:   flow: ~r0 = &{storage for t}:
iface_boxing_return.go:11:9:     from t (spill) at iface_boxing_return.go:11:9
iface_boxing_return.go:11:9:     from return t (return) at iface_boxing_return.go:11:2
iface_boxing_return.go:11:9: t escapes to heap

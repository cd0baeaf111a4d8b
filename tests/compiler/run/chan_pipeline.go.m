chan_pipeline.go:8:5: func literal escapes to heap
chan_pipeline.go:17:13: leaking param: in
chan_pipeline.go:19:5: func literal escapes to heap
chan_pipeline.go:31:14: ... argument does not escape
chan_pipeline.go:31:14: v escapes to heap
chan_pipeline.go:34:13: ... argument does not escape
chan_pipeline.go:34:14: "sum" escapes to heap
chan_pipeline.go:34:14: sum escapes to heap

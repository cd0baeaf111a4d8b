chan_pipeline_stages.go:20:14: leaking param: texts
chan_pipeline_stages.go:22:5: func literal escapes to heap
chan_pipeline_stages.go:31:11: leaking param: in
chan_pipeline_stages.go:33:6: moved to heap: wg
chan_pipeline_stages.go:36:6: func literal escapes to heap
chan_pipeline_stages.go:43:5: func literal escapes to heap
chan_pipeline_stages.go:51:19: []string{...} escapes to heap
chan_pipeline_stages.go:52:17: make([]result, len(texts)) escapes to heap
chan_pipeline_stages.go:58:13: ... argument does not escape
chan_pipeline_stages.go:58:30: r.id escapes to heap
chan_pipeline_stages.go:58:36: r.words escapes to heap
chan_pipeline_stages.go:58:45: r.upper escapes to heap
chan_pipeline_stages.go:61:13: ... argument does not escape
chan_pipeline_stages.go:61:14: "total words:" escapes to heap
chan_pipeline_stages.go:61:14: total escapes to heap
chan_pipeline_stages.go:65:5: func literal escapes to heap
chan_pipeline_stages.go:81:13: ... argument does not escape
chan_pipeline_stages.go:81:14: "sum of squares:" escapes to heap
chan_pipeline_stages.go:81:14: sum escapes to heap

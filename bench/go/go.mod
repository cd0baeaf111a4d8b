module gomem.local/bench

go 1.19

module gomem.bench/make

go 1.19

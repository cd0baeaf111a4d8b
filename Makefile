# gomem: the two commands of the README, and a few more.
#   make demo                 build everything and show gomem working
#   make test                 build and run every test (CTest)
#   make test SANITIZE=address|thread   the same under ASAN+UBSAN or TSAN
#   make bench                benchmarks against Boehm GC, malloc and Go
#   make install [PREFIX=/usr/local]
#   make goldens              regenerate golden files with Go's toolchain
SANITIZE ?=
BUILD_TYPE ?= RelWithDebInfo
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
GM_DEBUG ?= 0

ifeq ($(SANITIZE),)
BUILD := build
else
BUILD := build-$(SANITIZE)
endif

CMAKE_FLAGS := -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DGM_SANITIZE=$(SANITIZE) \
               -DGM_DEBUG=$(GM_DEBUG) -DCMAKE_INSTALL_PREFIX=$(PREFIX)
# ThreadSanitizer builds use clang (its runtime: Debian's libclang-rt-14-dev);
# another compiler with TSAN: make ... TSAN_CC=<cc>.
TSAN_CC ?= clang
ifeq ($(SANITIZE),thread)
CMAKE_FLAGS += -DCMAKE_C_COMPILER=$(TSAN_CC)
endif

.PHONY: all build demo test bench install clean goldens fuzz

all: build

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@./examples/demo.sh $(BUILD)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench:
	$(MAKE) build BUILD_TYPE=Release
	./bench/run.sh build

install: build
	cmake --install $(BUILD)

goldens:
	./tests/compiler/regen-goldens.sh

fuzz:
	./tests/compiler/fuzz/run.sh 600

clean:
	rm -rf build build-address build-thread

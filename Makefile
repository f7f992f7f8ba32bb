# gosub — build the compiler (bin/gosub), its runtime library and the test runner.
#
#   make            build everything
#   make test       run every test; ends with "N passed, N failed"
#   make demo       build and run samples/hello.go with its -m report
#   make test-asan  the runtime's tests and the run tests under ASan and UBSan
#   make gotest     run Go 1.19's own test suite in place (needs Go installed)
#   make bench      benchmarks against Go 1.19 (when installed)
#
# re2c and lemon generate the lexer and the parser into build/gen/; nothing
# generated is committed. .ci/deps installs what a fresh Debian machine lacks.

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -D_GNU_SOURCE
B       := build
GEN     := $(B)/gen

COMPILER_SRC := $(wildcard compiler/*.c)
COMPILER_OBJ := $(COMPILER_SRC:compiler/%.c=$(B)/compiler/%.o) $(B)/compiler/lex.o $(B)/compiler/parse.o
RUNTIME_SRC  := $(wildcard runtime/*.c)
RUNTIME_OBJ  := $(RUNTIME_SRC:runtime/%.c=$(B)/runtime/%.o)

all: bin/gosub $(B)/libgosub.a $(B)/runner

.PHONY: all deps test test-asan gotest demo bench clean

# Installs re2c, lemon and a C compiler when missing (apt-get as root),
# or says the one command that does.
deps:
	@sh .ci/deps

$(GEN)/parse.c $(GEN)/parse.h: compiler/parse.y | deps
	@mkdir -p $(GEN)
	lemon -d$(GEN) -s compiler/parse.y
	@touch $(GEN)/parse.h    # lemon leaves an unchanged parse.h alone: keep make from rerunning it

$(GEN)/lex.c: compiler/lex.re | deps
	@mkdir -p $(GEN)
	re2c -W --no-generation-date --no-version -o $@ compiler/lex.re

$(B)/compiler/%.o: compiler/%.c $(GEN)/parse.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -MMD -MP -Icompiler -I$(GEN) -c -o $@ $<

$(B)/compiler/%.o: $(GEN)/%.c $(GEN)/parse.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -MMD -MP -Icompiler -I$(GEN) -c -o $@ $<

bin/gosub: $(COMPILER_OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) -o $@ $(COMPILER_OBJ) -lm

$(B)/runtime/%.o: runtime/%.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -fwrapv -fno-strict-aliasing -MMD -MP -Iruntime -c -o $@ $<

$(B)/libgosub.a: $(RUNTIME_OBJ)
	rm -f $@
	ar rcs $@ $(RUNTIME_OBJ)

$(B)/runner: tests/runner.c
	@mkdir -p $(B)
	$(CC) $(WARN) $(CFLAGS) -o $@ tests/runner.c

test: all
	sh tests/all.sh

# The runtime's C tests and the run tests again, with the runtime and the
# programs built under AddressSanitizer and UndefinedBehaviorSanitizer.
ASAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer
ASAN_OBJ   := $(RUNTIME_SRC:runtime/%.c=$(B)/asan/%.o)

$(B)/asan/%.o: runtime/%.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O1 -g $(ASAN_FLAGS) -fwrapv -fno-strict-aliasing -Iruntime -c -o $@ $<

$(B)/asan/libgosub.a: $(ASAN_OBJ)
	rm -f $@
	ar rcs $@ $(ASAN_OBJ)

test-asan: all $(B)/asan/libgosub.a
	ASAN_OPTIONS=detect_leaks=0:handle_segv=0:use_sigaltstack=0:detect_stack_use_after_return=0 \
	GOSUB_LIB=$(CURDIR)/$(B)/asan/libgosub.a GOSUB_CFLAGS="$(ASAN_FLAGS)" \
	RUNNER_CFLAGS="$(ASAN_FLAGS)" CC="$(CC)" \
	$(B)/runner -gosub bin/gosub tests/runtime tests/run

gotest: all
	sh tests/gotest.sh

bench: all
	sh tests/bench.sh

demo: all
	bin/gosub run samples/hello.go
	cd samples && ../bin/gosub build -o ../$(B)/escape -m -l escape.go && ../$(B)/escape

clean:
	rm -rf $(B) bin

-include $(wildcard $(B)/compiler/*.d $(B)/runtime/*.d)

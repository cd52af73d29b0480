#!/usr/bin/env python3
"""Side-by-side quantity extraction over Duckling's per-language corpora.

Usage: quantities.py <duckling-git-dir> <verify-bench> [quantulum-python]

Reads the `Corpus.hs` examples of Duckling's Numeral, Distance, Quantity, Volume,
Temperature and AmountOfMoney dimensions (EN, ES, FR, DE, PL, IT, PT, RU, UK where they
exist) straight from the bare git directory (never copied into this repository), runs
every example through `verify-bench --mentions` (quantities) or `verify-bench --numbers`
(numerals) and through quantulum3, and prints per language and kind:

- span recall: examples of which a mention covers the whole example (Duckling's corpus
  examples are whole expressions), spaces at the ends ignored;
- precision: mentions whose span is the whole example, over all mentions the tool gave
  on those examples and on the corpus's negative examples (a partial mention, such as
  "5 feet" of "5 feet 2 inches", is a wrong one);
- value accuracy: of the recalled examples, those whose value, converted to the base unit
  of its dimension (m, kg, m³, K, a currency), equals Duckling's within 0.1 %.

quantulum3 has English rules only; it is run with them on every language (its digits and
unit symbols still apply). Numerals are counted for quantulum3 from its dimensionless
quantities, for verify from its number reader.

With MISSES=<LANG>[:<Kind>] in the environment it lists, instead of the table, verify's
examples there that are not recalled whole or whose value is wrong, and the mentions it
gave on negative examples, each with what verify gave.
"""
import json
import os
import re
import subprocess
import sys

LANGUAGES = ["EN", "ES", "FR", "DE", "PL", "IT", "PT", "RU", "UK"]
KINDS = ["Numeral", "Distance", "Quantity", "Volume", "Temperature", "AmountOfMoney"]

# Duckling unit constructor -> (dimension, factor to base, offset). Dimensions follow
# verify's units.yaml: length (m), mass (kg), volume (m³), temperature (K), money-<code>.
UNITS = {
    "Kilometre": ("length", 1000), "Mile": ("length", 1609.344), "M": ("length", 1),
    "Metre": ("length", 1), "Centimetre": ("length", 0.01), "Millimetre": ("length", 0.001),
    "Inch": ("length", 0.0254), "Foot": ("length", 0.3048), "Yard": ("length", 0.9144),
    "Litre": ("volume", 0.001), "Millilitre": ("volume", 1e-6), "Hectolitre": ("volume", 0.1),
    "Gallon": ("volume", 0.003785411784), "Cup": ("volume", 0.0002365882365),
    "Gram": ("mass", 0.001), "Kilogram": ("mass", 1), "Milligram": ("mass", 1e-6),
    "Pound": ("mass", 0.45359237), "Ounce": ("mass", 0.028349523125),
    "Celsius": ("temperature", 1, 273.15), "Fahrenheit": ("temperature", 5 / 9, 255.3722222222222),
    "Degree": ("temperature-unknown", 1),
    "Dollar": ("money-usd", 1), "USD": ("money-usd", 1), "Cent": ("money-usd", 0.01),
    "EUR": ("money-eur", 1), "GBP": ("money-gbp", 1), "INR": ("money-inr", 1),
    "RUB": ("money-rub", 1), "UAH": ("money-uah", 1), "PLN": ("money-pln", 1),
    "CHF": ("money-chf", 1), "JPY": ("money-jpy", 1), "CNY": ("money-cny", 1),
    "Bitcoin": ("money-btc", 1), "AZN": ("money-azn", 1),
}
# In AmountOfMoney corpora `Pound` is the pound sterling.
MONEY_POUND = ("money-gbp", 1)

STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
HEAD = re.compile(r"examples\s*\((simple|between|under|above)\s+([A-Za-z]+)\s+(\(?-?[0-9.e\-]+(?:\s*,\s*-?[0-9.e\-]+)?\)?)")
NUMERAL = re.compile(r"examples\s*\((?:NumeralValue|numeral)\s+\(?(-?[0-9.e\-]+)\)?\)")


def corpus_text(git_dir, kind, language):
    path = f"Duckling/{kind}/{language}/Corpus.hs"
    run = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], capture_output=True, text=True)
    return run.stdout if run.returncode == 0 else None


def unescape(s):
    """A Haskell string literal's text (\\" and \\\\; numeric escapes such as \\x00a3 as their characters)."""
    s = re.sub(r"\\x([0-9a-fA-F]+)", lambda m: chr(int(m.group(1), 16)), s)
    s = re.sub(r"\\([0-9]+)", lambda m: chr(int(m.group(1))), s)
    return s.replace("\\&", "").replace('\\"', '"').replace("\\\\", "\\")


def parse_corpus(text, kind):
    """(positive examples [(text, gold)], negative texts); gold = (dimension, low, high)."""
    positives, negatives = [], []
    # Drop Haskell line comments (commented-out examples are not examples).
    text = "\n".join(line.split("--")[0] if not line.strip().startswith("--") else "" for line in text.splitlines())
    # The examples are those of `allExamples` (latent ones need Duckling's latent option).
    start = text.find("allExamples =")
    if start < 0:
        return positives, negatives
    ends = [i for i in (text.find(name, start) for name in ("negativeCorpus", "latentCorpus", "\n\n\n")) if i >= 0]
    body = text[start:min(ends) if ends else len(text)]
    negative_start = text.find("negativeCorpus")
    for chunk in re.split(r"(?=examples\s*\()", body):
        gold = None
        if kind == "Numeral":
            m = NUMERAL.match(chunk)
            if m:
                value = float(m.group(1))
                gold = ("number", value, value, None)
        else:
            m = HEAD.match(chunk)
            if m:
                shape, unit, number = m.groups()
                info = MONEY_POUND if kind == "AmountOfMoney" and unit == "Pound" else UNITS.get(unit)
                if info is None:
                    continue
                numbers = [float(x) for x in re.findall(r"-?[0-9.]+(?:e-?[0-9]+)?", number)]
                factor, offset = info[1], (info[2] if len(info) > 2 else 0)
                low = numbers[0] * factor + offset
                high = (numbers[-1] * factor + offset) if shape == "between" else low
                product = re.match(r'[^\n]*?\(Just\s+"([^"]+)"\)', chunk)
                gold = (info[0], low, high, product.group(1) if product else None)
        if gold is None:
            continue
        bracket = chunk.find("[")
        close = chunk.find("]", bracket)
        for s in STRING.findall(chunk[bracket:close]):
            positives.append((unescape(s), gold))
    if negative_start >= 0:
        rest = text[negative_start:]
        bracket = rest.find("examples =")
        if bracket < 0:
            bracket = rest.find("[")
        close = rest.find("]", rest.find("[", bracket))
        negatives = [unescape(s) for s in STRING.findall(rest[bracket:close])]
    return positives, negatives


def run_verify(bench, mode, texts, language):
    lines = "".join(json.dumps({"text": t, "language": language.lower()}) + "\n" for t in texts)
    out = subprocess.run([bench, mode], input=lines, capture_output=True, text=True, check=True).stdout
    results = []
    for line in out.splitlines():
        data = json.loads(line)
        found = []
        for m in data.get("numbers", data.get("mentions", [])):
            if mode == "--mentions" and m.get("type") != "quantity":
                continue
            found.append((m["start"], m["end"], m.get("dimension"), m.get("low"), m.get("high")))
        results.append(found)
    return results


QUANTULUM = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
from quantulum3.classes import Unit
def base(q):
    u = q.unit
    dim = u.entity.name if u.entity else ""
    try:
        si = parser.load.units().get("si")
    except Exception:
        si = None
    return dim, q.value
for line in sys.stdin:
    text = json.loads(line)["text"]
    try:
        found = parser.parse(text)
    except Exception:
        found = []
    out = []
    for q in found:
        out.append({"start": q.span[0], "end": q.span[1], "value": q.value, "unit": q.unit.name,
                    "entity": q.unit.entity.name if q.unit.entity else "",
                    "dims": q.unit.dimensions})
    print(json.dumps(out))
"""

# quantulum3 unit names -> (dimension, factor, offset) for the units Duckling's corpora use.
Q_UNITS = {
    "kilometre": ("length", 1000), "mile": ("length", 1609.344), "metre": ("length", 1), "centimetre": ("length", 0.01),
    "millimetre": ("length", 0.001), "inch": ("length", 0.0254), "foot": ("length", 0.3048), "yard": ("length", 0.9144),
    "litre": ("volume", 0.001), "millilitre": ("volume", 1e-6), "hectolitre": ("volume", 0.1),
    "gallon": ("volume", 0.003785411784), "cup": ("volume", 0.0002365882365), "cubic metre": ("volume", 1),
    "gram": ("mass", 0.001), "kilogram": ("mass", 1), "milligram": ("mass", 1e-6), "pound-mass": ("mass", 0.45359237),
    "pound": ("mass", 0.45359237), "ounce": ("mass", 0.028349523125),
    "degree Celsius": ("temperature", 1, 273.15), "degree fahrenheit": ("temperature", 5 / 9, 255.3722222222222),
    "degree Fahrenheit": ("temperature", 5 / 9, 255.3722222222222),
    "dollar": ("money-usd", 1), "United States dollar": ("money-usd", 1), "cent": ("money-usd", 0.01),
    "euro": ("money-eur", 1), "pound sterling": ("money-gbp", 1), "Indian rupee": ("money-inr", 1),
    "russian ruble": ("money-rub", 1), "Russian ruble": ("money-rub", 1),
}


def run_quantulum(python, texts):
    lines = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    out = subprocess.run([python, "-c", QUANTULUM], input=lines, capture_output=True, text=True, check=True).stdout
    results = []
    for line in out.splitlines():
        found = []
        for q in json.loads(line):
            if q["unit"] == "dimensionless":
                found.append((q["start"], q["end"], "number", q["value"], q["value"]))
                continue
            info = Q_UNITS.get(q["unit"])
            if info is None:
                found.append((q["start"], q["end"], q["entity"] or q["unit"], None, None))
                continue
            value = q["value"] * info[1] + (info[2] if len(info) > 2 else 0)
            found.append((q["start"], q["end"], info[0], value, value))
        results.append(found)
    return results


def close(a, b):
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-12)


# Words joining a quantity to what it measures ("of meat", "de carne", "d'eau", "di vino").
PRODUCT_LINKS = ["of", "de", "d'", "d’", "di", "du"]


def score(positives, negatives, results, kind):
    recall_hits = value_hits = produced = correct = 0
    for (text, gold), found in zip(positives, results[: len(positives)]):
        relevant = [f for f in found if (f[2] == "number") == (kind == "Numeral")]
        produced += len(relevant)
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        # Duckling's Quantity spans take in what is measured ("two pounds of meat", "dos
        # libras de carne"); the quantity is "two pounds" for both tools, in every language.
        product = gold[3]
        if product:
            tail = re.search(r"\s+(?:" + "|".join(PRODUCT_LINKS) + r")\s*" + re.escape(product.lower()) + r"$", text.rstrip().lower())
            if tail:
                end -= len(tail.group(0))
        whole = [f for f in relevant if f[0] == start and f[1] == end]
        correct += len(whole)
        if whole:
            recall_hits += 1
            dim, low, high = gold[:3]
            if any((f[2] == dim or dim == "temperature-unknown" and f[2] == "temperature") and close(f[3], low) and close(f[4], high)
                   for f in whole) or (dim == "temperature-unknown" and whole):
                value_hits += 1
    for found in results[len(positives):]:
        produced += len([f for f in found if (f[2] == "number") == (kind == "Numeral")])
    n = len(positives)
    return n, len(negatives), recall_hits / n if n else 0, correct / produced if produced else 1.0, value_hits / recall_hits if recall_hits else 0.0


def show_misses(positives, negatives, results, kind):
    """Prints verify's misses: examples not covered whole, wrong values, mentions on negatives."""
    def shown(text, found):
        return ", ".join(f"{text[f[0]:f[1]]!r} {f[2]} {f[3]}..{f[4]}" for f in found) or "-"
    for (text, gold), found in zip(positives, results[: len(positives)]):
        relevant = [f for f in found if (f[2] == "number") == (kind == "Numeral")]
        if len(relevant) == 1 and score([(text, gold)], [], [relevant], kind)[4] == 1.0:
            continue
        print(f"  {text!r} gold {gold[0]} {gold[1]:g}..{gold[2]:g}: {shown(text, relevant)}")
    for text, found in zip(negatives, results[len(positives):]):
        relevant = [f for f in found if (f[2] == "number") == (kind == "Numeral")]
        if relevant:
            print(f"  NEGATIVE {text!r}: {shown(text, relevant)}")


def main():
    git_dir, bench = sys.argv[1], sys.argv[2]
    python = sys.argv[3] if len(sys.argv) > 3 else None
    print(f"{'lang':4} {'kind':13} {'ex':>4} {'neg':>4} | {'verify recall':>13} {'prec':>5} {'value':>5} | {'quantulum3 recall':>17} {'prec':>5} {'value':>5}")
    misses = os.environ.get("MISSES", "")
    want_language, _, want_kind = misses.partition(":")
    for language in LANGUAGES:
        for kind in KINDS:
            if misses and (language != want_language.upper() or want_kind and kind != want_kind):
                continue
            text = corpus_text(git_dir, kind, language)
            if text is None:
                continue
            positives, negatives = parse_corpus(text, kind)
            if not positives:
                continue
            texts = [t for t, _ in positives] + negatives
            ours = run_verify(bench, "--numbers" if kind == "Numeral" else "--mentions", texts, language)
            row = score(positives, negatives, ours, kind)
            if misses:
                print(f"{language} {kind}: recall {row[2]:.2f} precision {row[3]:.2f} value {row[4]:.2f}")
                show_misses(positives, negatives, ours, kind)
                continue
            line = f"{language:4} {kind:13} {row[0]:4} {row[1]:4} | {row[2]:13.2f} {row[3]:5.2f} {row[4]:5.2f} |"
            if python:
                theirs = score(positives, negatives, run_quantulum(python, texts), kind)
                line += f" {theirs[2]:17.2f} {theirs[3]:5.2f} {theirs[4]:5.2f}"
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Reads Duckling's per-language Time corpus (Duckling/Time/XX/Corpus.hs) from a bare git
directory and prints one JSON line per example:

    {"language": "en", "text": "tomorrow", "positive": true,
     "reference": {"start": [2013, 2, 13, 0, 0, 0], "grain": "day", "shape": "instant"}}

Negative examples (`negativeCorpus`) have "positive": false and no reference. The latent
and diff corpora are left out (they need Duckling options or another reference time).
Duckling's data is read from the snapshot at run time and never copied into this
repository.

usage: duckling_time.py <duckling-git-dir> [LANG...]
"""
import json
import re
import subprocess
import sys

LANGUAGES = ["EN", "ES", "FR", "DE", "PL", "IT", "PT", "RU", "UK"]
# Top-level sections whose examples are left out.
SKIPPED_SECTIONS = {"latentCorpus", "diffCorpus", "diffExamples"}


def haskell_string(text, start):
    """The Haskell string literal opening at text[start] ('"'), and the index after it."""
    out = []
    i = start + 1
    while True:
        c = text[i]
        if c == '"':
            return "".join(out), i + 1
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        c = text[i]
        simple = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}
        if c in simple:
            out.append(simple[c])
            i += 1
        elif c == "&":
            i += 1
        elif c == "x":
            m = re.match(r"[0-9a-fA-F]+", text[i + 1:])
            out.append(chr(int(m.group(0), 16)))
            i += 1 + len(m.group(0))
        elif c.isdigit():
            m = re.match(r"[0-9]+", text[i:])
            out.append(chr(int(m.group(0))))
            i += len(m.group(0))
        else:
            out.append(c)
            i += 1


def balanced(text, start, opening, closing):
    """The text from text[start] (an opening bracket) to its matching closing bracket."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == '"':
            _, i = haskell_string(text, i)
            continue
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return text[start:i + 1], i + 1
        i += 1
    raise ValueError("unbalanced")


def strings_in(block):
    """Every string literal of a bracketed list."""
    found = []
    i = 0
    while i < len(block):
        if block[i] == '"':
            s, i = haskell_string(block, i)
            found.append(s)
        else:
            i += 1
    return found


TUPLE = r"\(\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*\)"


def reference(value):
    """The reference of a Duckling value expression, or None when it is not understood."""
    value = " ".join(value.split())
    grain = re.search(r"\)\s*(Second|Minute|Hour|Day|Week|Month|Quarter|Year)\b", value)
    # Some corpora write 0 for the month or day below a coarser grain: the first one is meant.
    tuples = [tuple(max(1, int(x)) if k in (1, 2) else int(x) for k, x in enumerate(m))
              for m in re.findall(TUPLE, value)]
    if not tuples or not grain or tuples[0][0] < 1:
        return None   # not understood, or a year before the common era
    if value.startswith("(datetimeOpenInterval"):
        shape = "open"
    elif value.startswith("(datetimeInterval"):
        shape = "interval"
    else:
        shape = "instant"
    ref = {"start": list(tuples[0]), "grain": grain.group(1).lower(), "shape": shape}
    if shape == "interval" and len(tuples) > 1:
        ref["end"] = list(tuples[1])
    return ref


def sections(source):
    """(name, text) of each top-level definition of a Haskell module."""
    parts = re.split(r"(?m)^(?=[a-z][A-Za-z0-9_']*\s*(?:::|=))", source)
    for part in parts:
        m = re.match(r"([a-z][A-Za-z0-9_']*)", part)
        yield (m.group(1) if m else ""), part


def examples(source, language):
    """Positive and negative examples of one Corpus.hs."""
    for name, text in sections(source):
        if name in SKIPPED_SECTIONS:
            continue
        if name == "negativeCorpus":
            m = re.search(r"examples\s*=\s*\[", text)
            if m:
                block, _ = balanced(text, m.end() - 1, "[", "]")
                for s in strings_in(block):
                    yield {"language": language, "text": s, "positive": False}
            continue
        for m in re.finditer(r"examples\s*\(", text):
            value, after = balanced(text, m.end() - 1, "(", ")")
            bracket = text.index("[", after)
            block, _ = balanced(text, bracket, "[", "]")
            ref = reference(value)
            if ref is None:
                continue
            for s in strings_in(block):
                yield {"language": language, "text": s, "positive": True, "reference": ref}


def main():
    git_dir = sys.argv[1]
    languages = [x.upper() for x in sys.argv[2:]] or LANGUAGES
    for language in languages:
        path = f"HEAD:Duckling/Time/{language}/Corpus.hs"
        shown = subprocess.run(["git", "--git-dir", git_dir, "show", path], capture_output=True, text=True)
        if shown.returncode != 0:
            continue
        for example in examples(shown.stdout, language.lower()):
            print(json.dumps(example, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Word-level precision, recall and F1 of main-text extraction, side by side.

Usage: yardstick.py VERIFY_BENCH PAGES_DIR...
Each PAGES_DIR holds one folder per page with source.html (the saved page) and
expected.html (the reference main text), as Mozilla Readability's test/test-pages do.
Tools: verify (verify-bench --main-text), trafilatura, readability-lxml.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter

import lxml.html
import readability
import trafilatura

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return Counter(w.lower() for w in WORD.findall(text or ""))


def html_text(html):
    if not html or not html.strip():
        return ""
    try:
        tree = lxml.html.fromstring(html)
    except Exception:
        return ""
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    return tree.text_content()


def score(found, expected):
    common = sum((found & expected).values())
    precision = common / sum(found.values()) if found else 0.0
    recall = common / sum(expected.values()) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return common, precision, recall, f1


def run_trafilatura(html):
    return trafilatura.extract(html, include_comments=False, include_tables=True) or ""


def run_readability(html):
    return html_text(readability.Document(html).summary())


def main():
    bench, folders = sys.argv[1], sys.argv[2:]
    pages = []
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            source = os.path.join(folder, name, "source.html")
            expected = os.path.join(folder, name, "expected.html")
            if os.path.isfile(source) and os.path.isfile(expected):
                pages.append((name, source, expected))
    if not pages:
        sys.exit("yardstick: no page folders with source.html and expected.html")

    ours = {}
    output = subprocess.run([bench, "--main-text"] + [p[1] for p in pages], capture_output=True, text=True, check=True)
    for line in output.stdout.splitlines():
        record = json.loads(line)
        ours[record["path"]] = record

    tools = ["verify", "trafilatura", "readability-lxml"]
    totals = {tool: [0, 0, 0] for tool in tools}  # common, found, expected
    times = {tool: [] for tool in tools}
    per_page = {tool: [] for tool in tools}
    for name, source, expected_path in pages:
        raw = open(source, "rb").read()
        html = raw.decode("utf-8", errors="replace")
        expected = words(html_text(open(expected_path, encoding="utf-8", errors="replace").read()))
        results = {"verify": (ours.get(source, {}).get("text", ""), ours.get(source, {}).get("ms", 0.0))}
        for tool, function in (("trafilatura", run_trafilatura), ("readability-lxml", run_readability)):
            start = time.perf_counter()
            try:
                text = function(html)
            except Exception:
                text = ""
            results[tool] = (text, (time.perf_counter() - start) * 1000)
        for tool in tools:
            text, ms = results[tool]
            found = words(text)
            common, p, r, f = score(found, expected)
            totals[tool][0] += common
            totals[tool][1] += sum(found.values())
            totals[tool][2] += sum(expected.values())
            times[tool].append(ms)
            per_page[tool].append((f, p, r, name))

    print(f"{len(pages)} pages; word-level scores (micro: all words pooled; mean: average of pages)")
    print(f"{'tool':18} {'P':>6} {'R':>6} {'F1':>6}   {'mean P':>6} {'mean R':>6} {'mean F1':>7}   {'median ms':>9} {'p90 ms':>7}")
    for tool in tools:
        common, found, expected = totals[tool]
        p = common / found if found else 0.0
        r = common / expected if expected else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows = per_page[tool]
        mp = statistics.mean(x[1] for x in rows)
        mr = statistics.mean(x[2] for x in rows)
        mf = statistics.mean(x[0] for x in rows)
        ts = sorted(times[tool])
        p90 = ts[int(0.9 * (len(ts) - 1))]
        print(f"{tool:18} {p:6.3f} {r:6.3f} {f:6.3f}   {mp:6.3f} {mr:6.3f} {mf:7.3f}   {statistics.median(ts):9.1f} {p90:7.1f}")
    print()
    print("ten worst pages for verify (F1, P, R):")
    for f, p, r, name in sorted(per_page["verify"])[:10]:
        print(f"  {name:40} F1 {f:.3f}  P {p:.3f}  R {r:.3f}")


if __name__ == "__main__":
    main()

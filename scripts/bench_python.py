"""Side-by-side for `make bench`: the Python extractors dateparser (dates) and quantulum3
(quantities) over the same report files verify reads, timed end to end on one core.
Usage: bench_python.py FOLDER [LIMIT]. Prints files, MB, seconds, MB/s and what was found."""
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore")
from dateparser.search import search_dates  # noqa: E402
from quantulum3 import parser as quantities  # noqa: E402

folder = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 200
names = sorted(n for n in os.listdir(folder) if n.endswith((".txt", ".md", ".html")))[:limit]
texts = []
for name in names:
    raw = open(os.path.join(folder, name), "rb").read()
    try:
        texts.append(raw.decode("utf-8"))
    except UnicodeDecodeError:
        texts.append(raw.decode("cp1251", errors="replace"))
megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1048576

for label, run in (("dateparser", lambda t: search_dates(t, languages=["en", "ru"]) or []),
                   ("quantulum3", lambda t: quantities.parse(t))):
    start = time.perf_counter()
    found = sum(len(run(t)) for t in texts)
    seconds = time.perf_counter() - start
    print(f"{label:11s} files {len(texts)}  MB {megabytes:.2f}  {seconds:.2f} s  {megabytes / seconds:.3f} MB/s  found {found}")

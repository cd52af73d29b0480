#!/usr/bin/env python3
"""Scores date and time extraction on Duckling's Time corpus, for verify and dateparser.

usage: score_dates.py <examples.jsonl> <verify-mentions.jsonl>

<examples.jsonl> comes from duckling_time.py; <verify-mentions.jsonl> is verify-bench
--mentions run over the same lines (one output line per example). dateparser is run here,
through `search_dates`, with the reference time of Duckling's tests (2013-02-12T04:30:00
at UTC-02:00) as RELATIVE_BASE. Per language and tool it prints:

  recall     positive examples whose expression is found: the tool's date and time spans
             together cover at least half of the example's letters and digits;
  precision  found / (found + false alarms), a false alarm being any date or time on one
             of Duckling's negative examples;
  value      positive examples whose value is right, over all positive examples: the
             reference (for an interval its start) at Duckling's grain (year, month,
             ISO week, quarter, day; for hours, minutes and seconds the day and HH:MM);
  partial    positive examples with spans that cover less than half (neither found nor
             a false alarm).

Scoring with `--misses LANG` lists verify's misses and wrong values for that language.
"""
import datetime as dt
import json
import re
import sys

REFERENCE = dt.datetime(2013, 2, 12, 4, 30, 0)
OFFSET = dt.timedelta(hours=-2)
TYPES = {"date", "time"}


def letters(text):
    return sum(1 for c in text if c.isalnum())


def covered(text, spans):
    """Share of the letters and digits of text inside the union of (start, end) spans."""
    inside = [False] * len(text)
    for start, end in spans:
        for k in range(max(0, start), min(len(text), end)):
            inside[k] = True
    total = letters(text)
    hit = sum(1 for k, c in enumerate(text) if c.isalnum() and inside[k])
    return hit / total if total else 0.0


def expected(reference):
    """Expected (date text, time text or None) at the reference's grain."""
    y, m, d, hh, mm, ss = reference["start"]
    grain = reference["grain"]
    day = dt.date(y, m, d)
    if grain == "year":
        return f"{y:04d}", None
    if grain == "month":
        return f"{y:04d}-{m:02d}", None
    if grain == "quarter":
        return f"{y:04d}-Q{(m - 1) // 3 + 1}", None
    if grain == "week":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", None
    if grain == "day":
        return day.isoformat(), None
    return day.isoformat(), f"{hh:02d}:{mm:02d}"


def verify_value(mentions):
    """(date text, time text) read from verify's mentions, a time with a zone moved to the
    reference offset and a date missing taken as the reference day."""
    dates = [x for x in mentions if x["type"] == "date"]
    times = [x for x in mentions if x["type"] == "time"]
    date = dates[0]["value"].split("/")[0] if dates else None
    time = None
    if times:
        value = times[0]["value"].split("/")[0]
        m = re.match(r"(\d\d):(\d\d)(?::\d\d)?(Z|[+-]\d\d:\d\d)?$", value)
        if m:
            hh, mm, zone = int(m.group(1)), int(m.group(2)), m.group(3)
            base = dt.datetime.combine(dt.date.fromisoformat(date) if date and len(date) == 10 else REFERENCE.date(),
                                       dt.time(hh, mm))
            if zone:
                offset = dt.timedelta(0) if zone == "Z" else dt.timedelta(
                    hours=int(zone[1:3]), minutes=int(zone[4:6])) * (1 if zone[0] == "+" else -1)
                base = base - offset + OFFSET
                date = base.date().isoformat() if date is None or len(date) == 10 else date
            time = f"{base.hour:02d}:{base.minute:02d}"
    return date, time


def verify_right(mentions, reference):
    want_date, want_time = expected(reference)
    date, time = verify_value(mentions)
    if want_time is None:
        return date == want_date
    return (date or REFERENCE.date().isoformat()) == want_date and time == want_time


def dateparser_right(found, reference):
    want_date, want_time = expected(reference)
    value = found[1]
    grain = reference["grain"]
    if grain == "year":
        got = f"{value.year:04d}"
    elif grain == "month":
        got = f"{value.year:04d}-{value.month:02d}"
    elif grain == "quarter":
        got = f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    elif grain == "week":
        iso = value.date().isocalendar()
        got = f"{iso[0]:04d}-W{iso[1]:02d}"
    else:
        got = value.date().isoformat()
    if want_time is None:
        return got == want_date
    return got == want_date and f"{value.hour:02d}:{value.minute:02d}" == want_time


class Tally:
    def __init__(self):
        self.positives = self.found = self.partial = self.alarms = self.negatives = self.right = 0

    def add(self, example, spans, right):
        if example["positive"]:
            self.positives += 1
            if spans and covered(example["text"], spans) >= 0.5:
                self.found += 1
                self.right += 1 if right else 0
            elif spans:
                self.partial += 1
        else:
            self.negatives += 1
            self.alarms += 1 if spans else 0

    def row(self):
        recall = self.found / self.positives if self.positives else 0
        precision = self.found / (self.found + self.alarms) if self.found + self.alarms else 1
        value = self.right / self.positives if self.positives else 0
        partial = self.partial / self.positives if self.positives else 0
        return recall, precision, value, partial


def dateparser_search(text, language):
    from dateparser.search import search_dates
    settings = {"RELATIVE_BASE": REFERENCE, "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        return search_dates(text, languages=[language], settings=settings) or []
    except Exception:
        return []


def spans_of(text, results):
    spans = []
    at = 0
    for substring, _ in results:
        k = text.find(substring, at)
        if k < 0:
            k = text.find(substring)
        if k >= 0:
            spans.append((k, k + len(substring)))
            at = k + len(substring)
    return spans


def main():
    args = sys.argv[1:]
    misses = None
    if "--misses" in args:
        k = args.index("--misses")
        misses = args[k + 1]
        del args[k:k + 2]
    examples = [json.loads(line) for line in open(args[0], encoding="utf-8")]
    ours = [json.loads(line) for line in open(args[1], encoding="utf-8")]
    assert len(examples) == len(ours), "one output line per example"
    tallies = {}
    for example, output in zip(examples, ours):
        language = example["language"]
        mentions = [x for x in output.get("mentions", []) if x["type"] in TYPES]
        spans = [(x["start"], x["end"]) for x in mentions]
        right = example["positive"] and mentions and verify_right(mentions, example["reference"])
        tallies.setdefault((language, "verify"), Tally()).add(example, spans, right)
        if misses == language and (example["positive"] and not right or not example["positive"] and spans):
            print("MISS", json.dumps(example["text"], ensure_ascii=False), example.get("reference", {}).get("start"),
                  example.get("reference", {}).get("grain"),
                  [(x["text"], x["value"]) for x in mentions], file=sys.stderr)
        if misses is None:
            found = dateparser_search(example["text"], language)
            dp_spans = spans_of(example["text"], found)
            dp_right = example["positive"] and found and dateparser_right(found[0], example["reference"])
            tallies.setdefault((language, "dateparser"), Tally()).add(example, dp_spans, dp_right)
    print(f"{'language':<9}{'tool':<12}{'examples':>9}{'negative':>9}{'recall':>9}{'precision':>11}{'value':>8}{'partial':>9}")
    for language in sorted({k[0] for k in tallies}, key=lambda x: (x != "en", x)):
        for tool in ("verify", "dateparser"):
            tally = tallies.get((language, tool))
            if tally is None:
                continue
            recall, precision, value, partial = tally.row()
            print(f"{language:<9}{tool:<12}{tally.positives:>9}{tally.negatives:>9}{recall:>9.3f}{precision:>11.3f}"
                  f"{value:>8.3f}{partial:>9.3f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Processor time of `newsfacts extract` for two or more builds over the same pages, side by side.

Each build extracts the pages once and the pages copied COPIES times, in turns, RUNS times; the script prints the
median processor time (user + system of the finished process) of each, and the time per page after the first pass
(the difference between the two, divided by the extra pages), which leaves out start-up and compilation. Ratios are
against the first build named.

    python3 tools/time-extract.py --pages /tmp/aeb /tmp/nf-base/newsfacts /tmp/nf/newsfacts
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile


def processor_seconds(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", required=True, help="a folder of pages (html, md or txt)")
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("cli", nargs="+", help="newsfacts executables; the first is the baseline")
    args = parser.parse_args()
    pages = sorted(f for f in os.listdir(args.pages) if os.path.isfile(os.path.join(args.pages, f)))
    with tempfile.TemporaryDirectory() as many:
        for k in range(args.copies):
            for f in pages:
                shutil.copy(os.path.join(args.pages, f), os.path.join(many, f"{k}-{f}"))
        times = {(cli, d): [] for cli in args.cli for d in (args.pages, many)}
        for _ in range(args.runs):
            for cli in args.cli:
                for d in (args.pages, many):
                    times[(cli, d)].append(processor_seconds([cli, "extract", d]))
        median = {k: statistics.median(v) for k, v in times.items()}
        extra = (args.copies - 1) * len(pages)
        base = args.cli[0]
        per_page = {cli: (median[(cli, many)] - median[(cli, args.pages)]) / extra * 1000 for cli in args.cli}
        print(f"{len(pages)} pages, then {args.copies * len(pages)}; median of {args.runs} runs in turns; processor time")
        for cli in args.cli:
            whole = median[(cli, args.pages)]
            print(f"{cli}: whole process {whole:.2f} s (ratio {whole / median[(base, args.pages)]:.2f}); "
                  f"{per_page[cli]:.2f} ms a page after the first pass (ratio {per_page[cli] / per_page[base]:.2f})")


if __name__ == "__main__":
    main()

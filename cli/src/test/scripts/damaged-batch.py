#!/usr/bin/env python3
"""Writes N damaged copies of PDFs, for checking what a batch of bad files prints.

usage: damaged-batch.py N OUTDIR DIR_OR_PDF...

Copy i of a source file (taken in turn, sorted) is damaged one of four ways, chosen by i:
truncated to a random 5-95% of its length; 1-50 random bytes flipped past the header; both; or a
block of 1-4 KiB overwritten with zeros. The random generator is seeded with i, so the same N and
inputs give the same batch. Each copy is named NNNN-<how>-<source name>.pdf.
"""
import os
import random
import sys


def sources(args):
    found = []
    for a in args:
        if os.path.isdir(a):
            for root, _, files in os.walk(a):
                found += [os.path.join(root, f) for f in files if f.lower().endswith(".pdf")]
        else:
            found.append(a)
    return sorted(found)


def damage(data, i):
    rnd = random.Random(i)
    data = bytearray(data)
    how = ("truncated", "flipped", "truncated-flipped", "zeroed")[i % 4]
    if how in ("flipped", "truncated-flipped"):
        for _ in range(rnd.randint(1, 50)):
            at = rnd.randrange(16, len(data))
            data[at] ^= 1 << rnd.randrange(8)
    if how.startswith("truncated"):
        data = data[: max(16, int(len(data) * rnd.uniform(0.05, 0.95)))]
    if how == "zeroed":
        size = rnd.randint(1024, 4096)
        at = rnd.randrange(16, max(17, len(data) - size))
        data[at : at + size] = bytes(len(data[at : at + size]))
    return how, bytes(data)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    n, out, files = int(sys.argv[1]), sys.argv[2], sources(sys.argv[3:])
    if not files:
        sys.exit("no PDF among " + " ".join(sys.argv[3:]))
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        src = files[i % len(files)]
        with open(src, "rb") as f:
            how, data = damage(f.read(), i)
        with open(os.path.join(out, "%04d-%s-%s" % (i, how, os.path.basename(src))), "wb") as f:
            f.write(data)
    print("%d damaged copies of %d files in %s" % (n, len(files), out))


if __name__ == "__main__":
    main()

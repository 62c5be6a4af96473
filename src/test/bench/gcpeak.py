#!/usr/bin/env python3
"""Peak heap before a collection and largest heap after one, from a -Xlog:gc file."""
import re, sys
pairs = [(int(a), int(b)) for a, b in re.findall(r"(\d+)M->(\d+)M\(\d+M\)", open(sys.argv[1]).read())]
print(f"GC log {sys.argv[1]}: {len(pairs)} collections, peak heap before GC {max([a for a, _ in pairs] or [0])} MiB, "
      f"max heap after GC {max([b for _, b in pairs] or [0])} MiB")

#!/usr/bin/env python3
"""Instructions and allocator calls per request from one callgrind dump (bench/callgrind.sh)."""
import re
import sys
path, n = sys.argv[1], int(sys.argv[2])
names = {}
calls = {}
total = 0
cur_cfn = None
ALLOC = re.compile(r'^(malloc|calloc|realloc|posix_memalign|aligned_alloc|memalign)$')
def name_of(spec, kind):
    m = re.match(r'\((\d+)\)(?: (.*))?', spec)
    if not m:
        return spec
    i, nm = m.group(1), m.group(2)
    if nm is not None:
        names[i] = nm
    return names.get(i, '?')
with open(path) as f:
    for line in f:
        if line.startswith('cfn='):
            cur_cfn = name_of(line[4:].strip(), 'cfn')
        elif line.startswith('fn='):
            name_of(line[3:].strip(), 'fn')
        elif line.startswith('calls='):
            c = int(line[6:].split()[0])
            calls[cur_cfn] = calls.get(cur_cfn, 0) + c
        elif line.startswith('summary:') or line.startswith('totals:'):
            total = int(line.split()[1])
allocs = sum(v for k, v in calls.items() if ALLOC.match(k))
frees = calls.get('free', 0)
print(f"instructions/request {total/n:,.0f}  allocations/request {allocs/n:.2f}  frees/request {frees/n:.2f}")
for k, v in sorted(calls.items(), key=lambda kv: -kv[1]):
    if ALLOC.match(k):
        print(f"  {k}: {v/n:.2f}/request")

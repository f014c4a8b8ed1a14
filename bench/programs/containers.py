# dict, list and str workloads.
words = ["alpha", "beta", "gamma", "delta", "epsilon"] * 200_000
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
squares = [i * i for i in range(1_000_000)]
joined = ",".join([str(x) for x in squares[:50_000]])
print(sorted(counts.items()), len(squares), len(joined), joined[:20].upper())

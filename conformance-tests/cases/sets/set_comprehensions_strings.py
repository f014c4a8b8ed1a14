# Checks: set comprehensions; sets of strings printed via sorted() since their order depends on hashing.
words = "the quick brown the lazy quick dog".split()
unique = {w for w in words}
print(sorted(unique), len(unique))
lengths = {len(w) for w in words}
print(sorted(lengths))
vowels = set("aeiou")
print(sorted(set("programming") - vowels), sorted(set("programming") & vowels))

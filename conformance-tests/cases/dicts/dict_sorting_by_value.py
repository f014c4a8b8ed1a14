# Checks: sorting dict items by value then key, max/min with key over dicts, and sorted(dict) gives keys.
scores = {"ann": 88, "bob": 95, "cid": 88, "dee": 70}
print(sorted(scores), sorted(scores.values()), sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(scores, key=scores.get), min(scores, key=lambda k: scores[k]))
ranked = sorted(scores, key=scores.__getitem__, reverse=True)
print(ranked)

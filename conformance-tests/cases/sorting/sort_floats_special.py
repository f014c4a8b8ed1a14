# Checks: sorting floats incl. -0.0/0.0 (stable, equal) and ints mixed with floats.
print(sorted([0.0, -0.0, 0, -1, 1.5, 1]), sorted([-0.0, 0.0]), sorted([0.0, -0.0]))
print(sorted([3, 2.5, True, False, -1e-9]))
print(sorted([1e308, float("inf"), -float("inf"), 0]))

# Checks: comparisons of containers: list/tuple lexicographic, dict/set equality, set ordering as subset.
print([1, 2, 3] < [1, 2, 4], (1, 2) <= (1, 2), "abc" < "abcd", [0] < [0, 0])
print({1: "a"} == {1: "a"}, {1, 2} < {1, 2, 3}, {1, 2} < {3}, {1, 2} > {3})
print([[1], [2]] < [[1], [3]], [(1, "b")] < [(1, "c")], ((),) < ((0,),))
print([] == (), list() == [], (1, 2) == [1, 2], "a" == ["a"])

# Checks: in-place set operators and update methods keep identity.
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(sorted(s), alias is s)
s.update([10, 11], (12,))
s.intersection_update(range(11))
s.difference_update({4})
s.symmetric_difference_update({10, 0})
print(sorted(s), sorted(alias))
s.clear()
print(s)

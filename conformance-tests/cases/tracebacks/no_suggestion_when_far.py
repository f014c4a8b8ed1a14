# Checks: no suggestion is printed when no candidate is close enough (NameError for a name unlike any other).
alpha = 1
beta = 2
print(alpha + beta)
print(zzzqqq)

# Checks: // and % with every sign combination follow floor semantics (result of % has the divisor's sign).
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}")

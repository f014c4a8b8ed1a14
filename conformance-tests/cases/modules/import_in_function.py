# Checks: imports inside functions bind local names; import math as m; from math import names; builtin module attributes.
def area(r):
    import math as m
    return m.pi * r * r
print(round(area(2), 4))
try:
    m
except NameError as e:
    print(type(e).__name__, e)
def trig():
    from math import sin, cos, pi as PI
    return round(sin(PI / 2), 3), round(cos(0), 3), "sin" in locals()
print(trig())
import sys, math as mth, time
print(mth.sqrt(16), type(sys).__name__, time.__name__, mth.__name__)

match = 1
#---
match(x)
#---
match.y = 1
#---
print(match.y)
#---
match[1]
#---
match [1]
#---
match = {'case': 1}
#---
match, case = 1, 2
#---
match: int = 3
#---
match -x
#---
match - x
#---
match * x
#---
match(x).y = 1
#---
match.case = 1
#---
case = 2
#---
case.y
#---
case(1)
#---
_ = 2
#---
_(x)
#---
_, x = y
#---
x = _
#---
type = 3
#---
print(type(x))
#---
type(x) is int
#---
type[int]
#---
class Foo(type): pass
#---
def type(): pass
#---
x = type.mro
#---
case: int
#---
print(match, case, _, type)
#---
for match in range(3):
    pass
#---
for case in cases:
    print(case)
#---
lambda match: match
#---
def match(case, type, _):
    return case
#---
class match:
    case = 1
    type = 2
#---
import match
#---
from match import case as type
#---
x = [match for match in y]
#---
match += 1
#---
case -= 1
#---
type *= 2
#---
del match, case, type, _
#---
f(match=1, case=2, type=3, _=4)
#---
match.match(case).case
#---
with open(x) as match:
    pass
#---
try:
    pass
except match as case:
    pass
#---
global match, case
#---
match = case = type = _ = None
#---
match(x)
case(y)
type(z)
#---
match[a:b]
#---
x = match if case else type
#---
print(match is case)
#---
match
#---
case
#---
match = re.match(pattern, text)
if match:
    print(match.group(0))
#---
match (x)
#---
match.group()
#---
match not in case
#---
match is not None
#---
def f(*, match, case=None):
    return match
#---
match: int
case: str = 'x'
type: type = type
#---
x = match(a)(b)[c].d
#---
type = type(type)
#---
print(_)

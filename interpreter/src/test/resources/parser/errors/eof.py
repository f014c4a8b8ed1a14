if x:
#---
x = (
#---
x = [1,
#---
x = {
#---
def f(
#---
f(a,
  b,
#---
x = 1 +
#---
for x in
#---
class
#---
try:
    pass
#---
if x:
    pass
else:
#---
@dec
#---
lambda
#---
x = """abc
#---
x = '''
#---
while True:
    if x:
#---
def f():
    return (1,
#---
x = [i for i in
#---
import a.
#---
from . import (a,
#---
with a as b,
#---
async def f():

x = 1
    y = 2
#---
  x = 1
#---
if x:
        a = 1
    b = 2
#---
def f():
    pass
  x = 1
#---
if x:
    pass
        y = 2
#---
if x:
x = 1
#---
if x:
    pass
elif y:
z = 1
#---
if x:
    pass
else:
z = 1
#---
for x in y:
pass
#---
while x:
pass
#---
def f():
pass
#---
def f():
"""doc"""
#---
class C:
pass
#---
try:
pass
except:
    pass
#---
try:
    pass
except E:
pass
#---
try:
    pass
except E as e:
pass
#---
try:
    pass
finally:
pass
#---
try:
    pass
except E:
    pass
else:
pass
#---
with a:
pass
#---
with a as b, c as d:
pass
#---
async def f():
pass
#---
async def f():
    async for x in y:
    pass
#---
async def f():
    async with a:
    pass
#---
for x in y:
    pass
else:
pass
#---
while x:
    pass
else:
pass
#---
if x:
#---
class C:
# only a comment
#---
@decorator
def f():
x = 1
#---
def f():
    if x:
        pass
      return 1
#---
class C:
    def f(self):
        pass
     def g(self):
        pass
#---
if x:
    pass
  else:
    pass
#---
def f(x):
    return x
        # comment is fine
        y = 1
#---
x = [
    1,
]
    y = 2
#---
if x:
    pass
else:
#---
def f():
    x = 1
        return x
#---
if x:
    a = 1
   b = 2

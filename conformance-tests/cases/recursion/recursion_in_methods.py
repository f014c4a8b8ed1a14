# Checks: RecursionError from recursive methods and from __getattr__ recursion is catchable.
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(500):
    head = Node(head)
print(head.length())
loop = Node()
loop.nxt = loop
try:
    loop.length()
except RecursionError as e:
    print(type(e).__name__, e)
class Bad:
    def __getattr__(self, name):
        return self.other
try:
    Bad().thing
except RecursionError as e:
    print(type(e).__name__, e)

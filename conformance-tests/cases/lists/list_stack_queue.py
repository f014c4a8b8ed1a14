# Checks: using lists as a stack and a queue; while loops on list truthiness.
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
queue.append(4)
while queue:
    item = queue.pop(0)
    if item == 2:
        queue.append(20)
    print("got", item, "remaining", queue)

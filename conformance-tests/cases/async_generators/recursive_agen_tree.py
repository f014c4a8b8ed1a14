# Checks: recursive async generators walking a tree in order and pre-order with async for re-yielding; awaits at leaves.
class Sleep:
    def __await__(self):
        yield

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid - 1), mid, build(mid + 1, hi))

async def inorder(node):
    if node is None:
        return
    left, value, right = node
    async for v in inorder(left):
        yield v
    await Sleep()
    yield value
    async for v in inorder(right):
        yield v

async def preorder(node, depth=0):
    if node is not None:
        yield depth, node[1]
        for child in (node[0], node[2]):
            async for item in preorder(child, depth + 1):
                yield item

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

async def main():
    tree = build(1, 7)
    print([v async for v in inorder(tree)])
    async for depth, v in preorder(tree):
        print("  " * depth + str(v))
    return "done"

print(run(main()))

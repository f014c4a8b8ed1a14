# Generators: recursive in-order traversal of a binary tree with `yield from` at every level.
class Node:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid - 1), mid, build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


tree = build(1, 100_000)
checksum = 0
for rep in range(14):
    previous = 0
    for v in inorder(tree):
        if v <= previous:
            raise AssertionError("out of order")
        previous = v
        checksum += v
print(checksum)

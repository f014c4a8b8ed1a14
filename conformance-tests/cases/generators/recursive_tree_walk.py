# Checks: recursive generators with yield from: in-order, pre-order, and depth-tagged walks of a tree.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)

def preorder(node, depth=0):
    if node is None:
        return
    yield depth, node.value
    yield from preorder(node.left, depth + 1)
    yield from preorder(node.right, depth + 1)

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))

tree = build(1, 10)
print(list(inorder(tree)))
for depth, v in preorder(tree):
    print("  " * depth + str(v))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest

print(list(permutations("abc")))

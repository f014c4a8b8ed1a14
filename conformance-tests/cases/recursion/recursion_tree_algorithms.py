# Checks: recursive tree algorithms (build, height, traversal) on a deep-but-legal tree and a balanced one.
class T:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def build_balanced(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return T(mid, build_balanced(lo, mid - 1), build_balanced(mid + 1, hi))
def height(t):
    return 0 if t is None else 1 + max(height(t.left), height(t.right))
def inorder(t, out):
    if t:
        inorder(t.left, out)
        out.append(t.v)
        inorder(t.right, out)
    return out
bal = build_balanced(1, 1000)
print(height(bal), inorder(bal, [])[:10], len(inorder(bal, [])))
chain = None
for i in range(900):
    chain = T(i, chain)
print(height(chain))

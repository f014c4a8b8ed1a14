# Checks: a recursive library generator walking a tree with yield_from_ into itself, its return values summed up the recursion; the consumer asends a depth limit.
from async_generator import async_generator, yield_, yield_from_

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])

@async_generator
async def walk(node, depth=0):
    name, children = node
    await yield_("  " * depth + name)
    count = 1
    for child in children:
        count += await yield_from_(walk(child, depth + 1))
    return count

async def main():
    ag = walk(tree)
    lines = []
    while True:
        try:
            lines.append(await ag.__anext__())
        except StopAsyncIteration as e:
            print("nodes:", e.args[0])
            break
    print("\n".join(lines))

try:
    main().send(None)
except StopIteration:
    print("done")

# Program: Huffman coding with a hand-written priority queue (deterministic tie-breaking), encode and decode.


class Node:
    def __init__(self, weight, order, symbol=None, left=None, right=None):
        self.weight = weight
        self.order = order
        self.symbol = symbol
        self.left = left
        self.right = right

    def key(self):
        return (self.weight, self.order)


class PriorityQueue:
    def __init__(self):
        self.heap = []

    def push(self, node):
        h = self.heap
        h.append(node)
        i = len(h) - 1
        while i and h[(i - 1) // 2].key() > h[i].key():
            h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        h = self.heap
        h[0], h[-1] = h[-1], h[0]
        node = h.pop()
        i = 0
        while True:
            kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(h)]
            if not kids:
                break
            child = min(kids, key=lambda k: h[k].key())
            if h[child].key() < h[i].key():
                h[child], h[i] = h[i], h[child]
                i = child
            else:
                break
        return node

    def __len__(self):
        return len(self.heap)


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    pq = PriorityQueue()
    order = 0
    for ch in sorted(freq):
        pq.push(Node(freq[ch], order, ch))
        order += 1
    while len(pq) > 1:
        a, b = pq.pop(), pq.pop()
        pq.push(Node(a.weight + b.weight, order, left=a, right=b))
        order += 1
    return pq.pop(), freq


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join([table[ch] for ch in text])


def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)


def main():
    text = "this is an example of a huffman tree; it compresses text quite nicely"
    root, freq = build_tree(text)
    table = codes(root)
    for ch in sorted(table, key=lambda c: (len(table[c]), c)):
        print(f"{ch!r:>5} x{freq[ch]:<3} {table[ch]}")
    bits = encode(text, table)
    print("bits:", len(bits), "vs", 8 * len(text), f"ratio {len(bits) / (8 * len(text)):.3f}")
    print(bits[:64])
    print("decoded ok:", decode(bits, root) == text)
    packed = bytes([int(bits[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(bits), 8)])
    print(packed.hex()[:40], len(packed))
    root1, _ = build_tree("aaaa")
    print(codes(root1), encode("aaaa", codes(root1)))


main()

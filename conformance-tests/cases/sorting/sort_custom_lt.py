# Checks: sorting objects that define only __lt__, and objects with __lt__ returning NotImplemented fall back to __gt__.
class Version:
    def __init__(self, text):
        self.parts = tuple(map(int, text.split(".")))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"V({self.text})"
vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
